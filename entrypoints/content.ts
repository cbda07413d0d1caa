import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://beian.mps.gov.cn/*'],
  allFrames: false,
  runAt: 'document_idle',
  main() {
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string })?.type === 'ping') return Promise.resolve({ ok: true, href: location.href });
      return undefined;
    });
  },
});
