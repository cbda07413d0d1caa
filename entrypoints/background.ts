import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createFillService } from '../lib/fill/fill-service';
import { onShortcut } from '../lib/fill/shortcut';
import { onMessage, sendMessage } from '../lib/messaging/protocol';
import { isOwnPage, REFUSED_MESSAGE } from '../lib/messaging/senders';
import { checkRegionAgainstDivisions } from '../lib/regions/divisions';
import { localToday } from '../lib/rules/day';
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
      checkReadiness(profile, page, selection, localToday(today), {
        checkRegion: checkRegionAgainstDivisions,
      }),
    now: () => new Date(),
    newToken: () => crypto.randomUUID(),
  });

  onMessage('bg:fill', ({ data, sender }) => service.fill(data, sender.tab?.id));
  onMessage('bg:check', ({ data }) => service.check(data));
  onMessage('bg:panel-choices', () => service.choices());
  onMessage('bg:set-active', ({ data }) => service.setActive(data.profileId));
  // Profile names, profile actions and the lock are for the popup and the editor, never for a content script.
  const profiles = createProfileCommands(store);
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  onMessage('bg:profiles', ({ sender }) => {
    if (!isOwnPage(sender, self)) throw new Error(REFUSED_MESSAGE);
    return profiles.view();
  });
  onMessage('bg:profile', ({ data, sender }) =>
    isOwnPage(sender, self) ? profiles.run(data) : { ok: false, message: REFUSED_MESSAGE },
  );
  onMessage('bg:attachment', ({ data, sender }) => service.attachment(data.token, data.id, sender.tab?.id));

  browser.commands.onCommand.addListener((command, tab) =>
    onShortcut(command, {
      // The tab the browser names; a service worker's "current window" can be another one.
      activeTabId: async () => tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
      fill: (request) => service.fill(request),
      notice: (tabId, notice) => sendMessage('content:notice', notice, tabId),
    }),
  );
});
