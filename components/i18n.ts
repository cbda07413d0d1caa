// The extension's pages, background and content script read their text from the browser's i18n, which follows
// the browser's UI language (zh_CN by default, en for an English browser). Import this once per entry point.
import { browser } from 'wxt/browser';
import { addMessageSource } from '../lib/i18n';

// Typed by our own keys (lib/i18n), not by WXT's generated list, which lags until `wxt prepare`.
type GetMessage = (key: string, subs: string[]) => string;

addMessageSource((key, subs) => {
  try {
    return (browser.i18n?.getMessage as GetMessage | undefined)?.(key, subs) ?? '';
  } catch {
    // No i18n API (unit tests): the next source, the zh_CN file.
    return '';
  }
}, true);

export { type MessageKey, t } from '../lib/i18n';
