// Figures other than fill time: recognition after an SPA route change, popup first render, bundle sizes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from '@playwright/test';
import { PLATFORM_ORIGIN } from '../tests/e2e/platform-routes';

/** In-page probe as source text: tsx adds helpers (__name) to compiled functions that the page does not have. */
const recognitionProbe = (want: string) => `new Promise((resolve) => {
  const root = document.querySelector('beian-autofill-panel')?.shadowRoot;
  const link = document.querySelector('[data-bench-target]');
  link.removeAttribute('data-bench-target');
  const started = performance.now();
  let shown = 0;
  const heading = () => document.querySelector('h1')?.textContent?.trim();
  const pageObserver = new MutationObserver(() => {
    if (!shown && heading() === ${JSON.stringify(want)}) shown = performance.now();
  });
  pageObserver.observe(document.body, { subtree: true, childList: true, characterData: true });
  const observer = new MutationObserver(() => {
    if ((root?.querySelector('[data-testid="page-label"]')?.textContent ?? '') === ${JSON.stringify(want)}) {
      observer.disconnect();
      pageObserver.disconnect();
      const now = performance.now();
      resolve([now - started, now - (shown || now)]);
    }
  });
  if (root) observer.observe(root, { subtree: true, childList: true, characterData: true });
  link.click();
})`;

/**
 * Measured inside the page: milliseconds from a menu click to the panel naming the new form (`total`), and from
 * the page showing the new heading to the panel naming it (`afterRender`, the extension's own part).
 */
export async function timeRecognition(context: BrowserContext): Promise<{ total: number[]; afterRender: number[] }> {
  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  await page
    .locator('beian-autofill-panel')
    .getByRole('button', { name: /^备案助手/ })
    .click();
  const total: number[] = [];
  const afterRender: number[] = [];
  const targets = [
    ['APP业务', '新增APP', '新增APP'],
    ['开办主体管理', '新增主体', '新增主体'],
  ] as const;
  for (let i = 0; i < 6; i++) {
    const [group, entry, expected] = targets[i % 2] as (typeof targets)[number];
    const menu = page.locator('.side-menu');
    const link = menu.getByRole('menuitem', { name: entry, exact: true });
    if (!(await link.isVisible())) await menu.getByText(group, { exact: true }).click();
    await link.evaluate((el) => el.setAttribute('data-bench-target', ''));
    const [all, own] = (await page.evaluate(recognitionProbe(expected))) as [number, number];
    total.push(all);
    afterRender.push(own);
  }
  await page.close();
  return { total, afterRender };
}

/** Milliseconds from navigation start until the popup shows its profile picker. */
export async function timePopup(context: BrowserContext, extensionId: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('select, [role="status"], h1'), undefined, {
      polling: 'raf',
    });
    times.push(await page.evaluate(() => performance.now()));
    await page.close();
  }
  return times;
}

export interface BundleSize {
  entry: string;
  files: string[];
  raw: number;
  gzip: number;
}

/** An HTML entry's own script, CSS and preloaded chunks; a script entry's file and its CSS. */
export function bundleSizes(dir: string): BundleSize[] {
  const size = (files: string[]) => {
    const bytes = files.map((f) => readFileSync(path.join(dir, f)));
    return {
      raw: bytes.reduce((n, b) => n + b.length, 0),
      gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0),
    };
  };
  const html = (name: string) => {
    const text = readFileSync(path.join(dir, `${name}.html`), 'utf8');
    const refs = [...text.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
    return [...new Set(refs)];
  };
  const cssOf = (sub: string) =>
    readdirSync(path.join(dir, sub))
      .filter((f) => f.endsWith('.css'))
      .map((f) => path.join(sub, f));
  const entries: [string, string[]][] = [
    ['content script', ['content-scripts/content.js', ...cssOf('content-scripts')]],
    ['background', ['background.js']],
    ['popup', html('popup')],
    ['options', html('options')],
  ];
  return entries
    .filter(([, files]) => files.every((f) => statSync(path.join(dir, f), { throwIfNoEntry: false })))
    .map(([entry, files]) => ({ entry, files, ...size(files) }));
}
