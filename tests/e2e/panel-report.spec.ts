// The panel's report as a user checks it: no outlines before the user asks, each outcome listed and clickable,
// 撤销 saying what it covers and still covering the last fill that changed something.
import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { fillAccepting, listedMissing, openWithProfiles, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

/** Form items the extension outlined (the only dashed outlines on the replica). */
const outlined = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll<HTMLElement>('[style*="outline"]')].filter((e) =>
        e.style.outline.includes('dashed'),
      ).length,
  );

test('outlines only after a fill or when asked; the report lists each outcome; undo says what it covers', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add?variant=renamed-label', [
    sampleProfile(),
  ]);
  const missingBefore = (await listedMissing(panel)).length;
  expect(missingBefore).toBeGreaterThan(5);
  expect(await outlined(page)).toBe(0);
  const mark = panel.getByRole('checkbox', { name: '在页面上标出待填项' });
  await mark.check();
  await expect.poll(() => outlined(page)).toBe(missingBefore);
  await mark.uncheck();
  await expect.poll(() => outlined(page)).toBe(0);

  await fillAccepting(panel);
  await expect(mark).toBeChecked();
  await expect.poll(() => outlined(page)).toBe((await listedMissing(panel)).length);
  // Amber, not green: a required field stayed empty.
  await expect(panel.getByRole('status')).toHaveClass(/warning/);
  const filled = (await snapshot(page)).model;
  const undo = panel.getByRole('button', { name: /^撤销上一次填充：\d+ 项$/ });
  const label = (await undo.textContent()) ?? '';
  const count = Number(/(\d+) 项/.exec(label)?.[1]);
  await panel.getByText(/^已填充（\d+）$/).click();
  expect(await panel.getByRole('list', { name: '已填充' }).getByRole('listitem').count()).toBe(count);

  // An entry of the report takes the user to its field.
  await panel
    .getByRole('list', { name: '已填充' })
    .getByRole('button', { name: '主办单位信息 · 主办单位名称' })
    .click();
  await expect
    .poll(() => page.evaluate(() => document.activeElement?.closest('.ant-form-item')?.textContent ?? ''))
    .toContain('主办单位名称');

  // A second fill changes nothing; 撤销 still covers the first.
  await fillAccepting(panel);
  await expect(panel.getByRole('status')).toContainText('已填充 0 项');
  await expect(undo).toHaveText(label);
  expect((await snapshot(page)).model).toEqual(filled);
  await undo.click();
  await expect(panel.getByRole('status')).toContainText('已撤销');
  expect((await snapshot(page)).model.unitName).toBe('');
});
