// Who may ask what. A content script's sender has the page's URL, its tab and frame; the popup and the editor have
// our own extension URL; the in-page panel is our own page too, but it lives in a frame inside a platform tab.
// The panel's file is web-accessible to the platform origin only (its URL, with Chrome's per-session id, is kept in
// a closed shadow root), so a page can frame it, but the background still knows it by its frame and tab.
import { t } from '../i18n';

export interface SenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export interface Self {
  id: string;
  origin: string;
}

export const PLATFORM_ORIGIN = 'https://beian.mps.gov.cn';
/** The panel page's path inside the extension (WXT names the entry point `panel`). */
export const PANEL_PATH = '/panel.html';

export type SenderKind =
  | { kind: 'page' }
  | { kind: 'panel'; tabId: number; frameId: number }
  | { kind: 'content'; tabId: number }
  | { kind: 'refused' };

const ownUrl = (sender: SenderLike, self: Self) =>
  sender.id === self.id && Boolean(sender.url?.startsWith(self.origin));

/** The popup or an editor tab of this extension (not a content script, not the in-page panel, not another extension). */
export function isOwnPage(sender: SenderLike, self: Self): boolean {
  return classifySender(sender, self).kind === 'page';
}

/**
 * What a message's sender is. Our panel frame (our URL, in a tab, not the top frame); our other pages; our content
 * script in the top frame of a platform page; anything else (another extension, a subframe) is refused.
 */
export function classifySender(sender: SenderLike, self: Self): SenderKind {
  if (ownUrl(sender, self)) {
    const path = new URL(sender.url as string).pathname;
    const tabId = sender.tab?.id;
    if (path === PANEL_PATH) {
      return tabId !== undefined && sender.frameId !== undefined && sender.frameId !== 0
        ? { kind: 'panel', tabId, frameId: sender.frameId }
        : { kind: 'refused' };
    }
    return { kind: 'page' };
  }
  if (sender.id !== self.id || sender.frameId !== 0 || sender.tab?.id === undefined) return { kind: 'refused' };
  const origin = sender.origin ?? originOf(sender.url);
  return origin === PLATFORM_ORIGIN ? { kind: 'content', tabId: sender.tab.id } : { kind: 'refused' };
}

function originOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}

export const refusedMessage = () => t('refuse_not_extension_page');
export const refusedFill = () => t('refuse_fill_sender');
