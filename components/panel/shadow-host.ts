// The panel's isolated root. WXT's createShadowRootUi does the same with ~3.5 KB gzip of helpers (anchors,
// auto-mount, CSS fetch) we do not use; this content script loads on every platform page, so it stays lean.
// The root is open: the panel shows labels and counts only (see Panel.tsx), and tests read it.

export const PANEL_TAG = 'beian-autofill-panel';

export interface ShadowHost {
  container: HTMLElement;
  remove(): void;
}

/** Appends `<beian-autofill-panel>` to the body with the CSS inside its shadow root, so page styles stay out. */
export function mountShadowHost(doc: Document, css: string): ShadowHost {
  const host = doc.createElement(PANEL_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  root.append(style, container);
  doc.body.append(host);
  return { container, remove: () => host.remove() };
}
