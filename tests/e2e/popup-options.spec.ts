/// <reference types="chrome" />
// The popup and the profile editor in real Chromium: create a profile, see and fix a rule message, export and
// import byte for byte, and the popup's states (no profile, a filing page with problems, not a filing page).
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { expect, test } from './fixtures';
import { PLATFORM_ORIGIN, routeHtml, routeReplica } from './platform-routes';
import { imagesOf, seedProfiles } from './seed';

const SCREENS = 'test-results/screens';
const BAD_ID = '110105194912310021';
const GOOD_ID = '11010519491231002X';
/** The data of an export: everything but the moment it was made. */
const data = (file: string) => file.replace(/"exportedAt":\s*"[^"]*"/, '');

async function exportText(options: Page): Promise<string> {
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: '导出' }).click(),
  ]);
  return readFileSync(await download.path(), 'utf8');
}

test('create a profile, see a rule message for a bad ID number, fix it, and round-trip export/import', async ({
  extPage,
}) => {
  const options = await extPage('options.html');
  await expect(options.getByRole('heading', { name: '还没有资料' })).toBeVisible();
  await options.screenshot({ path: `${SCREENS}/options-empty.png` });

  // The empty editor's own primary button; the sidebar has no second one yet.
  await options.getByRole('button', { name: '新建资料', exact: true }).click();
  const idNo = options.getByLabel('证件号码', { exact: true });
  await idNo.fill(BAD_ID);
  const message = options.locator('.field', { has: idNo }).locator('.messages');
  await expect(message).toContainText('校验位');
  await expect(idNo).toHaveAttribute('aria-invalid', 'true');
  await options.getByLabel('姓名', { exact: true }).fill('张三');
  await options.getByLabel('主办单位名称').fill('北京示例科技有限公司');
  await options.getByLabel('常住地址：省/自治区/直辖市').selectOption({ label: '北京市' });
  await options.getByLabel('常住地址：市').selectOption({ label: '市辖区' });
  await options.getByLabel('常住地址：区/县').selectOption({ label: '海淀区' });
  await options.getByRole('button', { name: '＋ 添加网站' }).click();
  await options.getByLabel('常用服务商').first().selectOption({ label: '阿里云计算有限公司' });
  await expect(options.getByLabel('网站接入方式')).toHaveValue('租赁虚拟空间');
  await options.screenshot({ path: `${SCREENS}/options-bad-id.png`, fullPage: true });

  await idNo.fill(GOOD_ID);
  await expect(message).not.toContainText('校验位');
  await expect(idNo).toHaveAttribute('aria-invalid', 'false');
  await expect(options.getByText('✔ 已自动保存')).toBeVisible();
  await options.screenshot({ path: `${SCREENS}/options-editor.png` });

  // The edits reached the store: a second editor tab shows them.
  const second = await extPage('options.html');
  await expect(second.getByLabel('证件号码', { exact: true })).toHaveValue(GOOD_ID);
  await expect(second.getByLabel('主办单位名称')).toHaveValue('北京示例科技有限公司');
  await second.close();

  const first = await exportText(options);
  expect(JSON.parse(first).profiles[0].people[0].idNo).toBe(GOOD_ID);

  // Delete it from the popup, then import the file back: the next export is the same bytes.
  const popup = await extPage('popup.html');
  await expect(popup.getByLabel('当前资料')).toHaveValue(JSON.parse(first).profiles[0].id);
  await popup.getByRole('button', { name: '删除' }).click();
  await popup.getByRole('button', { name: '确定删除' }).click();
  await expect(popup.getByText(/已删除「/)).toBeVisible();
  await expect(options.getByRole('heading', { name: '还没有资料' })).toBeVisible();

  await options
    .getByLabel('导入', { exact: true })
    .setInputFiles({ name: 'profiles.json', mimeType: 'application/json', buffer: Buffer.from(first) });
  await expect(options.getByText(/已导入 1 份资料/)).toBeVisible();
  await expect(options.getByLabel('证件号码', { exact: true })).toHaveValue(GOOD_ID);
  const again = await exportText(options);
  expect(JSON.parse(again).profiles).toHaveLength(1);
  expect(data(again)).toBe(data(first));

  // A file that is not an export is refused with a reason in Chinese.
  await options
    .getByLabel('导入', { exact: true })
    .setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(options.getByText('未导入“bad.json”，原因：')).toBeVisible();
  await options.screenshot({ path: `${SCREENS}/options-import-error.png` });
});

test('popup states: no profile, not a filing page, a filing page with problems', async ({ context, extPage }) => {
  const popup = await extPage('popup.html');
  await popup.setViewportSize({ width: 380, height: 600 });
  await expect(popup.getByText('还没有资料')).toBeVisible();
  await expect(popup.getByText('不是备案页面')).toBeVisible();
  await expect(popup.getByRole('link', { name: '全国互联网安全管理服务平台' })).toHaveAttribute(
    'href',
    'https://beian.mps.gov.cn',
  );
  await popup.screenshot({ path: `${SCREENS}/popup-no-profile.png` });

  await popup.getByRole('button', { name: '新建' }).click();
  await popup.getByLabel('新资料名称').fill('示例公司');
  await popup.getByRole('button', { name: '确定' }).click();
  await expect(popup.getByLabel('当前资料')).toHaveValue(/profile-/);
  await expect(popup.getByLabel('当前资料').locator('option:checked')).toHaveText('示例公司');
  await popup.screenshot({ path: `${SCREENS}/popup-not-filing-page.png` });

  await routeReplica(context);
  const platform = await context.newPage();
  await platform.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  await expect(platform.getByText('新增主体').first()).toBeVisible();
  const tabId = await popup.evaluate(
    async (origin) => (await chrome.tabs.query({ url: `${origin}/*` }))[0]?.id,
    PLATFORM_ORIGIN,
  );
  const onPage = await extPage(`popup.html?tabId=${tabId}`);
  // Chrome caps a popup at 600 px: the button and the problem count stay in sight, the list opens on demand.
  await onPage.setViewportSize({ width: 380, height: 600 });
  await expect(onPage.getByText('当前页面：')).toContainText('新增主体');
  const summary = onPage.getByRole('button', { name: /个提醒/ });
  await expect(summary).toBeInViewport();
  await expect(onPage.getByRole('button', { name: '仍然填充' })).toBeInViewport();
  await expect(onPage.getByRole('region', { name: '检查结果' })).toHaveCount(0);
  await summary.click();
  await expect(onPage.getByRole('region', { name: '检查结果' })).toContainText('负责人信息');
  await expect(onPage.getByRole('button', { name: '仍然填充' })).toBeInViewport();
  await onPage.screenshot({ path: `${SCREENS}/popup-with-problems.png` });
});

test('a non-platform page gets the not-a-filing-page state', async ({ context, extPage }) => {
  await routeHtml(context, 'https://example.com', '<!doctype html><title>x</title><h1>x</h1>');
  const other = await context.newPage();
  await other.goto('https://example.com/');
  const popup = await extPage('popup.html');
  const tabId = await popup.evaluate(async () => (await chrome.tabs.query({ url: 'https://example.com/*' }))[0]?.id);
  const onOther = await extPage(`popup.html?tabId=${tabId}`);
  await expect(onOther.getByText('不是备案页面')).toBeVisible();
  await expect(onOther.getByRole('button', { name: '一键填充' })).toHaveCount(0);
});

test('the popup renames, copies, deletes and undoes through the background; images come back too', async ({
  extPage,
}) => {
  const profile = sampleProfile();
  const popup = await extPage('popup.html');
  await seedProfiles(popup, [profile]);
  await popup.reload();
  const stored = () =>
    popup.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      const names = (all.profiles as { displayName: string }[]).map((p) => p.displayName).sort();
      return { names, images: Object.keys(all).filter((k) => k.startsWith('attachment:')).length };
    });
  const images = new Set(imagesOf(profile).map((ref) => ref.id)).size;
  expect(images).toBeGreaterThan(0);
  const picker = popup.getByLabel('当前资料');
  await expect(picker.locator('option:checked')).toHaveText(profile.displayName);

  await popup.getByRole('button', { name: '重命名' }).click();
  await popup.getByLabel('新名称').fill('  ');
  await popup.getByRole('button', { name: '确定' }).click();
  await expect(popup.getByText('请输入资料名称')).toBeVisible();
  await popup.getByLabel('新名称').fill('乙公司');
  await popup.getByRole('button', { name: '确定' }).click();
  await expect(popup.getByText('已重命名为「乙公司」')).toBeVisible();
  await popup.getByRole('button', { name: '复制' }).click();
  await expect(picker.locator('option:checked')).toHaveText('乙公司 副本');
  expect(await stored()).toEqual({ names: ['乙公司', '乙公司 副本'], images });

  await popup.getByRole('button', { name: '删除' }).click();
  await popup.getByRole('button', { name: '确定删除' }).click();
  await expect(popup.getByText('已删除「乙公司 副本」')).toBeVisible();
  await picker.selectOption({ label: '乙公司' });
  await popup.getByRole('button', { name: '删除' }).click();
  await popup.getByRole('button', { name: '确定删除' }).click();
  await expect(popup.getByText('还没有资料')).toBeVisible();
  // The last profile's images are gone from storage with it, and 撤销 brings both back.
  await expect.poll(stored).toEqual({ names: [], images: 0 });
  await popup.getByRole('button', { name: '撤销' }).click();
  await expect(popup.getByText('已恢复「乙公司」')).toBeVisible();
  await expect(picker.locator('option:checked')).toHaveText('乙公司');
  expect(await stored()).toEqual({ names: ['乙公司'], images });
});
