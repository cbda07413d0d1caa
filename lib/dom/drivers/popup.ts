import { isShown, key, mouseDown } from '../events';
import { FillError, waitFor } from '../wait';
import type { DriverContext } from './types';

const OPEN_POPUP = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

const leaving = (el: Element) => /-leave/.test(el.className);

/**
 * The popup that belongs to this select, by its aria-controls id. Until that exists (first opening, cascaders)
 * it is "the one open popup"; a popup still playing its closing animation never counts.
 */
export function findPopup(select: Element, doc: Document): HTMLElement | null {
  const input = select.querySelector('input');
  const listId = input?.getAttribute('aria-controls') ?? input?.getAttribute('aria-owns');
  const usable = (el: HTMLElement | null | undefined) =>
    el && !el.classList.contains('ant-select-dropdown-hidden') && !leaving(el) && isShown(el) ? el : null;
  const own = listId ? doc.getElementById(listId)?.closest<HTMLElement>('.ant-select-dropdown') : null;
  if (own) return usable(own);
  const open = [...doc.querySelectorAll<HTMLElement>(OPEN_POPUP)].filter((el) => usable(el));
  return open.length === 1 ? (open[0] ?? null) : null;
}

/** Opens a select or cascader the way a user does (mousedown on the selector) and returns its popup. */
export async function openPopup(select: HTMLElement, ctx: DriverContext): Promise<HTMLElement> {
  if (select.classList.contains('ant-select-disabled')) throw new FillError('下拉框已禁用');
  const selector = select.querySelector('.ant-select-selector');
  if (!selector) throw new FillError('找不到下拉框');
  const existing = findPopup(select, ctx.doc);
  if (existing) return existing;
  mouseDown(selector);
  return waitFor(() => findPopup(select, ctx.doc), ctx.timeoutMs, '下拉框没有展开', ctx.doc);
}

/** Closes the popup (Escape, then blur) so that only one is ever open. */
export async function closePopup(select: HTMLElement, ctx: DriverContext): Promise<void> {
  const input = select.querySelector('input');
  if (!findPopup(select, ctx.doc)) return;
  if (input) {
    key(input, 'Escape');
    input.blur();
  }
  await waitFor(() => !findPopup(select, ctx.doc), ctx.timeoutMs, '下拉框没有关闭', ctx.doc).catch(() => undefined);
}
