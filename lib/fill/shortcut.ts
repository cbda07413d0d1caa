// The keyboard shortcut (command `fill-page`, Alt+Shift+F): a user action like a click, so it may fill the
// active tab with the active profile. It keeps what is typed (only empty fields) and never accepts warnings;
// a refusal is shown in the tab's panel, since a shortcut has no popup to answer in.
import type { CheckProblem } from '../messaging/problems';
import type { FillRequest, FillResult } from '../messaging/protocol';

export const FILL_COMMAND = 'fill-page';

export interface ShortcutDeps {
  activeTabId(): Promise<number | undefined>;
  fill(request: FillRequest): Promise<FillResult>;
  notice(tabId: number, notice: { message: string; problems?: CheckProblem[] }): Promise<void>;
}

export async function onShortcut(command: string, deps: ShortcutDeps): Promise<FillResult | null> {
  if (command !== FILL_COMMAND) return null;
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return null;
  const result = await deps.fill({ tabId, mode: 'empty-only', acceptWarnings: false });
  // On any other page there is no panel to tell, and nothing to say.
  if (!result.ok && result.reason !== 'not-a-filing-page') {
    await deps
      .notice(tabId, { message: result.message, ...(result.problems ? { problems: result.problems } : {}) })
      .catch(() => undefined);
  }
  return result;
}
