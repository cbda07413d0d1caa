// Whether a click in the panel frame was a click on a panel the user could really see. The page can restyle the
// host (opacity, filters, clipping, transforms), cover it (even with pointer-events:none, which hit testing skips)
// or slide it under the cursor; any of these and the fill is refused, with the reason in the user's words.
// The panel frame adds IntersectionObserver v2 (`isVisible`) where the browser has it (Chrome).

import { type MessageKey, t } from '../i18n';
import { type FrameHost, STEADY_MS, TOP_Z } from './frame-host';

export type GuardResult = { ok: true } | { ok: false; message: string };

const refuse = (why: string): GuardResult => ({ ok: false, message: t('guard_refused', why) });

/** Style that must stay at its initial value on the frame, the host and every ancestor, and its name for the user. */
const NEUTRAL: [property: string, fine: (value: string) => boolean, label: MessageKey][] = [
  ['opacity', (v) => Number(v) === 1, 'style_opacity'],
  ['visibility', (v) => v === 'visible', 'style_visibility'],
  ['filter', (v) => v === 'none', 'style_filter'],
  ['backdrop-filter', (v) => v === 'none' || v === '', 'style_filter'],
  ['mix-blend-mode', (v) => v === 'normal', 'style_blend'],
  ['clip-path', (v) => v === 'none', 'style_clip'],
  ['clip', (v) => v === 'auto' || v === '', 'style_clip'],
  ['mask-image', (v) => v === 'none' || v === '', 'style_mask'],
  ['-webkit-mask-image', (v) => v === 'none' || v === '', 'style_mask'],
  ['transform', (v) => v === 'none', 'style_transform'],
  ['translate', (v) => v === 'none' || v === '', 'style_transform'],
  ['scale', (v) => v === 'none' || v === '', 'style_scale'],
  ['rotate', (v) => v === 'none' || v === '', 'style_rotate'],
  ['zoom', (v) => v === '1' || v === '' || v === 'normal', 'style_scale'],
  ['content-visibility', (v) => v === 'visible' || v === '', 'style_visibility'],
];

/** The element's ancestors across shadow roots, nearest first, up to the html element. */
function composedAncestors(el: Element): Element[] {
  const out: Element[] = [];
  let node: Node | null = el;
  while (node) {
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
    if (node instanceof Element) out.push(node);
  }
  return out;
}

/** A shadow root the page may have closed: content scripts can open it (Chrome and Firefox differ on how). */
function shadowOf(el: Element): ShadowRoot | null {
  const chromeDom = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?(e: Element): ShadowRoot | null } } })
    .chrome?.dom;
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  try {
    return chromeDom?.openOrClosedShadowRoot?.(el) ?? firefox ?? el.shadowRoot;
  } catch {
    return el.shadowRoot;
  }
}

function* allElements(root: Document | ShadowRoot, skip: Element): Generator<Element> {
  for (const el of root.querySelectorAll('*')) {
    if (el === skip) continue;
    yield el;
    const shadow = shadowOf(el);
    if (shadow) yield* allElements(shadow, skip);
  }
}

const matchesSafely = (el: Element, selector: string) => {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
};
const inTopLayer = (el: Element) =>
  matchesSafely(el, ':modal') || matchesSafely(el, ':popover-open') || matchesSafely(el, ':fullscreen');

const overlaps = (a: DOMRect, b: DOMRect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom && a.width > 0 && a.height > 0;

/**
 * Elements that may paint above the host: ours sits at the top z-index, fixed, last in the document, so only the
 * top layer or another top-z element (or pseudo-element) can. Those overlapping the panel count as covering it,
 * whatever their pointer-events.
 */
function coverOf(doc: Document, fx: FrameHost, rect: DOMRect): Element | null {
  const win = doc.defaultView as Window;
  const mine = new Set<Element>([fx.host, ...composedAncestors(fx.host)]);
  for (const el of allElements(doc, fx.host)) {
    if (mine.has(el)) continue;
    const style = win.getComputedStyle(el);
    const topZ = style.zIndex === TOP_Z && style.position !== 'static';
    if ((topZ || inTopLayer(el)) && overlaps(el.getBoundingClientRect(), rect)) return el;
    for (const pseudo of ['::before', '::after']) {
      const p = win.getComputedStyle(el, pseudo);
      // A fixed pseudo-element at the top z-index can lie anywhere: count it as covering.
      if (p.content !== 'none' && p.content !== 'normal' && p.zIndex === TOP_Z && p.position === 'fixed') return el;
    }
  }
  return null;
}

/** The verdict for a click at (x, y) in the frame's own pixels. */
export function checkClick(doc: Document, fx: FrameHost, click: { x: number; y: number }, now: number): GuardResult {
  const win = doc.defaultView as Window;
  const { host, frame } = fx;
  if (!host.isConnected || !frame.isConnected || host.parentElement !== doc.documentElement) {
    return refuse(t('guard_moved_out'));
  }
  if (doc.visibilityState !== 'visible') return refuse(t('guard_background'));
  if (now - fx.movedAt() < STEADY_MS) return refuse(t('guard_just_moved'));
  const hostStyle = win.getComputedStyle(host);
  if (hostStyle.position !== 'fixed' || hostStyle.zIndex !== TOP_Z || hostStyle.display !== 'block') {
    return refuse(t('guard_position'));
  }
  for (const el of [frame, host, ...composedAncestors(host)]) {
    const style = win.getComputedStyle(el);
    for (const [property, fine, label] of NEUTRAL) {
      if (!fine(style.getPropertyValue(property))) return refuse(t('guard_style', t(label)));
    }
  }
  // Not scaled (zoom, transforms the checks above missed) and wholly inside the window.
  const rect = frame.getBoundingClientRect();
  const want = fx.size();
  if (Math.abs(rect.width - want.width) > 1 || Math.abs(rect.height - want.height) > 1 || want.width === 0) {
    return refuse(t('guard_size'));
  }
  if (rect.left < 0 || rect.top < 0 || rect.right > win.innerWidth || rect.bottom > win.innerHeight) {
    return refuse(t('guard_offscreen'));
  }
  const x = rect.left + click.x;
  const y = rect.top + click.y;
  if (!(click.x >= 0 && click.y >= 0 && click.x <= rect.width && click.y <= rect.height)) {
    return refuse(t('guard_click_outside'));
  }
  // What the user hit at that point must be the panel (a closed root: the page's view of it is the host).
  if (doc.elementsFromPoint(x, y)[0] !== host) return refuse(t('guard_covered'));
  if (coverOf(doc, fx, rect)) return refuse(t('guard_covered'));
  return { ok: true };
}
