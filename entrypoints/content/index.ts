import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
// Fill reasons in the browser's UI language.
import { t } from '../../components/i18n';
import { createPanel } from '../../components/panel/controller';
import type { DriverContext } from '../../lib/dom/drivers';
import { imageFile } from '../../lib/dom/image-file';
import { createPageSession } from '../../lib/dom/page-session';
import { readPageValues } from '../../lib/dom/read-values';
import { FillError } from '../../lib/dom/wait';
import { onCaptureMessage } from '../../lib/messaging/capture-protocol';
import { onMessage, sendMessage } from '../../lib/messaging/protocol';

export default defineContentScript({
  matches: ['https://beian.mps.gov.cn/*'],
  allFrames: false,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  main(ctx) {
    // The panel's UI is an extension page in a frame (entrypoints/panel); this script only places it and serves it.
    const panel = createPanel(ctx, browser.runtime);
    const session = createPageSession(document, (view) => panel.update(view));
    const driverContext = (token: string): DriverContext => ({
      doc: document,
      timeoutMs: 8000,
      async loadImage(ref) {
        const image = await sendMessage('bg:attachment', { token, id: ref.id });
        if (!image) throw new FillError(t('driver_image_unavailable', ref.name));
        return imageFile(ref, image.dataBase64);
      },
    });
    panel.bind(session, driverContext);

    // Only extension contexts can send these (no externally_connectable, and the page has no runtime).
    onMessage('content:state', () => session.view().state);
    onMessage('content:fill', ({ data }) => session.fill(data, driverContext(data.token)));
    onMessage('content:undo', async () => {
      await session.undo(driverContext(''));
      return session.view().report;
    });
    onMessage('content:missing', () => session.view().missing);
    onMessage('content:notice', ({ data }) => panel.notice(data.message, data.problems ?? []));
    onMessage('content:guard', ({ data }) => panel.guard(data.click, data.panelKey));
    // 保存到资料: what the page shows goes to the background only; nothing is written into the page.
    onCaptureMessage('content:capture', () => (session.view().busy ? null : readPageValues(document)));
    // Health check for the extension's own pages and tests; answers nothing about the profile.
    // sendResponse, not a returned Promise: this script runs on the browser's own API, without the polyfill.
    browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
      if ((message as { type?: string })?.type === 'ping') sendResponse({ ok: true, href: location.href });
      return undefined;
    });
    ctx.onInvalidated(() => session.dispose());
  },
});
