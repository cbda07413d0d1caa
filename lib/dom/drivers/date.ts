import { t } from '../../i18n';
import { ANTD } from '../../platform/antd';
import { key, mouseDown, press, setNativeValue } from '../events';
import { FillError, waitFor } from '../wait';
import { isOpenPopup, openPopups, popupAt } from './popup';
import { asList, asText, type DriverContext, type WidgetDriver } from './types';

const inputsOf = (item: HTMLElement) => [...item.querySelectorAll<HTMLInputElement>(`${ANTD.picker} input`)];

/**
 * This input's own panel, opened by us: the picker's popup names no id, so it is the open one placed against the
 * picker that was not open before (`before`). A range picker's two inputs share theirs, so it may be open already.
 */
const openPanel = (input: HTMLInputElement, doc: Document, before?: ReadonlySet<Element>) => {
  const picker = input.closest(ANTD.picker);
  return picker ? popupAt(picker, ANTD.pickerDropdown, doc, before) : null;
};

/** The panel shows the typed date as chosen once the picker has parsed the text. */
const panelShows = (panel: HTMLElement, value: string) =>
  [...panel.querySelectorAll(`${ANTD.pickerCell}[title="${value}"]`)].some((cell) =>
    /ant-picker-cell-(selected|range-start|range-end)/.test(cell.className),
  );

/**
 * Types the date in the picker's display format and commits it with Enter, as a keyboard user does. The picker
 * ignores Enter until its panel is open and has parsed the text, so both are awaited.
 */
async function typeDate(input: HTMLInputElement, value: string, ctx: DriverContext, opened: Set<HTMLElement>) {
  if (input.disabled) throw new FillError(t('driver_date_disabled'));
  const shared = [...opened].find(isOpenPopup) ?? openPanel(input, ctx.doc);
  const before = openPopups(ANTD.pickerDropdown, ctx.doc);
  mouseDown(input);
  input.focus({ preventScroll: true });
  const panel =
    shared ??
    (await waitFor(() => openPanel(input, ctx.doc, before), ctx.timeoutMs, t('driver_date_not_open'), ctx.doc));
  opened.add(panel);
  setNativeValue(input, value);
  await waitFor(() => panelShows(panel, value), ctx.timeoutMs, t('driver_date_format', value), ctx.doc);
  key(input, 'Enter');
  await waitFor(() => input.value === value, ctx.timeoutMs, t('driver_date_refused', value), ctx.doc);
}

/**
 * Blurs the inputs and waits until the panels we opened start closing (their closing animation is not awaited);
 * a panel is watched by its classes, so no layout is read while the page closes it.
 */
async function closePicker(item: HTMLElement, ctx: DriverContext, opened: Set<HTMLElement>) {
  for (const input of inputsOf(item)) input.blur();
  const closed = () => [...opened].every((panel) => !isOpenPopup(panel));
  await waitFor(closed, ctx.timeoutMs, t('driver_date_not_closed'), ctx.doc).catch(() => undefined);
}

export const dateDriver: WidgetDriver = {
  read: (item) => inputsOf(item)[0]?.value || null,
  async fill(item, value, ctx) {
    const [input] = inputsOf(item);
    if (!input) throw new FillError(t('driver_no_date'));
    const opened = new Set<HTMLElement>();
    try {
      await typeDate(input, asText(value), ctx, opened);
    } finally {
      await closePicker(item, ctx, opened);
    }
  },
  async clear(item, ctx) {
    const clear = item.querySelector(ANTD.pickerClear);
    if (!clear) throw new FillError(t('driver_date_no_clear'));
    press(clear);
    await waitFor(() => !inputsOf(item)[0]?.value, ctx.timeoutMs, t('driver_date_not_cleared'), ctx.doc);
  },
};

/** Range picker: start, then end; both must hold afterwards. */
export const dateRangeDriver: WidgetDriver = {
  read: (item) => {
    const values = inputsOf(item).map((i) => i.value);
    return values.some(Boolean) ? values : null;
  },
  async fill(item, value, ctx) {
    const [start, end] = asList(value);
    const [startInput, endInput] = inputsOf(item);
    if (!start || !end || !startInput || !endInput) throw new FillError(t('driver_range_incomplete'));
    const opened = new Set<HTMLElement>();
    try {
      await typeDate(startInput, start, ctx, opened);
      await typeDate(endInput, end, ctx, opened);
      await waitFor(
        () => startInput.value === start && endInput.value === end,
        ctx.timeoutMs,
        t('driver_range_refused'),
        ctx.doc,
      );
    } finally {
      await closePicker(item, ctx, opened);
    }
  },
  clear: dateDriver.clear,
};
