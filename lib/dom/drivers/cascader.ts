import { pickOption, samePath } from '../../fill/options';
import { t } from '../../i18n';
import { ANTD } from '../../platform/antd';
import { press, textOf } from '../events';
import { FillError, waitFor } from '../wait';
import { closePopup, openPopup } from './popup';
import { asList, type WidgetDriver } from './types';

const cascaderOf = (item: HTMLElement) => {
  const el = item.querySelector<HTMLElement>(ANTD.cascader);
  if (!el) throw new FillError(t('driver_no_cascader'));
  return el;
};

/** What the cascader shows, split back into its levels (浙江省 / 杭州市 / 余杭区). */
const shownPath = (cascader: HTMLElement) => {
  const item = cascader.querySelector(ANTD.selectSelectionItem);
  const text = item?.getAttribute('title') ?? item?.textContent ?? '';
  return text
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);
};

/** The level's option for `name`: the same text, else the one option worded alike (其他Z / Z（其他）). */
const levelItem = (popup: HTMLElement, level: number, name: string) => {
  const menu = popup.querySelectorAll(ANTD.cascaderMenu)[level];
  const items = [...(menu?.querySelectorAll<HTMLElement>(ANTD.cascaderMenuItem) ?? [])];
  return items[
    pickOption(
      items.map((el) => el.getAttribute('title') ?? textOf(el)),
      name,
    )
  ];
};

/** Clicks each level by name; lazily loaded levels are awaited as they appear. */
export const cascaderDriver: WidgetDriver = {
  read: (item) => {
    const path = shownPath(cascaderOf(item));
    return path.length > 0 ? path : null;
  },
  async fill(item, value, ctx) {
    const cascader = cascaderOf(item);
    const names = asList(value);
    if (samePath(shownPath(cascader), names)) return;
    const popup = await openPopup(cascader, ctx);
    try {
      for (const [level, name] of names.entries()) {
        const option = await waitFor(
          () => levelItem(popup, level, name),
          ctx.timeoutMs,
          t('driver_level_missing', level + 1, name),
          ctx.doc,
        );
        press(option);
      }
      await waitFor(
        () => samePath(shownPath(cascader), names),
        ctx.timeoutMs,
        t('driver_not_selected', names.join(' / ')),
        ctx.doc,
      );
    } finally {
      await closePopup(cascader, ctx, popup);
    }
  },
  async clear(item, ctx) {
    const clear = cascaderOf(item).querySelector(ANTD.selectClear);
    if (!clear) throw new FillError(t('driver_cascader_no_clear'));
    press(clear);
    await waitFor(
      () => shownPath(cascaderOf(item)).length === 0,
      ctx.timeoutMs,
      t('driver_cascader_not_cleared'),
      ctx.doc,
    );
  },
};
