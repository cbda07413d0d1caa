import { sampleProfile } from '../../lib/profile/sample';
import { doneFiles, openWithProfiles, snapshot } from './extension-fill';
import { expect, test } from './fixtures';
import { popupForPlatformTab } from './popup-page';

test('一键填充 in the popup fills the open 新增主体 page and shows the report', async ({
  context,
  extPage,
  extensionId,
}) => {
  const { page } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()], { open: false });
  // Chrome's popup cap: the button and the outcome stay in sight, whatever the report's length.
  const popup = await popupForPlatformTab(context, extensionId);
  await expect(popup.getByLabel('当前资料').locator('option:checked')).toHaveText('杭州示例科技有限公司');
  await expect(popup.getByText('当前页面：')).toContainText('新增主体');
  await popup.getByRole('button', { name: '一键填充' }).click();

  const report = popup.getByRole('region', { name: '填充结果' });
  await expect(report).toBeAttached({ timeout: 45_000 });
  await expect(report).toContainText('待填必填项（0）');
  await expect(report.locator('.count-failed .n')).toHaveText('0');
  const outcome = popup.getByText(/^已填充 \d+ 项，已有值未改 \d+ 项/);
  await expect(outcome).toBeInViewport();
  await expect(outcome).toHaveClass(/tone-ok/);
  await expect(popup.getByRole('button', { name: '一键填充' })).toBeInViewport();
  await popup.screenshot({ path: 'test-results/screens/popup-after-fill.png', fullPage: true });

  const snap = await snapshot(page);
  expect(snap.model).toMatchObject({ nature: 'dw', unitName: '杭州示例科技有限公司', legalRepName: '王五' });
  expect(snap.model.person).toMatchObject({ name: '张三', idExpiry: '2035-06-15', mobile: '18612345678' });
  expect(doneFiles(snap, 'person.idHand')).toEqual(['hand.png']);
});
