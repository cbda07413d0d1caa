// The background's side of profile data for the popup and the editor: names and profile actions (bg:profiles,
// bg:profile), the taught fields (bg:links) and the editor's commands (bg:editor). Only the extension's own pages
// may ask (never a content script, the panel frame or another extension), and every command runs in one queue,
// so no write races a lock transition or another window's command. 立即加锁 alone does not wait its turn.
import { createCommandQueue } from '../store/command-queue';
import { createEditorCommands } from '../store/editor-commands';
import type { LinkCommands } from '../store/link-commands';
import type { LockableStore } from '../store/lock';
import { createProfileCommands } from '../store/profile-commands';
import { createStagedImages } from '../store/staged-images';
import { onEditorMessage } from './editor-protocol';
import { onMessage } from './protocol';
import { classifySender, refusedMessage, type Self, type SenderLike } from './senders';

export function registerStoreHandlers({
  store,
  self,
  links,
}: {
  store: LockableStore;
  self: Self;
  links: LinkCommands;
}) {
  const serial = createCommandQueue();
  const staged = createStagedImages();
  const profiles = createProfileCommands(store);
  const editor = createEditorCommands({
    store,
    staged,
    async mergeLinks(list) {
      const r = await links.run({ op: 'merge', links: [...list] });
      if (!r.ok) throw new Error(r.message);
    },
  });
  const ownPage = (sender: SenderLike) => classifySender(sender, self).kind === 'page';

  const stops = [
    onMessage('bg:profiles', ({ sender }) => {
      if (!ownPage(sender)) throw new Error(refusedMessage());
      return serial(() => profiles.view());
    }),
    onMessage('bg:profile', ({ data, sender }) => {
      if (!ownPage(sender)) return { ok: false, message: refusedMessage() };
      if (data?.op !== 'lock-now') return serial(() => profiles.run(data));
      // At once: 立即加锁 must not wait behind a long import. What is staged goes with the key.
      staged.clear();
      return profiles.run(data);
    }),
    onMessage('bg:links', ({ data, sender }) =>
      ownPage(sender) ? serial(() => links.run(data)) : { ok: false, message: refusedMessage() },
    ),
    onEditorMessage('bg:editor', ({ data, sender }) => {
      if (!ownPage(sender)) return { ok: false, message: refusedMessage() };
      // Staging holds bytes in memory only and writes nothing: it need not wait for a long command to finish.
      return data?.op === 'stage' ? editor.run(data) : serial(() => editor.run(data));
    }),
  ];
  return {
    serial,
    /** Removes the handlers (tests: each starts a fresh background). */
    stop: () => {
      for (const stop of stops) stop();
    },
  };
}
