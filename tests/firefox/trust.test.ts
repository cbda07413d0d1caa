// The panel's trust in Firefox: its controls obey the user's input only (panel-trust.spec.ts), and each
// clickjacking trick of panel-clickjack.spec.ts (the same code, tests/e2e/clickjack-tricks.ts) gets a real click
// refused, with nothing filled. Firefox has no IntersectionObserver v2, so the tab's own check must refuse alone.
// One Firefox for the file, the profiles imported once through the editor; each test gets a fresh platform tab.
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { sampleProfile } from '../../lib/profile/sample';
import {
  panelHostRect,
  REFUSED,
  type Spot,
  slideUnder,
  syntheticPanelEvents,
  TRICKS,
  twoFrames,
} from '../e2e/clickjack-tricks';
import { otherProfile, readReplica } from '../e2e/fill-cases';
import {
  fillFromPanel,
  find,
  launchFirefox,
  openPanel,
  openPlatform,
  openWithImported,
  type Panel,
  panelOf,
  textOf,
  until,
  waitText,
} from './firefox';

let browser: Browser;
let page: Page | undefined;
beforeAll(async () => {
  browser = await launchFirefox();
  const first = await openWithImported(browser, '/web/subject/add', [sampleProfile(), otherProfile()]);
  await first.page.close();
});
afterEach(async () => {
  await page?.close();
  page = undefined;
});
afterAll(async () => {
  await browser?.close();
});

async function freshTab(): Promise<{ page: Page; panel: Panel }> {
  page = await openPlatform(browser, '/web/subject/add');
  const panel = await panelOf(page);
  await openPanel(panel);
  await find(panel, 'section.panel select');
  return { page, panel };
}

async function fillButtonSpot(page: Page, panel: Panel): Promise<Spot> {
  const frame = await page.evaluate(panelHostRect);
  const button = await find(panel, 'button.primary', '一键填充');
  const box = await button.evaluate((b) => {
    const r = b.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  // Whole pixels: Firefox clicks at whole pixels, and around a scale(0.01) a half pixel is 50 of the panel's.
  return { x: Math.round(frame.left + box.x), y: Math.round(frame.top + box.y), frame };
}

async function expectRefusedAndEmpty(page: Page, panel: Panel) {
  await waitText(panel, '[role="status"]', REFUSED);
  const { model } = await page.evaluate(readReplica);
  expect([model.nature, model.unitName, model.person?.name, model.person?.idNo, model.person?.mobile]).toEqual([
    null,
    '',
    '',
    '',
    '',
  ]);
}

const controls = (panel: Panel) =>
  panel.evaluate(() => ({
    profile: (document.querySelector('select') as HTMLSelectElement).value,
    onlyEmpty: (document.querySelector('input[type="checkbox"]') as HTMLInputElement).checked,
  }));

test('panel controls ignore synthetic events: the profile, 只填空白项 and 一键填充 stay as the user left them', async () => {
  const { page, panel } = await freshTab();
  expect(await controls(panel)).toEqual({ profile: 'sample-1', onlyEmpty: true });
  await panel.evaluate(syntheticPanelEvents);
  expect(await controls(panel)).toEqual({ profile: 'sample-1', onlyEmpty: true });
  expect(await textOf(panel, '[role="status"]')).toBe('');
  expect((await page.evaluate(readReplica)).model.unitName).toBe('');
  // A real click afterwards fills, with the user's settings.
  await fillFromPanel(panel);
  expect((await page.evaluate(readReplica)).model.unitName).toBe('杭州示例科技有限公司');
});

for (const [name, trick] of Object.entries(TRICKS)) {
  test(`clickjacking: ${name} → nothing is filled`, async () => {
    const { page, panel } = await freshTab();
    const spot = await fillButtonSpot(page, panel);
    await page.evaluate(trick, spot);
    await page.mouse.click(spot.x, spot.y);
    await expectRefusedAndEmpty(page, panel);
  });
}

test('clickjacking: the panel slid under the cursor just before the click → nothing is filled', async () => {
  const { page, panel } = await freshTab();
  const spot = await fillButtonSpot(page, panel);
  const cursor = { x: 300, y: 400 };
  await page.mouse.move(cursor.x, cursor.y);
  await page.evaluate(slideUnder, { spot, cursor });
  // Two frames, so that the moved panel is on screen (and takes the click) when the user clicks.
  await page.evaluate(twoFrames);
  await page.mouse.click(cursor.x, cursor.y);
  await expectRefusedAndEmpty(page, panel);
});

test('a real click on the visible panel still fills, at the same spot the tricks used', async () => {
  const { page, panel } = await freshTab();
  const spot = await fillButtonSpot(page, panel);
  await page.mouse.click(spot.x, spot.y);
  await waitText(panel, '[role="status"]', /^已填充/, 45_000);
  const { model } = await page.evaluate(readReplica);
  expect(model.unitName).toBe('杭州示例科技有限公司');
  expect(model.person?.idNo).toBe(sampleProfile().people[0]?.idNo);
});

test('the user drags the open panel by its header; it follows, and a fill from where it stops counts', async () => {
  const { page, panel } = await freshTab();
  const before = await page.evaluate(panelHostRect);
  const header = await find(panel, 'header strong');
  const inFrame = await header.evaluate((h) => {
    const r = h.getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  const x = Math.round(before.left + inFrame.x);
  const y = Math.round(before.top + inFrame.y);
  const hostAt = async (left: number, top: number) => {
    const r = await page.evaluate(panelHostRect);
    return Math.round(r.left) === Math.round(left) && Math.round(r.top) === Math.round(top) ? r : null;
  };
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 4, y);
  await until(() => hostAt(before.left - 4, before.top), 'the panel to follow the first move');
  await page.mouse.move(x - 150, y + 30, { steps: 4 });
  await page.mouse.move(x - 300, y + 60, { steps: 4 });
  await page.mouse.up();
  await until(() => hostAt(before.left - 300, before.top + 60), 'the panel to stop where it was dropped');
  // Once it has stopped moving (the guard's 0.5 s rule), a real click there fills.
  await fillFromPanel(panel);
  expect((await page.evaluate(readReplica)).model.unitName).toBe('杭州示例科技有限公司');
});
