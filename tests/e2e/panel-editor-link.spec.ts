// A problem in the panel leads to its field: the editor opens (or its open tab is pointed there) on that profile,
// with the input focused.
import { newProfile } from '../../lib/profile/factory';
import { sampleProfile } from '../../lib/profile/sample';
import { openWithProfiles } from './extension-fill';
import { expect, test } from './fixtures';

const focusedPath = (page: import('@playwright/test').Page) =>
  page.evaluate(() => document.activeElement?.closest('[data-path]')?.getAttribute('data-path') ?? null);

test('clicking a problem in the panel opens the editor on that field, and the open editor follows the next one', async ({
  context,
  extPage,
}) => {
  const other = newProfile('另一份资料');
  const broken = sampleProfile();
  const boss = broken.people[0];
  if (!boss) throw new Error('no person');
  boss.idNo = '110105194912310021';
  const { panel } = await openWithProfiles(context, extPage, '/web/subject/add', [broken, other]);
  await panel.getByRole('button', { name: '一键填充' }).click();
  const problems = panel.getByRole('list', { name: '资料检查' });
  const problem = problems.getByRole('button', { name: /证件号码/ }).first();
  await expect(problem).toBeVisible({ timeout: 30_000 });

  const [editor] = await Promise.all([context.waitForEvent('page'), problem.click()]);
  await expect.poll(() => focusedPath(editor)).toBe('people.0.idNo');
  await expect(editor.getByLabel('资料名称')).toHaveValue(broken.displayName);

  // The editor stays open on another profile; the same problem points it back, in the same tab.
  await editor.getByRole('button', { name: other.displayName }).click();
  await expect(editor.getByLabel('资料名称')).toHaveValue(other.displayName);
  const pages = context.pages().length;
  await problem.click();
  await expect(editor.getByLabel('资料名称')).toHaveValue(broken.displayName);
  await expect.poll(() => focusedPath(editor)).toBe('people.0.idNo');
  expect(context.pages().length).toBe(pages);
});
