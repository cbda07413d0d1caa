import { pickOption } from '../../fill/options';
import { t } from '../../i18n';
import { ANTD, ANTD_CLASS } from '../../platform/antd';
import { press, setNativeValue, textOf } from '../events';
import { FillError, waitFor } from '../wait';
import { closePopup, openPopup } from './popup';
import { asList, asText, type DriverContext, type WidgetDriver } from './types';

const selectOf = (item: HTMLElement) => {
  const el = item.querySelector<HTMLElement>(ANTD.select);
  if (!el) throw new FillError(t('driver_no_select'));
  return el;
};

const shown = (select: HTMLElement) =>
  [...select.querySelectorAll(ANTD.selectSelectionItem)].map((el) => el.getAttribute('title') ?? textOf(el));

const optionIn = (popup: HTMLElement, label: string) => {
  const options = [...popup.querySelectorAll<HTMLElement>(ANTD.selectItemOption)].filter(
    (o) => !o.classList.contains(ANTD_CLASS.selectItemOptionDisabled),
  );
  return options[
    pickOption(
      options.map((o) => o.getAttribute('title') ?? textOf(o)),
      label,
    )
  ];
};

const isShownAs = (select: HTMLElement, label: string) => shown(select).some((s) => pickOption([s], label) === 0);

/**
 * Finds an option that may not be rendered yet: options that arrive late are awaited, and a virtual list is
 * narrowed by typing into its search box.
 */
async function findOption(select: HTMLElement, popup: HTMLElement, label: string, ctx: DriverContext) {
  const search = select.querySelector<HTMLInputElement>(ANTD.selectSelectionSearchInput);
  const visible = optionIn(popup, label);
  if (visible) return visible;
  if (search && !search.readOnly) setNativeValue(search, label);
  return waitFor(() => optionIn(popup, label), ctx.timeoutMs, t('driver_select_no_option', label), ctx.doc);
}

async function choose(select: HTMLElement, label: string, ctx: DriverContext) {
  const popup = await openPopup(select, ctx);
  try {
    press(await findOption(select, popup, label, ctx));
  } catch (error) {
    await closePopup(select, ctx, popup);
    throw error;
  }
  await waitFor(() => isShownAs(select, label), ctx.timeoutMs, t('driver_not_chosen', label), ctx.doc);
}

export const selectDriver: WidgetDriver = {
  read: (item) => shown(selectOf(item))[0] ?? null,
  async fill(item, value, ctx) {
    const select = selectOf(item);
    const label = asText(value);
    if (isShownAs(select, label)) return;
    // A single select closes itself on choice; its leave animation needs no waiting.
    await choose(select, label, ctx);
  },
  async clear(item, ctx) {
    const clear = selectOf(item).querySelector(ANTD.selectClear);
    if (!clear) throw new FillError(t('driver_select_no_clear'));
    press(clear);
    await waitFor(() => shown(selectOf(item)).length === 0, ctx.timeoutMs, t('driver_select_not_cleared'), ctx.doc);
  },
};

/** Tags mode: each wanted value is chosen, values not wanted are removed by their ✕. */
export const multiSelectDriver: WidgetDriver = {
  read: (item) => {
    const values = shown(selectOf(item));
    return values.length > 0 ? values : null;
  },
  async fill(item, value, ctx) {
    const select = selectOf(item);
    const wanted = asList(value);
    for (const tag of [...select.querySelectorAll(ANTD.selectSelectionItem)]) {
      const label = tag.getAttribute('title') ?? textOf(tag);
      const remove = tag.querySelector(ANTD.selectSelectionItemRemove);
      if (pickOption(wanted, label) < 0 && !wanted.some((w) => pickOption([label], w) === 0) && remove) press(remove);
    }
    try {
      for (const label of wanted) if (!isShownAs(select, label)) await choose(select, label, ctx);
    } finally {
      await closePopup(select, ctx);
    }
  },
  async clear(item, ctx) {
    await multiSelectDriver.fill(item, [], ctx);
  },
};
