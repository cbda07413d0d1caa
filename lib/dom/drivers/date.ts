import { type DateWriter, learnDateFormat, readDate } from '../../fill/date-format';
import { t } from '../../i18n';
import { ANTD, ANTD_CLASS } from '../../platform/antd';
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

const ISO_DAY = /^\d{4}-(\d{2})-(\d{2})$/;

/** A day of the panel that teaches the most: one-digit day and month if shown, and never its month's number. */
function sampleDay(panel: HTMLElement): HTMLElement | null {
  const days = [...panel.querySelectorAll<HTMLElement>(`${ANTD.pickerCell}[title]`)].flatMap((cell) => {
    const [, m, d] = ISO_DAY.exec(cell.title) ?? [];
    if (!m || !d || m === d || cell.classList.contains(ANTD_CLASS.pickerCellDisabled)) return [];
    return [{ cell, rank: (Number(d) < 10 ? 2 : 0) + (Number(m) < 10 ? 1 : 0) }];
  });
  return days.sort((a, b) => b.rank - a.rank)[0]?.cell ?? null;
}

const nextFrame = (win: Window) =>
  new Promise<void>((resolve) => {
    win.requestAnimationFrame(() => resolve());
    // A tab that paints no frames still goes on.
    win.setTimeout(resolve, 250);
  });

const writers = new WeakMap<Element, DateWriter | null>();

/**
 * How this picker writes dates: antd previews the day under the pointer in the input, in the picker's own format,
 * one frame after the pointer enters it. Learnt once per picker; null (ISO is typed) when it shows no preview.
 */
async function writerOf(input: HTMLInputElement, panel: HTMLElement, ctx: DriverContext): Promise<DateWriter | null> {
  const picker = input.closest(ANTD.picker);
  if (picker && writers.has(picker)) return writers.get(picker) ?? null;
  const day = sampleDay(panel);
  const box = input.closest(ANTD.pickerInput);
  if (!day || !box) return null;
  day.dispatchEvent(new MouseEvent('mouseenter', { view: ctx.doc.defaultView }));
  await nextFrame(ctx.doc.defaultView as Window);
  const shown = box.classList.contains(ANTD_CLASS.pickerInputPreview) ? input.value : '';
  day.dispatchEvent(new MouseEvent('mouseleave', { view: ctx.doc.defaultView }));
  const writer = shown ? learnDateFormat(day.title, shown) : null;
  if (picker) writers.set(picker, writer);
  return writer;
}

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
  const text = (await writerOf(input, panel, ctx))?.(value) ?? value;
  setNativeValue(input, text);
  // The panel's day cells are titled YYYY-MM-DD whatever the input's format.
  await waitFor(() => panelShows(panel, value), ctx.timeoutMs, t('driver_date_format', text), ctx.doc);
  key(input, 'Enter');
  await waitFor(() => input.value === text, ctx.timeoutMs, t('driver_date_refused', text), ctx.doc);
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
  read: (item) => {
    const shown = inputsOf(item)[0]?.value;
    return shown ? readDate(shown) : null;
  },
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
    const values = inputsOf(item).map((i) => (i.value ? readDate(i.value) : ''));
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
        () => readDate(startInput.value) === start && readDate(endInput.value) === end,
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
