// How cost grows: a website with 1, 20, 50 从域名 and IP rows; an APP with 6 screenshots of 5 MB; a store of 1, 50
// and 200 profiles with images, passphrase lock off and on. Fills run on the zero-delay replica (own cost only).
import type { BrowserContext, Frame, Page } from '@playwright/test';
import type { Profile } from '../lib/profile/schema';
import { openPanel, openWithProfiles, panelOf } from '../tests/e2e/extension-fill';
import { imagesOf, TINY_PNG_BASE64 } from '../tests/e2e/seed';
import { benchProfile } from './data';
import { type ExtPage, openForm, timedFill, timeExtension } from './fill-runs';

export interface ScaleRow {
  case: string;
  measure: string;
  ms: number;
}

const PASS = 'Bench-口令-2026!';
const SHOT = 5_000_000;

export function withRows(n: number): Profile {
  const profile = benchProfile();
  const site = profile.websites[0];
  if (!site) throw new Error('bench profile lost its website');
  site.otherDomains = Array.from({ length: n }, (_, i) => `s${i + 1}.mingli-law.cn`);
  site.ips = Array.from({ length: n }, (_, i) => `47.98.${10 + Math.floor(i / 200)}.${(i % 200) + 21}`);
  return profile;
}

/** n copies of the bench profile, each with its own images. */
export function manyProfiles(n: number): Profile[] {
  return Array.from({ length: n }, (_, i) => {
    const p = structuredClone(benchProfile());
    p.id = `bench-${i}`;
    p.displayName = `基准测试资料 ${i + 1}`;
    for (const ref of imagesOf(p)) ref.id = `${p.id}-${ref.id}`;
    return p;
  });
}

/** The bench profile whose six screenshots are 5 MB each. */
function bigShotsProfile(): Profile {
  const profile = benchProfile();
  for (const shot of profile.apps[0]?.screenshots ?? []) shot.size = SHOT;
  return profile;
}

/** 5 MB screenshots: a PNG padded after its end (the page only checks type and size). */
async function seedBigShots(extPage: ExtPage): Promise<void> {
  const ids = (bigShotsProfile().apps[0]?.screenshots ?? []).map((s) => s.id);
  const options = await extPage('options.html');
  await options.evaluate(
    async ({ ids, png, size }) => {
      const head = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
      const bytes = new Uint8Array(size);
      bytes.set(head);
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      const data = btoa(text);
      const items: Record<string, unknown> = {};
      for (const id of ids) items[`attachment:${id}`] = { type: 'image/png', data };
      await chrome.storage.local.set(items);
    },
    { ids, png: TINY_PNG_BASE64, size: SHOT },
  );
  await options.close();
}

async function lockOn(extPage: ExtPage) {
  const options = await extPage('options.html');
  const lock = options.getByRole('region', { name: /口令保护/ });
  await lock.locator('summary').first().click(); // folded until opened
  await lock.getByLabel('口令', { exact: true }).fill(PASS);
  await lock.getByLabel('再次输入口令').fill(PASS);
  await lock.getByRole('button', { name: '开启口令保护' }).click();
  await lock.getByText('已开启，已解锁').waitFor({ timeout: 180_000 });
  await options.close();
}

/** Navigation start to the popup's profile picker, as performance.now() in the popup. */
async function popupRender(context: BrowserContext, extensionId: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`, { waitUntil: 'commit' });
  await page.getByLabel('当前资料').waitFor({ timeout: 60_000 });
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

/**
 * Reload of a platform page to the panel listing every profile (includes the page's own load). The reload makes a
 * new panel frame: the one returned is the frame to go on with.
 */
async function panelChoices(page: Page, count: number): Promise<{ ms: number; panel: Frame }> {
  const started = performance.now();
  await page.reload({ waitUntil: 'commit' });
  const panel = await panelOf(page);
  // A big store on a busy machine may take longer than openPanel's own wait for the panel to appear.
  await panel.getByRole('button').first().waitFor({ timeout: 60_000 });
  await openPanel(panel);
  await panel
    .getByRole('combobox', { name: '资料' })
    .locator('option')
    .nth(count - 1)
    .waitFor({ state: 'attached', timeout: 60_000 });
  return { ms: performance.now() - started, panel };
}

type Attempt = <T>(what: string, run: () => Promise<T>, timeoutMs?: number) => Promise<T | null>;
export interface Browser {
  context: BrowserContext;
  extPage: ExtPage;
  extensionId: string;
}

/** Store sizes, each in a fresh browser (clean storage): lock off, then on. */
async function storeRows(launch: () => Promise<Browser>, attempt: Attempt, add: Add) {
  for (const n of [1, 50, 200]) {
    await attempt(
      `scale: store of ${n}`,
      async () => {
        const { context, extPage, extensionId } = await launch();
        try {
          const { page } = await openWithProfiles(
            context,
            extPage,
            '/web/subject/add?variant=no-delay',
            manyProfiles(n),
          );
          for (const locked of [false, true]) {
            const label = `${n} 份资料，口令${locked ? '开' : '关'}`;
            if (locked) await lockOn(extPage);
            add(label, 'popup first render', await popupRender(context, extensionId));
            const choices = await panelChoices(page, n);
            add(label, 'panel choices (page reload → listed)', choices.ms);
            add(label, 'click → first field', (await timedFill(page, choices.panel)).firstMs);
          }
        } finally {
          await context.close();
        }
        // Seeding, then sealing every profile and image when the lock goes on: minutes for 200 on a busy machine.
      },
      600_000,
    );
  }
}

type Add = (c: string, measure: string, ms: number | null | undefined) => void;

export async function measureScale(
  { context, extPage }: Browser,
  launch: () => Promise<Browser>,
  attempt: Attempt,
  rows: ScaleRow[],
): Promise<void> {
  const add: Add = (c, measure, ms) => {
    if (ms !== null && ms !== undefined) rows.push({ case: c, measure, ms: Math.round(ms) });
  };
  for (const n of [1, 20, 50]) {
    const run = await attempt(`scale: website ${n} rows`, () =>
      timeExtension(context, extPage, 'website-2', [withRows(n)], 'no-delay'),
    );
    add(`网站 ${n} 从域名 + ${n} IP`, 'fill step 2, own cost', run?.ms);
  }
  const big = await attempt('scale: APP 6 × 5 MB', async () => {
    const { page, panel } = await openForm(context, extPage, 'app', [bigShotsProfile()], 'no-delay');
    // openWithProfiles seeded small images; the big ones go in before the fill.
    await seedBigShots(extPage);
    try {
      return await timedFill(page, panel);
    } finally {
      await page.close();
    }
  });
  add('APP 6 张 5 MB 截图', 'fill, own cost', big?.ms);
  await storeRows(launch, attempt, add);
}
