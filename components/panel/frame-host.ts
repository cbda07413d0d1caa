// The panel's place in the page: a host element with a CLOSED shadow root holding an iframe of our panel page.
// The page cannot reach the frame (nor read its URL, which carries Chrome's per-session id), cannot read the
// panel's content (another origin) and cannot send it events. It can still restyle or cover the host: the guard
// (frame-guard.ts) checks that at click time, with the movement history kept here.
import { t } from '../i18n';

export const PANEL_TAG = 'beian-autofill-panel';
/** The highest z-index there is: only later elements at the same level, or the top layer, can paint above it. */
export const TOP_Z = '2147483647';
/** A panel that moved or appeared this recently is not trusted with a click (it may have been slid under it). */
export const STEADY_MS = 500;

const HOST_STYLE: Record<string, string> = {
  all: 'initial',
  display: 'block',
  position: 'fixed',
  top: '72px',
  right: '12px',
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
  let side: 'left' | 'right' = 'right';
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
    const spot = `${side},${r.top},${side === 'right' ? r.right : r.left},${host.isConnected}`;
    if (spot === last) return;
    last = spot;
    movedAt = performance.now();
    setSteady(false);
    clearTimeout(steadyTimer);
    steadyTimer = setTimeout(() => setSteady(true), STEADY_MS);
  };
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
    },
    dock(next) {
      side = next;
      applyStyle(host, next === 'left' ? { left: '12px', right: 'auto' } : { left: 'auto', right: '12px' });
      look();
    },
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
