// The content script's half of the panel: mounts the panel frame on recognised pages (removes it elsewhere), sends
// it the page's state over the panel's Port, runs what the user did in it, and judges its clicks (frame-guard.ts).
// No Preact and no profile data here: the panel's UI is an extension page, and it gets its choices from the background.
import type { Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { DriverContext } from '../../lib/dom/drivers';
import type { PageSession, SessionView } from '../../lib/dom/page-session';
import { PANEL_PORT, readFromPanel, type ToPanel } from '../../lib/messaging/panel-port';
import type { CheckProblem } from '../../lib/messaging/problems';
import type { GuardVerdict } from '../../lib/messaging/protocol';
import { PANEL_PATH } from '../../lib/messaging/senders';
import { t } from '../i18n';
import { checkClick } from './frame-guard';
import { type FrameHost, mountFrameHost } from './frame-host';
import { roomBesideForm } from './placement';

type Port = Browser.runtime.Port;

interface Runtime {
  id: string;
  getURL(path: string): string;
  onConnect: { addListener(cb: (port: Port) => void): void; removeListener(cb: (port: Port) => void): void };
}

const randomId = () =>
  [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');

export function createPanel(ctx: ContentScriptContext, runtime: Runtime) {
  let fx: FrameHost | null = null;
  let nonce = '';
  let port: Port | null = null;
  let view: SessionView | null = null;
  let startCollapsed = true;
  let session: PageSession | null = null;
  let driverContext: ((token: string) => DriverContext) | null = null;

  const post = (message: ToPanel) => {
    try {
      port?.postMessage(message);
    } catch {
      port = null;
    }
  };
  // The open panel stays within the window (below its top offset, with room to spare).
  const sendView = () => view && post({ type: 'view', view, startCollapsed, maxHeight: window.innerHeight - 160 });

  function unmount() {
    port?.disconnect();
    port = null;
    fx?.remove();
    fx = null;
  }
  function mount() {
    startCollapsed = !roomBesideForm(document);
    // A fresh secret per frame, in its URL (which the page cannot read): only that frame may connect.
    nonce = randomId();
    fx = mountFrameHost(document, `${runtime.getURL(PANEL_PATH)}#${nonce}`);
    fx.fold(startCollapsed);
    fx.onMoved((place) => post({ type: 'placed', place }));
    fx.onSteady((steady) => post({ type: 'steady', steady }));
  }

  /** A move the panel remembers: it is told where the panel ended up (clamped into the window). */
  const placed = (host: FrameHost, move: () => void) => {
    move();
    post({ type: 'placed', place: host.place() });
  };

  const onConnect = (p: Port) => {
    if (p.name !== `${PANEL_PORT}:${nonce}` || p.sender?.id !== runtime.id || !fx) return;
    port?.disconnect();
    port = p;
    const mine = fx;
    p.onDisconnect.addListener(() => {
      if (port === p) port = null;
    });
    p.onMessage.addListener((raw: unknown) => {
      const message = readFromPanel(raw);
      if (!message || port !== p) return;
      if (message.type === 'hello') {
        sendView();
        post({ type: 'steady', steady: mine.steady() });
      } else if (message.type === 'size') mine.resize(message.width, message.height);
      else if (message.type === 'focus-missing') session?.focusMissing(message.index);
      else if (message.type === 'focus-field') session?.focusField(message.key);
      else if (message.type === 'mark') session?.setMarking(message.on);
      else if (message.type === 'dock') placed(mine, () => mine.dock(message.side));
      else if (message.type === 'drag') mine.drag(message.phase, message.dx, message.dy, message.at);
      else if (message.type === 'nudge') {
        mine.drag('start', 0, 0);
        mine.drag('end', message.dx, message.dy);
      } else if (message.type === 'place') mine.moveTo(message.place);
      else if (message.type === 'fold') mine.fold(message.folded);
      else if (message.type === 'undo' && session && driverContext) {
        // A partial undo must say so: a select the page offers no way to empty keeps the filled value.
        void session.undo(driverContext('')).then((failed) => post({ type: 'undone', failed }));
      }
    });
  };
  runtime.onConnect.addListener(onConnect);
  ctx.addEventListener(window, 'resize', () => {
    fx?.refit();
    sendView();
  });
  ctx.onInvalidated(() => {
    runtime.onConnect.removeListener(onConnect);
    unmount();
  });

  return {
    bind(s: PageSession, dc: (token: string) => DriverContext) {
      session = s;
      driverContext = dc;
    },
    /** The background asks at each click in the panel: was it our frame, visible and on top? */
    guard(click: { x: number; y: number }, panelKey: string): GuardVerdict {
      if (!fx || !port) return { ok: false, message: t('guard_not_ready') };
      // Only the frame this script made knows its secret (a port's sender carries no frame id to compare).
      if (panelKey !== nonce) return { ok: false, message: t('guard_foreign') };
      return checkClick(document, fx, click, performance.now());
    },
    notice(message: string, problems: CheckProblem[]) {
      post({ type: 'notice', message, problems });
    },
    update(next: SessionView) {
      view = next;
      if (next.state.form && !fx) mount();
      if (!next.state.form && fx) unmount();
      sendView();
    },
  };
}
