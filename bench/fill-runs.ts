// One timed fill of one form, by the extension (user click → finished report) or by a Playwright script.
import type { BrowserContext, Page } from '@playwright/test';
import {
  chooseWebsiteSubjectByHand,
  fillAppByHand,
  fillSubjectByHand,
  fillWebsiteStep2ByHand,
  fillWebsiteStep3ByHand,
  hideExtensionPanel,
} from '../tests/e2e/manual-fill';
import { panelOf } from '../tests/e2e/panel-frame';
import { PLATFORM_ORIGIN } from '../tests/e2e/platform-routes';
import { HAND_APP, HAND_PEOPLE, HAND_SITE, HAND_SUBJECT, SUBJECT_NAME } from './data';

export type Form = 'subject' | 'website-1' | 'website-2' | 'website-3' | 'app';
const PATH: Record<Form, string> = {
  subject: '/web/subject/add',
  'website-1': '/web/website/add',
  'website-2': '/web/website/add',
  'website-3': '/web/website/add',
  app: '/web/app/add',
};
const STEP: Partial<Record<Form, number>> = { 'website-1': 1, 'website-2': 2, 'website-3': 3 };

/**
 * Installed in the panel's frame before the click (as source text: tsx's helpers do not exist there): resolves
 * with the milliseconds from the click event to the panel's status saying 已填充 — the user's action to the
 * finished report, without the test driver's own latency. `void`: evaluate must not wait for the promise.
 */
const FILL_PROBE = `void (window.__benchFill = new Promise((resolve) => {
  let clickAt = 0;
  document.addEventListener('click', (e) => { clickAt = clickAt || e.timeStamp; }, { capture: true });
  const root = document.body;
  const observer = new MutationObserver(() => {
    const text = root.querySelector('[role="status"]')?.textContent ?? '';
    if (clickAt && text.startsWith('已填充')) {
      observer.disconnect();
      resolve(performance.now() - clickAt);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
}))`;

async function extensionFill(page: Page): Promise<number> {
  const panel = await panelOf(page);
  const button = panel.getByRole('button', { name: '一键填充' });
  await button.waitFor();
  // A click counts once the panel says it is visible and steady (see components/panel/frame-guard.ts).
  await panel.locator('section.panel[data-ready="true"]').waitFor();
  await panel.evaluate(FILL_PROBE);
  await button.click();
  return Number(await panel.evaluate('window.__benchFill'));
}

async function nextStep(page: Page) {
  await page.getByRole('button', { name: '下一步' }).click();
}

export async function timeExtension(context: BrowserContext, form: Form): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}${PATH[form]}`);
  await (await panelOf(page)).getByRole('button', { name: /^备案助手/ }).click();
  const step = STEP[form] ?? 0;
  for (let s = 1; s < step; s++) {
    await extensionFill(page);
    await nextStep(page);
    await (await panelOf(page))
      .getByTestId('page-label')
      .filter({ hasText: `第${s + 1}步` })
      .waitFor();
  }
  const ms = await extensionFill(page);
  // A fast fill that failed would look like a win: the figure counts only a fill that left nothing failed.
  const status = (await (await panelOf(page)).getByRole('status').textContent()) ?? '';
  if (status.includes('失败')) throw new Error(`${form}: the extension's fill reported failures: ${status}`);
  await page.close();
  return ms;
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
  await hideExtensionPanel(page);
  await page.goto(`${PLATFORM_ORIGIN}${PATH[form]}`);
  const step = STEP[form] ?? 0;
  const order: Form[] = ['website-1', 'website-2'];
  for (let s = 1; s < step; s++) {
    await BY_HAND[order[s - 1] as Form](page);
    await nextStep(page);
    await page
      .locator('.ant-steps-item-process')
      .filter({ hasText: ['', '开办主体', '网站基本信息', '网站负责人'][s + 1] ?? '' })
      .waitFor();
  }
  const started = performance.now();
  await BY_HAND[form](page);
  const ms = performance.now() - started;
  await page.close();
  return ms;
}
