// The line between the panel frame (an extension page inside the platform tab) and the tab's content script: a
// runtime Port the panel opens with tabs.connect to frame 0. Only extension contexts can open one, so the page can
// neither send on it nor read it (unlike window.postMessage). The content script sends the page's state; the panel
// sends what the user did. Profile data never travels here: choices and fills go between the panel and the background.
import type { SessionView } from '../dom/page-session';
import type { FieldReport } from '../fill/types';
import type { CheckProblem } from './problems';

export const PANEL_PORT = 'beian-panel';

export type ToPanel =
  | { type: 'view'; view: SessionView; startCollapsed: boolean; maxHeight: number }
  | { type: 'notice'; message: string; problems: CheckProblem[] }
  | { type: 'undone'; failed: FieldReport[] | null }
  /** Whether the frame has stayed put long enough for a click to count (see frame-host.ts). */
  | { type: 'steady'; steady: boolean };

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
  | { type: 'dock'; side: 'left' | 'right' };

const TYPES_FROM_PANEL = new Set(['hello', 'size', 'undo', 'focus-missing', 'focus-field', 'mark', 'dock']);

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
  return { type: m.type as 'hello' | 'undo' };
}
