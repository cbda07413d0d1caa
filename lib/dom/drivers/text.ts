import { t } from '../../i18n';
import { commitText, setNativeValue } from '../events';
import { TEXT_INPUT } from '../form-item';
import { FillError } from '../wait';
import { asText, type WidgetDriver } from './types';

const FIELD = `textarea, ${TEXT_INPUT}`;

export function textControl(item: HTMLElement): HTMLInputElement | HTMLTextAreaElement {
  if (item.querySelector('input[type="password"]')) throw new FillError(t('driver_password'));
  const el = item.querySelector<HTMLInputElement | HTMLTextAreaElement>(FIELD);
  if (!el) throw new FillError(t('driver_no_input'));
  return el;
}

/** Writes one text value through the prototype setter so Vue's v-model and antd validation see it. */
export function writeText(el: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  if (el.disabled || el.readOnly) throw new FillError(t('driver_input_readonly'));
  if (el.maxLength > 0 && value.length > el.maxLength) {
    throw new FillError(t('driver_too_long', value.length, el.maxLength));
  }
  // No real focus: it would restyle the form twice per field; the page's checks listen to the events below.
  setNativeValue(el, value);
  commitText(el);
  if (el.value !== value) throw new FillError(t('driver_value_refused'));
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
