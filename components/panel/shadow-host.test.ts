// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { mountShadowHost, PANEL_TAG } from './shadow-host';

describe('mountShadowHost', () => {
  it('keeps the panel and its CSS inside a shadow root at the end of the body, and removes both', () => {
    document.body.innerHTML = '<div id="app"></div>';
    const host = mountShadowHost(document, '.panel { color: red }');
    const el = document.body.lastElementChild as HTMLElement;
    expect(el.tagName.toLowerCase()).toBe(PANEL_TAG);
    expect(el.shadowRoot?.querySelector('style')?.textContent).toBe('.panel { color: red }');
    expect(el.shadowRoot?.contains(host.container)).toBe(true);
    // Our CSS is not in the page's DOM, where it would style the page (and the page's CSS would reach us).
    expect(document.querySelector('style')).toBeNull();
    host.remove();
    expect(document.querySelector(PANEL_TAG)).toBeNull();
  });
});
