// Who may ask what. A content script's sender has the page's URL (and the tab); the popup and the editor have
// our own extension URL. No file of ours is web-accessible, so no page can load one in a frame to pose as us.

export interface SenderLike {
  id?: string;
  url?: string;
}

/** The popup or an editor tab of this extension (not a content script, not another extension). */
export function isOwnPage(sender: SenderLike, self: { id: string; origin: string }): boolean {
  return sender.id === self.id && Boolean(sender.url?.startsWith(self.origin));
}

export const REFUSED_MESSAGE = '只能在扩展自己的页面（弹出窗口、资料编辑器）中查看或修改资料';
