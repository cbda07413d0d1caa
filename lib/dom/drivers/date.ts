import { t } from '../../i18n';
import { ANTD } from '../../platform/antd';
import { key, mouseDown, press, setNativeValue } from '../events';
import { FillError, waitFor } from '../wait';
import { popupAt } from './popup';
import { asList, asText, type DriverContext, type WidgetDriver } from './types';

const inputsOf = (item: HTMLElement) => [...item.querySelectorAll<HTMLInputElement>(`${ANTD.picker} input`)];

/** This input's own open panel: the picker's popup names no id, so it is the one placed against the picker. */
const openPanel = (input: HTMLInputElement, doc: Document) => {
  const picker = input.closest(ANTD.picker);
  return picker ? popupAt(picker, ANTD.pickerDropdown, doc) : null;
};

/** The panel shows the typed date as chosen once the picker has parsed the text. */
const panelShows = (input: HTMLInputElement, doc: Document, value: string) =>
  [...(openPanel(input, doc)?.querySelectorAll(`${ANTD.pickerCell}[title="${value}"]`) ?? [])].some((cell) =>
    /ant-picker-cell-(selected|range-start|range-end)/.test(cell.className),
  );

/**
 * Types the date in the picker's display format and commits it with Enter, as a keyboard user does. The picker
 * ignores Enter until its panel is open and has parsed the text, so both are awaited.
 */
async function typeDate(input: HTMLInputElement, value: string, ctx: DriverContext) {
  if (input.disabled) throw new FillError(t('driver_date_disabled'));
  mouseDown(input);
  input.focus({ preventScroll: true });
  await waitFor(() => openPanel(input, ctx.doc), ctx.timeoutMs, t('driver_date_not_open'), ctx.doc);
  setNativeValue(input, value);
  await waitFor(() => panelShows(input, ctx.doc, value), ctx.timeoutMs, t('driver_date_format', value), ctx.doc);
  key(input, 'Enter');
  await waitFor(() => input.value === value, ctx.timeoutMs, t('driver_date_refused', value), ctx.doc);
}

/** Blurs the inputs and waits until the panel starts closing (its closing animation is not awaited). */
async function closePicker(item: HTMLElement, ctx: DriverContext) {
  const inputs = inputsOf(item);
  for (const input of inputs) input.blur();
  const closed = () => inputs.every((input) => !openPanel(input, ctx.doc));
  await waitFor(closed, ctx.timeoutMs, t('driver_date_not_closed'), ctx.doc).catch(() => undefined);
}

export const dateDriver: WidgetDriver = {
  read: (item) => inputsOf(item)[0]?.value || null,
  async fill(item, value, ctx) {
    const [input] = inputsOf(item);
    if (!input) throw new FillError(t('driver_no_date'));
    try {
      await typeDate(input, asText(value), ctx);
    } finally {
      await closePicker(item, ctx);
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
    try {
      await typeDate(startInput, start, ctx);
      await typeDate(endInput, end, ctx);
      await waitFor(
        () => startInput.value === start && endInput.value === end,
        ctx.timeoutMs,
        t('driver_range_refused'),
        ctx.doc,
      );
    } finally {
      await closePicker(item, ctx);
    }
  },
  clear: dateDriver.clear,
};
