import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import type { Profile } from '../../lib/profile/schema';
import {
  fillAccepting,
  fillFromPanel,
  listedFailures,
  listedMissing,
  openWithProfiles,
  type Panel,
  snapshot,
} from './extension-fill';
import { expect, test } from './fixtures';

/** Page errors and console errors of the platform tab: a fill must cause none. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  return errors;
}

function websiteProfile(): Profile {
  const profile = sampleProfile();
  profile.subject.unit.name = '杭州示例网络科技有限公司';
  const site = profile.websites[0];
  if (!site) throw new Error('sample lost its website');
  site.otherDomains = ['www.example.net'];
  return profile;
}

async function toWebsiteStep2(page: Page, panel: Panel) {
  await fillFromPanel(panel);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(panel.getByTestId('page-label')).toHaveText(/第2步/);
}

// 联系方式 could be the mobile, the office phone or the e-mail: no evidence proves which, so it is not filled.
test('a label no evidence ties to one field is left empty and listed, never filled with a guess', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add?variant=renamed-label', [
    sampleProfile(),
  ]);
  const errors = watchErrors(page);
  await fillAccepting(panel);
  const snap = await snapshot(page);
  expect(snap.model.person?.mobile).toBe('');
  expect(snap.model.person?.name).toBe('张三');
  expect(await listedMissing(panel)).toEqual(['负责人信息 · 联系方式']);
  await expect(panel.getByRole('status')).toContainText('页面无此项 1 项');
  expect(errors).toEqual([]);
});

test('missing fields and an extra required field: reported, the rest filled', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(
    context,
    extPage,
    '/web/subject/add?variant=missing-field,extra-required',
    [sampleProfile()],
  );
  const errors = watchErrors(page);
  await fillAccepting(panel);
  const snap = await snapshot(page);
  expect(snap.model.person).toMatchObject({ name: '张三', mobile: '18612345678', qq: '' });
  expect(snap.model.person).not.toHaveProperty('email');
  // The missing field's value went nowhere else either.
  expect(JSON.stringify(snap.model)).not.toContain('zhangsan@example.com');
  expect(await listedMissing(panel)).toEqual(['负责人信息 · 紧急联系人QQ']);
  await expect(panel.getByRole('status')).toContainText('页面无此项 1 项');
  expect(errors).toEqual([]);
});

test('reordered provider sections still get their own 名称; slow options are awaited', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(
    context,
    extPage,
    '/web/website/add?variant=reorder-sections,slow-options',
    [websiteProfile()],
  );
  await toWebsiteStep2(page, panel);
  await fillAccepting(panel);
  const snap = await snapshot(page);
  expect(snap.model.access).toMatchObject({ name: '阿里云计算有限公司', method: '租赁虚拟空间' });
  expect(snap.model.registrar).toMatchObject({ name: '阿里云计算有限公司（原万网）' });
  expect(await listedFailures(panel)).toEqual([]);
});

test('options that never arrive and uploads that fail are reported as failed, nothing else is touched', async ({
  context,
  extPage,
}) => {
  test.setTimeout(120_000);
  const { page, panel } = await openWithProfiles(context, extPage, '/web/website/add?variant=no-options,upload-fail', [
    websiteProfile(),
  ]);
  const errors = watchErrors(page);
  await toWebsiteStep2(page, panel);
  await fillAccepting(panel);
  const failures = await listedFailures(panel);
  expect(failures).toEqual([
    expect.stringMatching(/^网站信息 · 域名证书：.*上传失败/),
    expect.stringMatching(/^网络接入服务商 · 名称：下拉框中没有选项“阿里云计算有限公司”/),
    expect.stringMatching(/^域名注册服务商 · 名称：下拉框中没有选项“阿里云计算有限公司（原万网）”/),
  ]);
  const snap = await snapshot(page);
  expect(snap.model.access).toMatchObject({ name: null, method: '租赁虚拟空间' });
  expect(snap.model.registrar).toMatchObject({ name: null });
  expect(snap.model.siteName).toBe('示例科技官网');
  // No popup is left open over the form.
  await expect(page.locator('.ant-select-dropdown').filter({ visible: true })).toHaveCount(0);
  expect(errors).toEqual([]);
});
