import { isShown, key, mouseDown } from '../events';
import { FillError, waitFor } from '../wait';
import type { DriverContext } from './types';

const OPEN_POPUP = '.ant-select-dropdown:not(.ant-select-dropdown-hidden)';

/** The popup that belongs to this select: by its aria-controls id, else the one open popup. */
export function findPopup(select: Element, doc: Document): HTMLElement | null {
  const input = select.querySelector('input');
  const listId = input?.getAttribute('aria-controls') ?? input?.getAttribute('aria-owns');
  const byId = listId ? doc.getElementById(listId)?.closest<HTMLElement>('.ant-select-dropdown') : null;
  if (byId && !byId.classList.contains('ant-select-dropdown-hidden') && isShown(byId)) return byId;
  const open = [...doc.querySelectorAll<HTMLElement>(OPEN_POPUP)].filter(isShown);
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
