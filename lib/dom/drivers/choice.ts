import { pickOption } from '../../fill/options';
import type { PayloadValue } from '../../fill/types';
import { t } from '../../i18n';
import { ANTD, ANTD_CLASS } from '../../platform/antd';
import { textOf } from '../events';
import { FillError, waitFor } from '../wait';
import { asList, asText, type WidgetDriver } from './types';

const inputOf = (wrapper: Element) => wrapper.querySelector<HTMLInputElement>('input');
const isChecked = (wrapper: Element) => inputOf(wrapper)?.checked ?? false;
const isDisabled = (wrapper: Element) => inputOf(wrapper)?.disabled ?? true;

function toggle(wrapper: Element) {
  const input = inputOf(wrapper);
  if (!input || input.disabled) throw new FillError(t('driver_option_disabled', textOf(wrapper)));
  input.click();
}

/** The option for a value: its text, or the one text that starts with it (应用类型 网络基础类A …). */
const optionFor = (wrappers: Element[], wanted: string) => wrappers[pickOption(wrappers.map(textOf), wanted)];

export const radioDriver: WidgetDriver = {
  read: (item) => {
    const checked = [...item.querySelectorAll(ANTD.radioWrapper)].find(isChecked);
    return checked ? textOf(checked) : null;
  },
  async fill(item, value, ctx) {
    const wanted = asText(value).replace(/\s+/g, '');
    const wrapper = optionFor([...item.querySelectorAll(ANTD.radioWrapper)], wanted);
    if (!wrapper) throw new FillError(t('driver_no_option', wanted));
    if (!isChecked(wrapper)) toggle(wrapper);
    await waitFor(() => isChecked(wrapper), ctx.timeoutMs, t('driver_option_not_checked', wanted), ctx.doc);
  },
};

const checkboxOf = (item: HTMLElement) =>
  item.classList.contains(ANTD_CLASS.checkboxWrapper) ? item : item.querySelector(ANTD.checkboxWrapper);

export const checkboxDriver: WidgetDriver = {
  read: (item) => {
    const box = checkboxOf(item);
    return box ? isChecked(box) : null;
  },
  async fill(item, value, ctx) {
    const box = checkboxOf(item);
    if (!box) throw new FillError(t('driver_no_checkbox'));
    const wanted = value === true || value === '是';
    if (isChecked(box) !== wanted) toggle(box);
    await waitFor(() => isChecked(box) === wanted, ctx.timeoutMs, t('driver_checkbox_unchanged'), ctx.doc);
  },
  clear: (item, ctx) => checkboxDriver.fill(item, false, ctx),
};

const groupOptions = (item: HTMLElement) => [...item.querySelectorAll(`${ANTD.checkboxGroup} ${ANTD.checkboxWrapper}`)];

/** Sets exactly the wanted options, after the group's 是 radio has enabled it. */
export const checkboxGroupDriver: WidgetDriver = {
  read: (item) => {
    const checked = groupOptions(item).filter(isChecked).map(textOf);
    return checked.length > 0 ? checked : null;
  },
  async fill(item, value: PayloadValue, ctx) {
    const wanted = asList(value);
    await waitFor(
      () => groupOptions(item).length > 0 && !groupOptions(item).some(isDisabled),
      ctx.timeoutMs,
      t('driver_group_disabled'),
      ctx.doc,
    );
    const labels = groupOptions(item).map(textOf);
    const missing = wanted.filter((w) => pickOption(labels, w) < 0);
    const chosen = new Set(wanted.map((w) => labels[pickOption(labels, w)]));
    // One option at a time: the group computes its next value from the value it last rendered.
    for (const label of labels) {
      const option = () => groupOptions(item).find((o) => textOf(o) === label);
      const want = chosen.has(label);
      const current = option();
      if (!current || isChecked(current) === want) continue;
      toggle(current);
      await waitFor(
        () => isChecked(option() ?? current) === want,
        ctx.timeoutMs,
        t('driver_option_unchanged', label),
        ctx.doc,
      );
    }
    if (missing.length > 0) throw new FillError(t('driver_options_missing', missing.join('、')));
  },
  async clear(item, ctx) {
    await checkboxGroupDriver.fill(item, [], ctx);
  },
};
