import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createFillService } from '../lib/fill/fill-service';
import { onShortcut } from '../lib/fill/shortcut';
import { onMessage, sendMessage } from '../lib/messaging/protocol';
import { checkRegionAgainstDivisions } from '../lib/regions/divisions';
import { checkReadiness } from '../lib/rules/readiness';
import { bytesToBase64 } from '../lib/store/base64';
import { createKeyHolder, watchIdle } from '../lib/store/key-holder';
import { createLockableStore } from '../lib/store/lock';
import { createProfileCommands } from '../lib/store/profile-commands';

export default defineBackground(() => {
  // With the passphrase lock on and no key held, every read throws LockedError ('资料已加锁，请先解锁'), which
  // is what a fill request gets back. The key stays here and in extension pages; content scripts never see it.
  const store = createLockableStore(createKeyHolder());
  watchIdle(store.holder);
  const service = createFillService({
    source: {
      list: () => store.list(),
      activeId: async () => (await store.getActiveId()) || null,
      setActive: (id) => store.setActiveId(id),
      async attachment(id) {
        const image = await store.getAttachment(id);
        return image ? { type: image.type, dataBase64: bytesToBase64(image.bytes) } : null;
      },
    },
    tabs: {
      state: (tabId) => sendMessage('content:state', undefined, tabId),
      fill: (tabId, payload) => sendMessage('content:fill', payload, tabId),
    },
    check: (profile, page, selection, today) =>
      checkReadiness(profile, page, selection, today.toISOString().slice(0, 10), {
        checkRegion: checkRegionAgainstDivisions,
      }),
    now: () => new Date(),
    newToken: () => crypto.randomUUID(),
  });

  onMessage('bg:fill', ({ data, sender }) => service.fill(data, sender.tab?.id));
  onMessage('bg:check', ({ data }) => service.check(data));
  onMessage('bg:panel-choices', () => service.choices());
  onMessage('bg:set-active', ({ data }) => service.setActive(data.profileId));
  // Profile names and actions are for the popup and editor, never for a content script (a tab's sender).
  const profiles = createProfileCommands(store);
  const fromOwnPage = (sender: { url?: string }) => Boolean(sender.url?.startsWith(browser.runtime.getURL('/')));
  onMessage('bg:profiles', ({ sender }) => {
    if (!fromOwnPage(sender)) throw new Error('refused');
    return profiles.view();
  });
  onMessage('bg:profile', ({ data, sender }) =>
    fromOwnPage(sender) ? profiles.run(data) : { ok: false, message: '只能在扩展自己的页面中修改资料' },
  );
  onMessage('bg:attachment', ({ data, sender }) => service.attachment(data.token, data.id, sender.tab?.id));

  browser.commands.onCommand.addListener((command) =>
    onShortcut(command, {
      activeTabId: async () => (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id,
      fill: (request) => service.fill(request),
      notice: (tabId, notice) => sendMessage('content:notice', notice, tabId),
    }),
  );
});
