// The line between the panel frame (an extension page inside the platform tab) and the tab's content script: a
// runtime Port the panel opens to the background, which opens one to frame 0 of the panel's own tab and relays (a
// frame in a web page has no tabs API in Firefox). Only extension contexts can open one, so the page can
// neither send on it nor read it (unlike window.postMessage). The content script sends the page's state; the panel
// sends what the user did. Profile data never travels here: choices and fills go between the panel and the background.
import type { Browser } from 'wxt/browser';
import type { SessionView } from '../dom/page-session';
import type { FieldReport } from '../fill/types';
import type { CheckProblem } from './problems';

export const PANEL_PORT = 'beian-panel';

export type ToPanel =
  | { type: 'view'; view: SessionView; startCollapsed: boolean; maxHeight: number }
  | { type: 'notice'; message: string; problems: CheckProblem[] }
  | { type: 'undone'; failed: FieldReport[] | null }
  /** Whether the frame has stayed put long enough for a click to count (see frame-host.ts). */
  | { type: 'steady'; steady: boolean }
  /** Where the user left the open panel, for the panel to remember. */
  | { type: 'placed'; place: PanelPlace };

/** The open panel's place: the edge it is docked at, its distance from that edge and from the top (CSS px). */
export interface PanelPlace {
  side: 'left' | 'right';
  inset: number;
  top: number;
}

export type FromPanel =
  /** The panel listens now: send it the state (messages before that are lost). */
  | { type: 'hello' }
  | { type: 'size'; width: number; height: number }
  | { type: 'undo' }
  | { type: 'focus-missing'; index: number }
  /** A field of the report, by its profile key: scroll to it. */
  | { type: 'focus-field'; key: string }
  /** 标出待填项 turned on or off. */
  | { type: 'mark'; on: boolean }
  /** The user docks the panel at the left or right edge. */
  | { type: 'dock'; side: 'left' | 'right' }
  /** The user drags the panel by its header: the pointer's way since the drag started. */
  | { type: 'drag'; phase: 'start' | 'move' | 'end'; dx: number; dy: number; at?: { x: number; y: number } }
  /** The arrow keys on the panel's handle move it by this much. */
  | { type: 'nudge'; dx: number; dy: number }
  /** The place the user left it at last time. */
  | { type: 'place'; place: PanelPlace }
  /** The panel folded to its tab, or opened. */
  | { type: 'fold'; folded: boolean };

const TYPES_FROM_PANEL = new Set([
  'hello',
  'size',
  'undo',
  'focus-missing',
  'focus-field',
  'mark',
  'dock',
  'drag',
  'nudge',
  'place',
  'fold',
]);
const offset = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 10000;

export function isPanelPlace(p: unknown): p is PanelPlace {
  const q = p as Partial<PanelPlace> | null;
  return (
    typeof q === 'object' &&
    q !== null &&
    (q.side === 'left' || q.side === 'right') &&
    [q.inset, q.top].every((n) => offset(n) && n >= 0)
  );
}

/** A message from the panel in the shape we expect, or null (a broken or foreign message is dropped). */
export function readFromPanel(message: unknown): FromPanel | null {
  const m = message as Partial<Record<string, unknown>> | null;
  if (!m || typeof m !== 'object' || !TYPES_FROM_PANEL.has(m.type as string)) return null;
  if (m.type === 'size') {
    const ok = [m.width, m.height].every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n < 4000);
    return ok ? { type: 'size', width: m.width as number, height: m.height as number } : null;
  }
  if (m.type === 'focus-missing') {
    return Number.isInteger(m.index) ? { type: 'focus-missing', index: m.index as number } : null;
  }
  if (m.type === 'focus-field') {
    return typeof m.key === 'string' && m.key.length < 100 ? { type: 'focus-field', key: m.key } : null;
  }
  if (m.type === 'dock') return m.side === 'left' || m.side === 'right' ? { type: 'dock', side: m.side } : null;
  if (m.type === 'mark') return typeof m.on === 'boolean' ? { type: 'mark', on: m.on } : null;
  if (m.type === 'drag') {
    const phase = m.phase === 'start' || m.phase === 'move' || m.phase === 'end' ? m.phase : null;
    if (!phase || !offset(m.dx) || !offset(m.dy)) return null;
    const at = m.at as { x?: unknown; y?: unknown } | undefined;
    const point = at && offset(at.x) && offset(at.y) ? { x: at.x, y: at.y } : undefined;
    return { type: 'drag', phase, dx: m.dx, dy: m.dy, ...(point ? { at: point } : {}) };
  }
  if (m.type === 'nudge') return offset(m.dx) && offset(m.dy) ? { type: 'nudge', dx: m.dx, dy: m.dy } : null;
  if (m.type === 'place') return isPanelPlace(m.place) ? { type: 'place', place: m.place } : null;
  if (m.type === 'fold') return typeof m.folded === 'boolean' ? { type: 'fold', folded: m.folded } : null;
  return { type: m.type as 'hello' | 'undo' };
}

type Port = Browser.runtime.Port;

/**
 * The background's half of the line: `tabId` is the panel's own tab (from its sender), null for any other sender,
 * whose port is dropped. The tab's end has the panel's name, so the content script still checks the frame's secret.
 */
export function relayPanelPort(panel: Port, tabId: number | null, connectTab: (tabId: number, name: string) => Port) {
  if (tabId === null || !panel.name.startsWith(`${PANEL_PORT}:`)) return panel.disconnect();
  const tab = connectTab(tabId, panel.name);
  const pass = (to: Port) => (message: unknown) => {
    try {
      to.postMessage(message);
    } catch {
      to.disconnect();
    }
  };
  panel.onMessage.addListener(pass(tab));
  tab.onMessage.addListener(pass(panel));
  panel.onDisconnect.addListener(() => tab.disconnect());
  tab.onDisconnect.addListener(() => panel.disconnect());
}
