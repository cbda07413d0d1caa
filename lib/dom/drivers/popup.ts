import { t } from '../../i18n';
import { ANTD, ANTD_CLASS, ANTD_POPUP_STATE } from '../../platform/antd';
import { key, mouseDown } from '../events';
import { FillError, waitFor } from '../wait';
import type { DriverContext } from './types';

const leaving = (el: Element) => ANTD_POPUP_STATE.leaving.test(el.className);

/**
 * Open: not hidden, not playing its closing animation (a closing popup never counts). Read from antd's classes
 * only: these checks run after every DOM change while a fill waits, and a layout query there costs a reflow.
 */
export const isOpenPopup = (el: Element | null | undefined): el is HTMLElement =>
  !!el?.isConnected &&
  !ANTD_POPUP_STATE.hidden.test(el.className) &&
  !leaving(el) &&
  (el as HTMLElement).style.display !== 'none';

type Placement = 'aligned' | 'beside' | null;

/**
 * Whether `popup` is placed against `anchor`, as antd places a popup: its top at the anchor's bottom (or its
 * bottom at the anchor's top when there is no room below) and, unless pushed in from the window's edge, its left
 * edge at the anchor's left edge.
 */
function measure(anchor: Element, popup: Element): Placement {
  const a = anchor.getBoundingClientRect();
  const p = popup.getBoundingClientRect();
  const touching = Math.abs(p.top - a.bottom) < 12 || Math.abs(p.bottom - a.top) < 12;
  if (!touching) return null;
  if (Math.abs(p.left - a.left) < 2) return 'aligned';
  return p.left < a.right && p.right > a.left ? 'beside' : null;
}

/**
 * A verdict stands while the popup's style and classes do not change: antd moves a popup by writing its style
 * (dom-align) and animates it by classes, while most DOM changes during a fill are elsewhere (the form
 * re-rendering, a lazy level arriving). Measuring after each of them forced a layout every time; now a popup
 * is measured about once, when it turns visible.
 */
const verdicts = new WeakMap<Element, { anchor: Element; state: string; verdict: Placement }>();
function placement(anchor: Element, popup: HTMLElement): Placement {
  // Not yet where it will be, nor seen.
  if (popup.style.opacity === ANTD_POPUP_STATE.placingOpacity) return null;
  const state = `${popup.getAttribute('style') ?? ''}|${popup.className}`;
  const known = verdicts.get(popup);
  if (known?.anchor === anchor && known.state === state) return known.verdict;
  const verdict = measure(anchor, popup);
  verdicts.set(popup, { anchor, state, verdict });
  return verdict;
}

/**
 * The open popup (of the `selector` kind) placed against `anchor`; a popup exactly aligned wins. With `before`
 * (the popups open before we opened ours), only a popup that opened since can be ours. This runs after every DOM
 * change while a fill waits and geometry costs a layout each time, so nothing is measured until a new popup is
 * there; then it must still sit against `anchor`, so a popup the page opens elsewhere at that moment never gets
 * our value.
 */
export function popupAt(anchor: Element, selector: string, doc: Document, before?: ReadonlySet<Element>) {
  const open = [...doc.querySelectorAll<HTMLElement>(selector)].filter((el) => isOpenPopup(el) && !before?.has(el));
  if (open.length === 0) return null;
  const placed = open.map((el) => [el, placement(anchor, el)] as const);
  return (placed.find(([, p]) => p === 'aligned') ?? placed.find(([, p]) => p === 'beside'))?.[0] ?? null;
}

/** The popups of this kind open before we open one: whatever comes after is not one of them. */
export const openPopups = (selector: string, doc: Document): ReadonlySet<Element> =>
  new Set([...doc.querySelectorAll(selector)].filter(isOpenPopup));

/**
 * The popup that belongs to this select: by its aria-controls id, which names the option list antd renders inside
 * the popup. A cascader's aria-controls names no element, so its popup is the open one placed against its selector.
 */
export function findPopup(select: Element, doc: Document, before?: ReadonlySet<Element>): HTMLElement | null {
  const input = select.querySelector('input');
  const listId = input?.getAttribute('aria-controls') ?? input?.getAttribute('aria-owns');
  const own = listId ? doc.getElementById(listId)?.closest<HTMLElement>(ANTD.selectDropdown) : null;
  if (own) return isOpenPopup(own) ? own : null;
  if (!select.classList.contains(ANTD_CLASS.selectOpen)) return null;
  const selector = select.querySelector(ANTD.selectSelector) ?? select;
  return popupAt(selector, ANTD.selectDropdown, doc, before);
}

/** Opens a select or cascader the way a user does (mousedown on the selector) and returns its popup. */
export async function openPopup(select: HTMLElement, ctx: DriverContext): Promise<HTMLElement> {
  if (select.classList.contains(ANTD_CLASS.selectDisabled)) throw new FillError(t('driver_select_disabled'));
  const selector = select.querySelector(ANTD.selectSelector);
  if (!selector) throw new FillError(t('driver_no_select'));
  const existing = findPopup(select, ctx.doc);
  if (existing) return existing;
  const before = openPopups(ANTD.selectDropdown, ctx.doc);
  mouseDown(selector);
  return waitFor(() => findPopup(select, ctx.doc, before), ctx.timeoutMs, t('driver_select_not_open'), ctx.doc);
}

/**
 * Closes the popup (Escape, then blur) so that only one is ever open; its closing animation is not awaited. Given
 * the popup it opened, it watches that element's classes instead of looking for the popup again.
 */
export async function closePopup(select: HTMLElement, ctx: DriverContext, popup?: HTMLElement): Promise<void> {
  const input = select.querySelector('input');
  const isOpen = popup ? () => isOpenPopup(popup) : () => findPopup(select, ctx.doc) !== null;
  if (!isOpen()) return;
  if (input) {
    key(input, 'Escape');
    input.blur();
  }
  await waitFor(() => !isOpen(), ctx.timeoutMs, t('driver_select_not_closed'), ctx.doc).catch(() => undefined);
}
