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
    // Page styles and queries on the document do not reach into the panel.
    expect(document.querySelector('style')).toBeNull();
    host.remove();
    expect(document.querySelector(PANEL_TAG)).toBeNull();
  });
});
