import { ANTD } from '../../lib/platform/antd';
/** The panel's width plus its margin from the window's edge. */
export const PANEL_SPACE = 284;

/**
 * Whether the open panel fits beside the form without covering any of it. Where it does not, the panel starts
 * as a small tab the user can open, so the form's fields and buttons stay visible and clickable.
 */
export function roomBesideForm(doc: Document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  const forms = [...doc.querySelectorAll(`${ANTD.form}, form`)];
  const right = Math.max(0, ...forms.map((f) => f.getBoundingClientRect().right));
  return win.innerWidth - right >= PANEL_SPACE;
}
