import { t } from '../../i18n';
import { ANTD_CLASS } from '../../platform/antd';
import { press } from '../events';
import { labelOf } from '../form-item';
import { FillError, waitFor } from '../wait';
import { textControl, writeText } from './text';
import { asList, type WidgetDriver } from './types';

/** The row items of a ⊕ list: this item and the unlabelled items right after it. */
function rows(item: HTMLElement): HTMLElement[] {
  const result = [item];
  for (let next = item.nextElementSibling; next; next = next.nextElementSibling) {
    if (!next.classList.contains(ANTD_CLASS.formItem) || labelOf(next)) break;
    result.push(next as HTMLElement);
  }
  return result;
}

const addButton = (item: HTMLElement) =>
  item.querySelector('.anticon-plus-circle')?.closest('button') ?? item.querySelector('.anticon-plus-circle');

const values = (item: HTMLElement) => rows(item).map((row) => textControl(row).value);

/** Lists like 从域名 and IP: press ⊕ until there are enough rows, then write each row. */
export const repeatDriver: WidgetDriver = {
  read: (item) => {
    const filled = values(item).filter(Boolean);
    return filled.length > 0 ? filled : null;
  },
  async fill(item, value, ctx) {
    const wanted = asList(value);
    const missing = wanted.length - rows(item).length;
    if (missing > 0) {
      const add = addButton(item);
      if (!add) throw new FillError(t('driver_no_add_button'));
      // Every press first, then one wait: waiting for each new row would re-render the list once per row (50 IP
      // rows cost 50 renders of a growing list). Each press is the page's own ⊕, counted by the page.
      for (let i = 0; i < missing; i++) press(add);
      await waitFor(() => rows(item).length >= wanted.length, ctx.timeoutMs, t('driver_no_new_row'), ctx.doc);
    }
    rows(item).forEach((row, i) => {
      writeText(textControl(row), wanted[i] ?? '');
    });
  },
  async clear(item, ctx) {
    await repeatDriver.fill(item, [], ctx);
  },
};
