// The panel's place in the page: a host element with a CLOSED shadow root holding an iframe of our panel page.
// The page cannot reach the frame (nor read its URL, which carries Chrome's per-session id), cannot read the
// panel's content (another origin) and cannot send it events. It can still restyle or cover the host: the guard
// (frame-guard.ts) checks that at click time, with the movement history kept here.
import { t } from '../i18n';

import { clampPlace, HOME, movedPlace, type Place } from './place';

export const PANEL_TAG = 'beian-autofill-panel';
/** The highest z-index there is: only later elements at the same level, or the top layer, can paint above it. */
export const TOP_Z = '2147483647';
/** A panel that moved or appeared this recently is not trusted with a click (it may have been slid under it). */
export const STEADY_MS = 500;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: `${HOME.top}px`,
  right: `${HOME.inset}px`,
  'z-index': TOP_Z,
  margin: '0',
  padding: '0',
  border: '0',
  opacity: '1',
  visibility: 'visible',
  transform: 'none',
  'pointer-events': 'auto',
};

export interface FrameHost {
  host: HTMLElement;
  frame: HTMLIFrameElement;
  /** The size the panel asked for, in CSS pixels. */
  size(): { width: number; height: number };
  resize(width: number, height: number): void;
  /** Docks the panel at the window's left or right edge (the user moves it off the form's fields). */
  dock(side: 'left' | 'right'): void;
  /** The open panel's place (the folded tab sits at its side's edge); clamped into the window. */
  place(): Place;
  moveTo(place: Place): void;
  /**
   * The user drags the panel (by its header or the arrow keys): by (dx, dy) from where the drag started; `at` is
   * the pointer's screen point at the start, for the moves the frame no longer sees (the pointer ran ahead of it).
   */
  drag(phase: 'start' | 'move' | 'end', dx: number, dy: number, at?: { x: number; y: number }): void;
  /** Calls back with the place a drag ended at. */
  onMoved(cb: (place: Place) => void): void;
  /** Folded to its tab, or open. */
  fold(folded: boolean): void;
  /** Puts the panel back inside the window (after the window or the panel changed size). */
  refit(): void;
  /** When the frame last moved on screen (or appeared), in performance.now() time. */
  movedAt(): number;
  steady(): boolean;
  /** Calls back when the frame becomes steady again after a move, or starts moving. */
  onSteady(cb: (steady: boolean) => void): void;
  remove(): void;
}

function applyStyle(el: HTMLElement, style: Record<string, string>) {
  for (const [name, value] of Object.entries(style)) el.style.setProperty(name, value, 'important');
}

/** Appends the host after the body (last in tree order, at the top z-index) and loads the panel page in it. */
export function mountFrameHost(doc: Document, src: string): FrameHost {
  const win = doc.defaultView as Window;
  const host = doc.createElement(PANEL_TAG);
  applyStyle(host, HOST_STYLE);
  const root = host.attachShadow({ mode: 'closed' });
  const frame = doc.createElement('iframe');
  let size = { width: 0, height: 0 };
  applyStyle(frame, {
    display: 'block',
    border: '0',
    margin: '0',
    padding: '0',
    width: '0px',
    height: '0px',
    'color-scheme': 'light',
    background: 'transparent',
  });
  frame.setAttribute('title', t('popup_title'));
  frame.src = src;
  root.append(frame);
  doc.documentElement.append(host);

  // Where the frame's docked corner is: the panel grows and shrinks from there, so only a move changes it.
  let place: Place = HOME;
  let folded = false;
  let dragFrom: Place | null = null;
  let onMoved: (place: Place) => void = () => {};
  // While a drag lasts, a clear layer over the window in our closed root takes the pointer wherever it goes: a
  // frame gets no pointer events outside itself, even captured ones, and the pointer can outrun the frame.
  const catcher = doc.createElement('div');
  applyStyle(catcher, { position: 'fixed', inset: '0', cursor: 'move', background: 'transparent', 'z-index': '1' });
  let catchFrom: { x: number; y: number } | null = null;
  const caught = (e: PointerEvent) => {
    if (!e.isTrusted || !catchFrom) return;
    // The button may have come up before the layer was there: the first move without it ends the drag.
    const end = e.type !== 'pointermove' || (e.buttons & 1) === 0;
    fxDrag(end ? 'end' : 'move', e.screenX - catchFrom.x, e.screenY - catchFrom.y);
  };
  for (const type of ['pointermove', 'pointerup', 'pointercancel', 'pointerdown'])
    catcher.addEventListener(type, caught as EventListener);
  const view = () => ({ width: win.innerWidth, height: win.innerHeight });
  const shown = () => (folded ? { ...HOME, side: place.side } : place);
  const apply = () => {
    const at = clampPlace(shown(), size, view());
    const edge = `${at.inset}px`;
    applyStyle(host, at.side === 'left' ? { left: edge, right: 'auto' } : { left: 'auto', right: edge });
    applyStyle(host, { top: `${at.top}px` });
    look();
  };
  let movedAt = performance.now();
  let last = '';
  let steady = false;
  let steadyTimer: ReturnType<typeof setTimeout> | undefined;
  let onSteady: (steady: boolean) => void = () => {};
  let raf = 0;
  const setSteady = (value: boolean) => {
    if (steady === value) return;
    steady = value;
    onSteady(value);
  };
  const look = () => {
    const r = frame.getBoundingClientRect();
    const spot = `${place.side},${r.top},${place.side === 'right' ? r.right : r.left},${host.isConnected}`;
    if (spot === last) return;
    last = spot;
    movedAt = performance.now();
    setSteady(false);
    clearTimeout(steadyTimer);
    steadyTimer = setTimeout(() => setSteady(true), STEADY_MS);
  };
  function fxDrag(phase: 'start' | 'move' | 'end', dx: number, dy: number) {
    if (phase === 'start' && !folded) dragFrom = clampPlace(place, size, view());
    if (!dragFrom) return;
    place = movedPlace(dragFrom, dx, dy, size, view());
    apply();
    if (phase !== 'end') return;
    dragFrom = null;
    catchFrom = null;
    catcher.remove();
    onMoved(clampPlace(place, size, view()));
  }
  // Read once each frame has been laid out and painted (a task queued from the frame's callback): reading in the
  // callback itself would force a layout of the page's half-done changes every frame while a fill runs.
  let after: ReturnType<typeof setTimeout> | undefined;
  const watch = () => {
    after = setTimeout(look, 0);
    raf = win.requestAnimationFrame(watch);
  };
  watch();

  return {
    host,
    frame,
    size: () => size,
    resize(width, height) {
      size = { width: Math.ceil(width), height: Math.ceil(height) };
      applyStyle(frame, { width: `${size.width}px`, height: `${size.height}px` });
      apply();
    },
    dock(next) {
      place = { ...place, side: next, inset: HOME.inset };
      apply();
    },
    place: () => clampPlace(place, size, view()),
    moveTo(next) {
      place = next;
      apply();
    },
    drag(phase, dx, dy, at) {
      if (phase === 'start' && at) {
        catchFrom = at;
        root.prepend(catcher);
      }
      fxDrag(phase, dx, dy);
    },
    onMoved(cb) {
      onMoved = cb;
    },
    fold(next) {
      folded = next;
      apply();
    },
    refit: () => apply(),
    // Looked at again now: a move since the last frame counts too.
    movedAt: () => {
      look();
      return movedAt;
    },
    steady: () => steady,
    onSteady(cb) {
      onSteady = cb;
      cb(steady);
    },
    remove() {
      win.cancelAnimationFrame(raf);
      clearTimeout(after);
      clearTimeout(steadyTimer);
      host.remove();
    },
  };
}
