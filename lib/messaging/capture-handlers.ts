// The background's side of 保存到资料: a panel click the tab confirms → the tab reads its page → the capture is
// checked, its region names get their codes, and it is kept for the tab until the review in the options page.
import { browser } from 'wxt/browser';
import { buildDraft } from '../capture/draft';
import { addPage, type PageCapture, PageCaptureSchema } from '../capture/types';
import { t } from '../i18n';
import { PAGE_MAPS, stepName } from '../platform/index';
import { codesForNames } from '../regions/divisions';
import { createCaptureKeeper } from '../store/capture-session';
import { type CaptureResult, onCaptureMessage, sendCaptureMessage } from './capture-protocol';
import { sendMessage } from './protocol';
import { classifySender, refusedMessage, type Self } from './senders';

const refused = () => t('capture_refused');

/** Cascaders carry names on the page; the profile keeps GB/T 2260 codes too (null: a name the table lacks). */
function withCodes(capture: PageCapture): PageCapture {
  const map = PAGE_MAPS[capture.page];
  const fields = capture.fields.map((f) => {
    const spec = map.fields.find((s) => s.key === f.key);
    if (spec?.widget !== 'cascader' || !Array.isArray(f.value)) return f;
    return { ...f, codes: codesForNames(f.value) };
  });
  return { ...capture, fields };
}

export function registerCaptureHandlers(self: Self) {
  const keeper = createCaptureKeeper();
  const top = (tabId: number) => ({ tabId, frameId: 0 });

  /** The panel's click counts only when its tab confirms the panel was visible and on top there. */
  async function confirmed(sender: Parameters<typeof classifySender>[0], data: { click: unknown; panelKey: unknown }) {
    const from = classifySender(sender, self);
    if (from.kind !== 'panel' || typeof data?.panelKey !== 'string') return { ok: false as const, message: refused() };
    const click = data.click as { x: number; y: number };
    if (!Number.isFinite(click?.x) || !Number.isFinite(click?.y)) return { ok: false as const, message: refused() };
    const verdict = await sendMessage('content:guard', { click, panelKey: data.panelKey }, top(from.tabId)).catch(
      () => null,
    );
    if (!verdict?.ok) {
      const why = verdict?.message ?? t('capture_panel_unseen');
      return { ok: false as const, message: why.replace(t('word_not_filled'), t('word_not_read')) };
    }
    return { ok: true as const, tabId: from.tabId };
  }

  onCaptureMessage('bg:capture', async ({ data, sender }): Promise<CaptureResult> => {
    const guard = await confirmed(sender, data);
    if (!guard.ok) return guard;
    const raw = await sendCaptureMessage('content:capture', undefined, top(guard.tabId)).catch(() => null);
    if (!raw) return { ok: false, message: t('capture_nothing') };
    const parsed = PageCaptureSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, message: t('capture_malformed') };
    const page = withCodes(parsed.data as PageCapture);
    const tab = await browser.tabs.get(guard.tabId).catch(() => null);
    const held = addPage(await keeper.get(guard.tabId), page, tab?.title ?? '');
    await keeper.put(guard.tabId, held);
    return {
      ok: true,
      form: page.form,
      count: page.fields.length,
      skipped: page.skipped,
      missingSteps: buildDraft(held).missingSteps,
    };
  });

  onCaptureMessage('bg:capture-review', async ({ data, sender }) => {
    const guard = await confirmed(sender, data);
    if (!guard.ok) return guard;
    if (!(await keeper.get(guard.tabId))) return { ok: false, message: t('capture_not_yet') };
    await browser.tabs.create({ url: browser.runtime.getURL(`/options.html#review=${guard.tabId}`) });
    return { ok: true };
  });

  const ownPage = (sender: Parameters<typeof classifySender>[0]) => {
    if (classifySender(sender, self).kind !== 'page') throw new Error(refusedMessage());
  };
  onCaptureMessage('bg:capture-list', async ({ sender }) => {
    ownPage(sender);
    return (await keeper.all()).map(([tabId, c]) => ({
      tabId,
      form: c.form,
      title: c.title,
      pages: c.pages.map((p) => {
        const step = Number(p.page.split('-')[1]);
        return step ? stepName('website', step) : p.page;
      }),
      capturedAt:
        c.pages
          .map((p) => p.capturedAt)
          .sort()
          .at(-1) ?? '',
    }));
  });
  onCaptureMessage('bg:capture-get', async ({ data, sender }) => {
    ownPage(sender);
    return keeper.get(Number(data?.tabId));
  });
  onCaptureMessage('bg:capture-forget', async ({ data, sender }) => {
    ownPage(sender);
    await keeper.forget(Number(data?.tabId));
  });
}
