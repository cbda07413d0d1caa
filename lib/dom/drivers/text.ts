import { commitText, setNativeValue } from '../events';
import { TEXT_INPUT } from '../form-item';
import { FillError } from '../wait';
import { asText, type WidgetDriver } from './types';

const FIELD = `textarea, ${TEXT_INPUT}`;

export function textControl(item: HTMLElement): HTMLInputElement | HTMLTextAreaElement {
  if (item.querySelector('input[type="password"]')) throw new FillError('密码框不自动填写');
  const el = item.querySelector<HTMLInputElement | HTMLTextAreaElement>(FIELD);
  if (!el) throw new FillError('找不到输入框');
  return el;
}

/** Writes one text value through the prototype setter so Vue's v-model and antd validation see it. */
export function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (el.disabled || el.readOnly) throw new FillError('输入框不可编辑');
  if (el.maxLength > 0 && value.length > el.maxLength) {
    throw new FillError(`内容长度 ${value.length} 超过页面允许的 ${el.maxLength} 个字符`);
  }
  el.focus({ preventScroll: true });
  setNativeValue(el, value);
  commitText(el);
  if (el.value !== value) throw new FillError('页面没有接受该值');
}

export const textDriver: WidgetDriver = {
  read: (item) => textControl(item).value || null,
  async fill(item, value) {
    writeText(textControl(item), asText(value));
  },
  async clear(item) {
    writeText(textControl(item), '');
  },
};
