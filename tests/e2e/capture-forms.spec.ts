// 保存到资料 on 新增APP and on the three steps of 新办网站申请: what a user typed by hand comes back, value for value
// and file for file, when the saved profile fills an empty form.
import { sampleProfile } from '../../lib/profile/sample';
import { captureFromPanel, confirmSave, fillConfirming, openReview } from './capture-flow';
import { openWithProfiles, panelOf, snapshot } from './extension-fill';
import { expect, test } from './fixtures';
import {
  chooseSiteTypeByHand,
  chooseWebsiteSubjectByHand,
  fillAppByHand,
  fillWebsiteStep2ByHand,
  fillWebsiteStep3ByHand,
} from './manual-fill';
import { PLATFORM_ORIGIN } from './platform-routes';
import { APP, CHEN, SITE, ZHANG } from './replica-data';

// replica-data's number for 张伟 has a wrong check digit (capture.spec.ts shows how that is handled).
const ZHANG_OK = { ...ZHANG, idNo: '330110198808086611' };
const fileNames = (files: Record<string, { name: string; status: string }[]>) =>
  Object.fromEntries(
    Object.entries(files).map(([k, list]) => [k, list.filter((f) => f.status === 'done').map((f) => f.name)]),
  );

test('新增APP by hand → 保存到资料 → a new profile whose fill reproduces the form', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/app/add', [], { open: false });
  await fillAppByHand(page, { ...APP, person: ZHANG_OK });
  const typed = await snapshot(page);
  await captureFromPanel(panel);
  const review = await openReview(context, panel);
  await expect(review.locator('table.review-table caption', { hasText: 'APP「明理法律助手」' })).toBeVisible();
  await expect(review.locator('tr.has-error')).toHaveCount(0);
  await confirmSave(review);

  const fresh = await context.newPage();
  await fresh.goto(`${PLATFORM_ORIGIN}/web/app/add`);
  await fillConfirming(await panelOf(fresh));
  const filled = await snapshot(fresh);
  expect(filled.model).toEqual(typed.model);
  expect(fileNames(filled.files)).toEqual(fileNames(typed.files));
});

test('the three steps of 新办网站申请, captured one after another, become one website of the profile', async ({
  context,
  extPage,
}) => {
  // Three steps typed by hand, then three filled: longer than one form on a shared 2-core machine.
  test.setTimeout(300_000);
  const company = sampleProfile();
  company.subject.unit.name = '杭州示例网络科技有限公司';
  company.websites = [];
  const { page, panel } = await openWithProfiles(context, extPage, '/web/website/add', [company], { open: false });
  await chooseWebsiteSubjectByHand(page, '杭州示例网络科技有限公司');
  await page.getByRole('button', { name: '下一步' }).click();
  await fillWebsiteStep2ByHand(page, SITE);
  await chooseSiteTypeByHand(page);
  expect(await captureFromPanel(panel)).toMatch(/还需读取：「网站负责人」/);
  await page.getByRole('button', { name: '下一步' }).click();
  await fillWebsiteStep3ByHand(page, { security: ZHANG_OK, emergency: CHEN });
  expect(await captureFromPanel(panel)).not.toMatch(/还需读取/);
  const typed = await snapshot(page);

  const review = await openReview(context, panel);
  await review.getByRole('combobox', { name: '保存到' }).selectOption({ label: `合并到「${company.displayName}」` });
  await expect(review.getByRole('combobox', { name: '网站', exact: true })).toHaveValue('');
  await expect(review.locator('table.review-table caption', { hasText: '网站「明理法律咨询」（新增）' })).toBeVisible();
  await expect(review.locator('table.review-table caption', { hasText: '人员「陈静」' })).toBeVisible();
  await review.screenshot({ path: 'test-results/screens/capture-review-website.png', fullPage: true });
  await confirmSave(review);

  const fresh = await context.newPage();
  await fresh.goto(`${PLATFORM_ORIGIN}/web/website/add`);
  const freshPanel = await panelOf(fresh);
  const label = freshPanel.getByTestId('page-label');
  await fillConfirming(freshPanel);
  await fresh.getByRole('button', { name: '下一步' }).click();
  await expect(label).toHaveText(/第2步/);
  await fillConfirming(freshPanel);
  // 网站类型 (2026) is in no profile yet: the user picks it, as when typing.
  await chooseSiteTypeByHand(fresh);
  await fresh.getByRole('button', { name: '下一步' }).click();
  await expect(label).toHaveText(/第3步/);
  await fillConfirming(freshPanel);
  const filled = await snapshot(fresh);
  expect(filled.model).toEqual(typed.model);
  expect(fileNames(filled.files)).toEqual(fileNames(typed.files));
});
