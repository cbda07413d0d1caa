// Where the panel sits: folded, it covers no control of the form at 1280×720, 1366×768 or 1920×1080; open, the
// user can dock it at the other edge, and a fill from there still counts.
import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { fillFromPanel, openPanel, openWithProfiles, panelOf, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

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

for (const [width, height] of [
  [1280, 720],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the folded panel covers no control of 新增主体 or 新增APP`, async ({
    context,
    extPage,
  }) => {
    for (const path of ['/web/subject/add', '/web/app/add']) {
      const { page, panel } = await openWithProfiles(context, extPage, path, [sampleProfile()], { open: false });
      await page.setViewportSize({ width, height });
      const tab = panel.getByRole('button', { name: /^备案助手/ });
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
