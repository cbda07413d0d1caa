import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
// Refusals and report text in the browser's UI language.
import { t } from '../components/i18n';
import { bytesToBase64 } from '../lib/encoding/base64';
import { createFillService } from '../lib/fill/fill-service';
import { onShortcut } from '../lib/fill/shortcut';
import { registerCaptureHandlers } from '../lib/messaging/capture-handlers';
import { registerEditorHandlers } from '../lib/messaging/editor-handlers';
import { relayPanelPort } from '../lib/messaging/panel-port';
import { redactProblems } from '../lib/messaging/problems';
import { type FillRequest, type FillResult, onMessage, sendMessage } from '../lib/messaging/protocol';
import { classifySender, refusedFill, refusedMessage } from '../lib/messaging/senders';
import { registerStoreHandlers } from '../lib/messaging/store-handlers';
import { createTabChoices } from '../lib/messaging/tab-choices';
import { checkRegionAgainstDivisions } from '../lib/regions/divisions';
import { localToday } from '../lib/rules/day';
import { inUiLanguage } from '../lib/rules/problem';
import { checkReadiness } from '../lib/rules/readiness';
import { createFieldLinkStore } from '../lib/store/field-links';
import { createKeyHolder, watchIdle } from '../lib/store/key-holder';
import { createLinkCommands } from '../lib/store/link-commands';
import { createLockableStore } from '../lib/store/lock';

export default defineBackground(() => {
  // With the passphrase lock on and no key held, every read throws LockedError ('资料已加锁，请先解锁'), which
  // is what a fill request gets back. The key stays here and in extension pages; content scripts never see it.
  const holder = createKeyHolder();
  const store = createLockableStore(holder);
  watchIdle(store.holder);
  // Tabs are always addressed at frame 0: the content script runs there only, and the panel frame must not answer.
  const top = (tabId: number) => ({ tabId, frameId: 0 });
  const links = createLinkCommands(createFieldLinkStore());
  const service = createFillService({
    source: {
      list: () => store.list(),
      activeId: async () => (await store.getActiveId()) || null,
      locked: async () => (await store.lockState()) === 'locked',
      async attachment(id) {
        const image = await store.getAttachment(id);
        return image ? { type: image.type, dataBase64: bytesToBase64(image.bytes) } : null;
      },
    },
    tabs: {
      state: (tabId) => sendMessage('content:state', undefined, top(tabId)),
      fill: (tabId, payload) => sendMessage('content:fill', payload, top(tabId)),
    },
    check: (profile, page, selection, today) =>
      checkReadiness(profile, page, selection, localToday(today), {
        checkRegion: checkRegionAgainstDivisions,
      }).map(inUiLanguage),
    now: () => new Date(),
    newToken: () => crypto.randomUUID(),
    links: (page) => links.forPage(page),
  });
  const tabChoices = createTabChoices();
  browser.tabs.onRemoved.addListener((tabId) => void tabChoices.forget(tabId));
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  browser.runtime.onConnect.addListener((port) => {
    const from = classifySender(port.sender ?? {}, self);
    const connect = (tabId: number, name: string) => browser.tabs.connect(tabId, { frameId: 0, name });
    relayPanelPort(port, from.kind === 'panel' ? from.tabId : null, connect);
  });
  registerCaptureHandlers(self);
  // Profile names and actions, the taught fields and the editor's reads and writes: extension pages only, one queue.
  const { serial } = registerStoreHandlers({ store, self, links });
  registerEditorHandlers(self);

  /** Why a click in the panel does not count (null when the tab confirms it was visible and on top there). */
  async function panelClickRefused(tabId: number, click: { x: number; y: number }, panelKey: string) {
    const verdict = await sendMessage('content:guard', { click, panelKey }, top(tabId)).catch(() => null);
    return verdict?.ok ? null : (verdict?.message ?? t('refuse_panel_unseen'));
  }

  // The in-page panel sees field names only: a rule's message can quote the value.
  const forPanel = (result: FillResult): FillResult =>
    result.ok || !result.problems ? result : { ...result, problems: redactProblems(result.problems) };

  onMessage('bg:fill', async ({ data, sender }): Promise<FillResult> => {
    const from = classifySender(sender, self);
    if (from.kind === 'page') return service.fill(data);
    if (from.kind === 'refused') return { ok: false, reason: 'refused', message: refusedFill() };
    // The panel's and the content script's tab is the sender's own; a tabId they send is ignored.
    const { tabId: _ignored, state, click, panelKey, ...rest } = data;
    if (from.kind === 'content') return forPanel(await service.fill({ ...rest, state }, from.tabId));
    if (!click || !panelKey) return { ok: false, reason: 'refused', message: refusedFill() };
    const hidden = await panelClickRefused(from.tabId, click, panelKey);
    if (hidden) return { ok: false, reason: 'hidden', message: hidden };
    const request: FillRequest = { ...rest, profileId: data.profileId || (await tabChoices.get(from.tabId)) };
    return forPanel(await service.fill({ ...request, tabId: from.tabId }));
  });
  // The user taught a field in the panel (这是…): the same click check as a fill, and only for the tab's own page.
  onMessage('bg:teach', async ({ data, sender }) => {
    const from = classifySender(sender, self);
    if (from.kind !== 'panel' || !data?.click || !data.panelKey) return { ok: false, message: refusedMessage() };
    const hidden = await panelClickRefused(from.tabId, data.click, data.panelKey);
    if (hidden) return { ok: false, message: hidden.replace(t('word_not_filled'), t('word_not_remembered')) };
    const state = await sendMessage('content:state', undefined, top(from.tabId)).catch(() => null);
    if (!state?.page || state.page !== data.link?.page)
      return { ok: false, message: t('links_not_saved', t('links_page_changed')) };
    return serial(() => links.teach(data.link));
  });
  onMessage('bg:check', ({ data, sender }) => {
    if (classifySender(sender, self).kind !== 'page') throw new Error(refusedMessage());
    return service.check(data);
  });
  // The panel's lists, for its tab. Loading them is not use: the page can make the panel load again (by switching
  // forms), and that must not keep the passphrase lock from expiring.
  onMessage('bg:panel-choices', async ({ sender }) => {
    const from = classifySender(sender, self);
    if (from.kind !== 'panel') throw new Error(refusedMessage());
    const chosen = await tabChoices.get(from.tabId);
    return holder.quietly(() => service.choices(chosen));
  });
  onMessage('bg:panel-choose', async ({ data, sender }) => {
    const from = classifySender(sender, self);
    if (from.kind !== 'panel' || typeof data?.profileId !== 'string') throw new Error(refusedMessage());
    await tabChoices.set(from.tabId, data.profileId);
  });
  onMessage('bg:open-editor', async ({ sender }) => {
    if (classifySender(sender, self).kind !== 'panel') throw new Error(refusedMessage());
    await browser.runtime.openOptionsPage();
  });
  onMessage('bg:attachment', ({ data, sender }) => {
    const from = classifySender(sender, self);
    return from.kind === 'content' ? service.attachment(data.token, data.id, from.tabId) : null;
  });

  browser.commands.onCommand.addListener((command, tab) =>
    onShortcut(command, {
      // The tab the browser names; a service worker's "current window" can be another one.
      activeTabId: async () => tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
      // The tab's own choice of profile, as its panel shows it.
      fill: async (request) =>
        service.fill({
          ...request,
          profileId: request.tabId === undefined ? undefined : await tabChoices.get(request.tabId),
        }),
      notice: (tabId, notice) =>
        sendMessage(
          'content:notice',
          { message: notice.message, ...(notice.problems ? { problems: redactProblems(notice.problems) } : {}) },
          top(tabId),
        ),
    }),
  );
});
