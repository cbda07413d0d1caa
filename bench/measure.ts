// Figures other than fill time: recognition after an SPA route change, popup first render, bundle sizes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from '@playwright/test';
import { panelOf } from '../tests/e2e/panel-frame';
import { PLATFORM_ORIGIN } from '../tests/e2e/platform-routes';

/**
 * In-page probe as source text (tsx adds helpers, __name, to compiled functions that the page does not have):
 * clicks the menu link and resolves with the wall-clock times of the click and of the page showing the new heading.
 */
const navigationProbe = (want: string) => `new Promise((resolve) => {
  const link = document.querySelector('[data-bench-target]');
  link.removeAttribute('data-bench-target');
  const started = performance.timeOrigin + performance.now();
  const heading = () => document.querySelector('h1')?.textContent?.trim();
  const observer = new MutationObserver(() => {
    if (heading() === ${JSON.stringify(want)}) {
      observer.disconnect();
      resolve([started, performance.timeOrigin + performance.now()]);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  link.click();
})`;

/** When the panel names `want`: the frame found may be the old form's one, which goes away. */
async function labelTime(page: Page, want: string): Promise<number> {
  for (;;) {
    const panel = await panelOf(page);
    try {
      await panel
        .getByTestId('page-label')
        .filter({ hasText: new RegExp(`^${want}$`) })
        .waitFor();
      return Number(await panel.evaluate('performance.timeOrigin + performance.now()'));
    } catch (error) {
      if (!panel.isDetached()) throw error;
    }
  }
}

/**
 * Milliseconds from a menu click to the panel naming the new form (`total`), and from the page showing the new
 * heading to the panel naming it (`afterRender`, the extension's own part). The panel is a frame of its own
 * (a new one per form), so its time is read there once the label shows: an upper bound by one driver round trip.
 */
export async function timeRecognition(context: BrowserContext): Promise<{ total: number[]; afterRender: number[] }> {
  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  await (await panelOf(page)).getByRole('button', { name: /^公安备案填表助手/ }).click();
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
    const [started, shown] = (await page.evaluate(navigationProbe(expected))) as [number, number];
    const labelled = await labelTime(page, expected);
    total.push(labelled - started);
    afterRender.push(labelled - shown);
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
    ['panel (its frame page)', html('panel')],
    ['options', html('options')],
  ];
  return entries
    .filter(([, files]) => files.every((f) => statSync(path.join(dir, f), { throwIfNoEntry: false })))
    .map(([entry, files]) => ({ entry, files, ...size(files) }));
}
