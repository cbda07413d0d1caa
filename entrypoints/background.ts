import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { attachmentUrl } from '../components/data/attachments';
import { checkForPage } from '../components/data/rules';
import { loadSnapshot, setActiveId } from '../components/data/store';
import { createFillService, type ProfileSource } from '../lib/fill/fill-service';
import { onMessage, sendMessage } from '../lib/messaging/protocol';

const source: ProfileSource = {
  list: async () => (await loadSnapshot()).profiles,
  activeId: async () => (await loadSnapshot()).activeId,
  setActive: (id) => setActiveId(id),
  async attachment(id) {
    const url = await attachmentUrl(id);
    const match = url?.match(/^data:([^;,]+);base64,(.*)$/);
    return match?.[1] && match[2] !== undefined ? { type: match[1], dataBase64: match[2] } : null;
  },
};

export default defineBackground(() => {
  const service = createFillService({
    source,
    tabs: {
      state: (tabId) => sendMessage('content:state', undefined, tabId),
      fill: (tabId, payload) => sendMessage('content:fill', payload, tabId),
    },
    check: (profile, page, selection, today) =>
      checkForPage(profile, { page, ...selection }, today.toISOString().slice(0, 10)),
    now: () => new Date(),
    newToken: () => crypto.randomUUID(),
  });

  onMessage('bg:fill', ({ data, sender }) => service.fill(data, sender.tab?.id));
  onMessage('bg:panel-choices', () => service.choices());
  onMessage('bg:set-active', ({ data }) => service.setActive(data.profileId));
  onMessage('bg:attachment', ({ data, sender }) => service.attachment(data.token, data.id, sender.tab?.id));

  // The keyboard shortcut is a user action too: fill the active tab with the active profile.
  browser.commands.onCommand.addListener(async (command) => {
    if (command !== 'fill-page') return;
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) await service.fill({ tabId: tab.id, mode: 'empty-only', acceptWarnings: false });
  });
});
