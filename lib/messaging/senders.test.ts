import { describe, expect, it } from 'vitest';
import { isOwnPage } from './senders';

const self = { id: 'abc', origin: 'chrome-extension://abc/' };

describe('isOwnPage', () => {
  it('accepts the popup and the editor of this extension', () => {
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, self)).toBe(true);
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abc/options.html#x' }, self)).toBe(true);
  });

  it('refuses our content script on the platform, other extensions and senders without a URL', () => {
    expect(isOwnPage({ id: 'abc', url: 'https://beian.mps.gov.cn/web/subject/add' }, self)).toBe(false);
    expect(isOwnPage({ id: 'other', url: 'chrome-extension://abc/popup.html' }, self)).toBe(false);
    expect(isOwnPage({ id: 'abc', url: 'chrome-extension://abcd/popup.html' }, self)).toBe(false);
    expect(isOwnPage({ id: 'abc' }, self)).toBe(false);
  });
});
