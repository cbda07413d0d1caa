// Where the panel sits: folded, it covers no control of the form at 1280×720, 1366×768 or 1920×1080; open, the
// user can drag it (header or arrow keys) off any control or dock it at the other edge, and a fill from there still
// counts; a clean fill folds it to its tab.
import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import {
  fillAccepting,
  fillFromPanel,
  openPanel,
  openWithProfiles,
  type Panel,
  panelOf,
  snapshot,
} from './extension-fill';
import { expect, test } from './fixtures';
import { PANEL_SIZES } from './viewports';

/** The form controls the panel's host rectangle overlaps (labels, inputs, selects, buttons of the form). */
const coveredControls = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('beian-autofill-panel')?.getBoundingClientRect();
    if (!host || host.width === 0) throw new Error('no panel');
    const controls = document.querySelectorAll('.ant-form-item, .ant-btn, input, .ant-select, .ant-steps');
    return [...controls]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left < host.right && host.left < r.right && r.top < host.bottom && host.top < r.bottom;
      })
      .map((el) => (el.textContent ?? '').slice(0, 20));
  });

const hostBox = (page: Page) =>
  page.evaluate(() => {
    const r = document.querySelector('beian-autofill-panel')?.getBoundingClientRect();
    return r ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : null;
  });

/** What the user sees at a control's centre: the control itself, not our panel. */
const reachable = (page: Page, name: string) =>
  page.evaluate((text) => {
    const item = [...document.querySelectorAll('.ant-form-item')].find((el) => el.textContent?.includes(text));
    const r = item?.querySelector('input, .ant-select, .ant-picker, .ant-radio-group')?.getBoundingClientRect();
    if (!r) throw new Error(`no control ${text}`);
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return Boolean(hit && item?.contains(hit));
  }, name);

/**
 * Presses the mouse on the panel's header and moves it by (dx, dy), as a user drags: a first small move, which the
 * panel follows, then on (the pointer may run ahead of the frame from there).
 */
async function dragHeader(page: Page, panel: Panel, dx: number, dy: number) {
  const box = await panel.locator('header strong').boundingBox();
  const from = await hostBox(page);
  if (!box || !from) throw new Error('no panel header');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x - 4, y);
  await expect.poll(async () => (await hostBox(page))?.left).toBe(from.left - 4);
  await page.mouse.move(x + dx / 2, y + dy / 2, { steps: 4 });
  await page.mouse.move(x + dx, y + dy, { steps: 4 });
  await page.mouse.up();
}

for (const [width, height] of PANEL_SIZES) {
  test(`at ${width}×${height} the folded panel covers no control of 新增主体 or 新增APP`, async ({
    context,
    extPage,
  }) => {
    for (const path of ['/web/subject/add', '/web/app/add']) {
      const { page, panel } = await openWithProfiles(context, extPage, path, [sampleProfile()], { open: false });
      await page.setViewportSize({ width, height });
      const tab = panel.getByRole('button', { name: /^公安备案填表助手/ });
      await expect(panel.locator('[data-ready="true"]')).toBeVisible();
      if (!(await tab.isVisible())) await panel.getByRole('button', { name: '收起' }).click();
      await expect(tab).toBeVisible();
      expect(await coveredControls(page)).toEqual([]);
      await page.close();
    }
  });
}

test('the open panel docks at the left edge and back, and a fill from there counts', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  const hostLeft = () =>
    page.evaluate(() => document.querySelector('beian-autofill-panel')?.getBoundingClientRect().left ?? -1);
  expect(await hostLeft()).toBeGreaterThan(900);
  await panel.getByRole('button', { name: '移到左侧' }).click();
  await expect.poll(hostLeft).toBe(12);
  await fillFromPanel(panel);
  expect((await snapshot(page)).model.unitName).toBe(sampleProfile().subject.unit.name);
  // The side is kept for the next platform page, and the user can move it back there.
  const next = await context.newPage();
  await next.goto(page.url());
  const nextLeft = () =>
    next.evaluate(() => document.querySelector('beian-autofill-panel')?.getBoundingClientRect().left ?? -1);
  await expect.poll(nextLeft).toBe(12);
  await page.close();
  const nextPanel = await panelOf(next);
  await openPanel(nextPanel);
  await nextPanel.getByRole('button', { name: '移到右侧' }).click();
  await expect.poll(nextLeft).toBeGreaterThan(900);
});

for (const [width, height] of PANEL_SIZES) {
  test(`at ${width}×${height} the user drags the open panel off the controls it covers, and a fill from there counts`, async ({
    context,
    extPage,
  }) => {
    const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()], {
      open: false,
    });
    await page.setViewportSize({ width, height });
    await openPanel(panel);
    const before = await hostBox(page);
    if (!before) throw new Error('no panel');
    // Whatever it covers where it opened (at 1920 px nothing), the user moves it towards the other edge.
    const covered = await coveredControls(page);
    await dragHeader(page, panel, -(before.left - 40), 60);
    await expect.poll(async () => (await hostBox(page))?.left).toBe(40);
    const after = await hostBox(page);
    expect(after?.top).toBe(before.top + 60);
    if (covered.length > 0) expect(await coveredControls(page)).not.toEqual(covered);
    // A right-column control it covered at first is reachable now.
    if (width < 1920) expect(await reachable(page, '负责人证件类型')).toBe(true);
    // Never out of the window, however far the user drags: the pointer to the window's bottom-left corner.
    const grip = await panel.locator('header strong').boundingBox();
    if (!grip) throw new Error('no panel header');
    await dragHeader(page, panel, 5 - (grip.x + grip.width / 2), height - 5 - (grip.y + grip.height / 2));
    await expect
      .poll(async () => {
        const box = await hostBox(page);
        return box && box.left === 0 && Math.round(box.bottom) <= height && box.top > 0;
      })
      .toBe(true);
    // The keyboard moves it too: the handle and the arrow keys.
    const start = (await hostBox(page))?.left ?? 0;
    await panel.getByRole('button', { name: '移动面板' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await hostBox(page))?.left).toBe(start + 20);
    // Once it has stopped moving, a click there counts (the guard's 0.5 s rule still holds).
    await fillFromPanel(panel).catch(async () => fillAccepting(panel));
    expect((await snapshot(page)).model.unitName).toBe(sampleProfile().subject.unit.name);
  });
}

test('the dragged place is kept for the next platform page, inside its window', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()], {
    open: false,
  });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openPanel(panel);
  await dragHeader(page, panel, -300, 200);
  await expect.poll(async () => (await hostBox(page))?.top).toBe(272);
  const placed = await hostBox(page);
  const next = await context.newPage();
  await next.setViewportSize({ width: 1920, height: 1080 });
  await next.goto(page.url());
  const nextPanel = await panelOf(next);
  await openPanel(nextPanel);
  await expect.poll(async () => hostBox(next)).toEqual(placed);
});

test('a clean fill folds the panel to its tab, off the form; a fill with problems keeps it open', async ({
  context,
  extPage,
}) => {
  // Every field of the page in the profile: nothing failed, nothing missing, no warning.
  const full = sampleProfile();
  Object.assign(full.subject.unit, {
    regRegion: full.subject.unit.officeRegion,
    regAddress: full.subject.unit.officeAddress,
  });
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [full], { open: false });
  // Sized first, then opened: a resize moves a docked panel, and a click right after a move does not count.
  await page.setViewportSize({ width: 1280, height: 720 });
  await openPanel(panel);
  await panel.getByRole('button', { name: '一键填充' }).click();
  const status = panel.getByRole('status');
  await expect(status).toHaveText(/^已填充/, { timeout: 45_000 });
  // Folded, the tab carries only the count; open, the status would name what went wrong (and say so here).
  expect(await status.textContent()).toMatch(/^已填充 \d+ 项$/);
  await expect(panel.locator('button.tab')).toBeVisible();
  await expect(panel.locator('[data-ready="true"]')).toBeVisible();
  expect(await coveredControls(page)).toEqual([]);
  await page.close();

  // A required field left empty: the panel stays open with the list of what is left.
  const profile = sampleProfile();
  profile.subject.unit.legalRepName = '';
  const other = await openWithProfiles(context, extPage, '/web/subject/add', [profile]);
  await fillAccepting(other.panel);
  await expect(other.panel.locator('section.panel')).toBeVisible();
  await expect(other.panel.getByRole('list', { name: '待填必填项' })).toBeVisible();
});
