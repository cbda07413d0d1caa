// An English browser for component tests: fakeBrowser's i18n answers from public/_locales/en, as Chrome does when
// its UI language is English. Call it after backgroundPerTest(): hooks run in the order they were added, and the
// background's reset would drop the i18n again.
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type MessageEntry, messagesOf } from '../../lib/i18n';

const en = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, MessageEntry>;
const getMessage = (key: string, subs: string[] = []) => messagesOf(en)(key, subs);

export function englishBrowserPerTest(): void {
  beforeEach(() => {
    Object.assign(fakeBrowser, { i18n: { getMessage } });
  });
  afterEach(() => {
    Object.assign(fakeBrowser, { i18n: undefined });
  });
}
