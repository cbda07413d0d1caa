// The background's side of "this problem → its field in the editor": the popup and the panel (a frame in a web
// page has no tabs API in Firefox) ask; the editor tab already open is focused and told by its hash, else one opens.
import { browser } from 'wxt/browser';
import { fieldHash, isFieldTarget } from './editor-link';
import { onEditorMessage } from './editor-protocol';
import { classifySender, refusedMessage, type Self } from './senders';

export function registerEditorHandlers(self: Self) {
  onEditorMessage('bg:open-field', async ({ data, sender }) => {
    const kind = classifySender(sender, self).kind;
    if ((kind !== 'panel' && kind !== 'page') || !isFieldTarget(data)) throw new Error(refusedMessage());
    const base = browser.runtime.getURL('/options.html');
    const url = `${base}${fieldHash(data)}`;
    // Our own pages' addresses are ours to see without the tabs permission.
    const open = (await browser.tabs.query({})).find((t) => t.url?.startsWith(base) && !t.url.includes('#review'));
    if (open?.id === undefined) {
      await browser.tabs.create({ url });
      return;
    }
    // Only the hash changes: the page stays, and its hashchange does the rest.
    await browser.tabs.update(open.id, { url, active: true });
    if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
  });
}
