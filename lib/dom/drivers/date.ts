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
  if (input.disabled) throw new FillError('日期框已禁用');
  mouseDown(input);
  input.focus({ preventScroll: true });
  await waitFor(() => openPanel(input, ctx.doc), ctx.timeoutMs, '日期面板没有打开', ctx.doc);
  setNativeValue(input, value);
  await waitFor(() => panelShows(input, ctx.doc, value), ctx.timeoutMs, `日期“${value}”格式不被页面接受`, ctx.doc);
  key(input, 'Enter');
  await waitFor(() => input.value === value, ctx.timeoutMs, `日期“${value}”没有被接受`, ctx.doc);
}

/** Blurs the inputs and waits until the panel starts closing (its closing animation is not awaited). */
async function closePicker(item: HTMLElement, ctx: DriverContext) {
  const inputs = inputsOf(item);
  for (const input of inputs) input.blur();
  const closed = () => inputs.every((input) => !openPanel(input, ctx.doc));
  await waitFor(closed, ctx.timeoutMs, '日期面板没有关闭', ctx.doc).catch(() => undefined);
}

export const dateDriver: WidgetDriver = {
  read: (item) => inputsOf(item)[0]?.value || null,
  async fill(item, value, ctx) {
    const [input] = inputsOf(item);
    if (!input) throw new FillError('找不到日期框');
    try {
      await typeDate(input, asText(value), ctx);
    } finally {
      await closePicker(item, ctx);
    }
  },
  async clear(item, ctx) {
    const clear = item.querySelector(ANTD.pickerClear);
    if (!clear) throw new FillError('该日期框不能清空');
    press(clear);
    await waitFor(() => !inputsOf(item)[0]?.value, ctx.timeoutMs, '日期没有清空', ctx.doc);
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
    if (!start || !end || !startInput || !endInput) throw new FillError('日期范围不完整');
    try {
      await typeDate(startInput, start, ctx);
      await typeDate(endInput, end, ctx);
      await waitFor(
        () => startInput.value === start && endInput.value === end,
        ctx.timeoutMs,
        '日期范围没有被接受',
        ctx.doc,
      );
    } finally {
      await closePicker(item, ctx);
    }
  },
  clear: dateDriver.clear,
};
