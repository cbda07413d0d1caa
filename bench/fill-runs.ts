// One timed fill of one form, by the extension (user click → the page's last field landed) or by a Playwright
// script. The extension is driven only through the e2e helpers (tests/e2e/extension-fill.ts), so the figures do
// not depend on where the panel lives; the end of a fill is read from the replica, not from the panel.
import type { BrowserContext, Frame, Page } from '@playwright/test';
import type { Profile } from '../lib/profile/schema';
import { fillFromPanel, listedFailures, openWithProfiles } from '../tests/e2e/extension-fill';
import {
  chooseWebsiteSubjectByHand,
  fillAppByHand,
  fillSubjectByHand,
  fillWebsiteStep2ByHand,
  fillWebsiteStep3ByHand,
  hideExtensionPanel,
} from '../tests/e2e/manual-fill';
import { PLATFORM_ORIGIN } from '../tests/e2e/platform-routes';
import { type CpuSplit, cpuSplit } from './cpu-split';
import { HAND_APP, HAND_PEOPLE, HAND_SITE, HAND_SUBJECT, SUBJECT_NAME } from './data';
import { criticalPathMs, type PageWait } from './page-wait';

export type Form = 'subject' | 'website-1' | 'website-2' | 'website-3' | 'app';
const PATH: Record<Form, string> = {
  subject: '/web/subject/add',
  'website-1': '/web/website/add',
  'website-2': '/web/website/add',
  'website-3': '/web/website/add',
  app: '/web/app/add',
};
const STEP: Partial<Record<Form, number>> = { 'website-1': 1, 'website-2': 2, 'website-3': 3 };
const HEADING: Record<number, string> = { 2: '网站信息', 3: '网站安全负责人' };

export type ExtPage = (name: string) => Promise<Page>;

export interface ExtensionRun {
  /** From the user's click on 一键填充 (its event time) to the last change of the page's model or files. */
  ms: number;
  /** From the same click to the first change: what the user sees first. */
  firstMs: number;
  /** The page's unavoidable wait within this fill (see page-wait.ts). */
  pageWait: number;
  /** Where the tab's main thread spent the fill (ms), when it was profiled. */
  cpu?: CpuSplit;
}

type Replica = { __replica: { waits(): PageWait[]; changeTimes(): number[] } };
const now = (page: Page) => page.evaluate(() => performance.now());

// Source text, not functions: tsx would add helpers the pages do not have.
const RECORD_CLICK =
  "document.addEventListener('click', (e) => { window.__benchClickAt = performance.timeOrigin + e.timeStamp }, { capture: true, once: true })";

/**
 * Fills the open page from the panel and times it from the replica's own records, from the moment of the click
 * itself (Playwright's checks before it clicks are not the extension's time). With `profile`, the tab's main
 * thread is sampled during the fill.
 */
export async function timedFill(page: Page, panel: Frame, { profile = false } = {}): Promise<ExtensionRun> {
  await panel.getByRole('button', { name: '一键填充' }).waitFor();
  await panel.evaluate(RECORD_CLICK);
  const cdp = profile ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  const before = await now(page);
  await fillFromPanel(panel);
  const cpu = cdp ? cpuSplit((await cdp.send('Profiler.stop')).profile) : undefined;
  await cdp?.detach();
  const clickAt = Number(await panel.evaluate('window.__benchClickAt'));
  const t0 = clickAt - Number(await page.evaluate('performance.timeOrigin'));
  if (!(t0 >= before)) throw new Error('the click on 一键填充 was not seen');
  const failures = await listedFailures(panel);
  // A fast fill that failed would look like a win: the figure counts only a fill that left nothing failed.
  if (failures.length > 0) throw new Error(`the fill reported failures: ${failures.join('; ')}`);
  const { waits, changes } = await page.evaluate(() => {
    const api = (window as unknown as Replica).__replica;
    return { waits: api.waits(), changes: api.changeTimes() };
  });
  const during = changes.filter((t) => t >= t0);
  const last = during[during.length - 1];
  if (last === undefined) throw new Error('the fill changed nothing on the page');
  return {
    ms: last - t0,
    firstMs: (during[0] as number) - t0,
    pageWait: criticalPathMs(waits.filter((w) => w.start >= t0)),
    ...(cpu ? { cpu } : {}),
  };
}

/** Opens the form (earlier wizard steps filled by the extension too) with the given profiles in the store. */
export async function openForm(
  context: BrowserContext,
  extPage: ExtPage,
  form: Form,
  profiles: Profile[],
  variant = '',
): Promise<{ page: Page; panel: Frame }> {
  const query = variant ? `?variant=${variant}` : '';
  const opened = await openWithProfiles(context, extPage, `${PATH[form]}${query}`, profiles);
  const step = STEP[form] ?? 0;
  for (let s = 2; s <= step; s++) {
    await fillFromPanel(opened.panel);
    await opened.page.getByRole('button', { name: '下一步' }).click();
    await opened.page.locator('.section-title-text', { hasText: HEADING[s] }).first().waitFor();
    await opened.panel
      .getByTestId('page-label')
      .filter({ hasText: `第${s}步` })
      .waitFor();
  }
  return opened;
}

export async function timeExtension(
  context: BrowserContext,
  extPage: ExtPage,
  form: Form,
  profiles: Profile[],
  variant = '',
  { profile = false } = {},
): Promise<ExtensionRun> {
  const { page, panel } = await openForm(context, extPage, form, profiles, variant);
  try {
    return await timedFill(page, panel, { profile });
  } finally {
    await page.close();
  }
}

const BY_HAND: Record<Form, (page: Page) => Promise<void>> = {
  subject: (page) => fillSubjectByHand(page, HAND_SUBJECT),
  'website-1': (page) => chooseWebsiteSubjectByHand(page, SUBJECT_NAME),
  'website-2': (page) => fillWebsiteStep2ByHand(page, HAND_SITE),
  'website-3': (page) => fillWebsiteStep3ByHand(page, HAND_PEOPLE),
  app: (page) => fillAppByHand(page, HAND_APP),
};

export async function timePlaywright(context: BrowserContext, form: Form): Promise<number> {
  const page = await context.newPage();
  try {
    await hideExtensionPanel(page);
    await page.goto(`${PLATFORM_ORIGIN}${PATH[form]}`);
    const step = STEP[form] ?? 0;
    const order: Form[] = ['website-1', 'website-2'];
    for (let s = 2; s <= step; s++) {
      await BY_HAND[order[s - 2] as Form](page);
      await page.getByRole('button', { name: '下一步' }).click();
      await page.locator('.section-title-text', { hasText: HEADING[s] }).first().waitFor();
    }
    const started = performance.now();
    await BY_HAND[form](page);
    return performance.now() - started;
  } finally {
    await page.close();
  }
}
