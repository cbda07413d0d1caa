/// <reference types="chrome" />
import { sampleProfile } from '../../lib/profile/sample';
import type { Profile } from '../../lib/profile/schema';
import { doneFiles, fillFromPanel, listedFailures, listedMissing, openWithProfiles, snapshot } from './extension-fill';
import { expect, test } from './fixtures';
import { chooseSiteTypeByHand } from './manual-fill';
import { PLATFORM_ORIGIN } from './platform-routes';

const png = (id: string) => ({ id, name: `${id}.png`, type: 'image/png' as const, size: 70 });

/** The sample company, named as the replica's existing subject, with a site that says 是 to both questions. */
function websiteProfile(): Profile {
  const profile = sampleProfile();
  profile.subject.unit.name = '杭州示例网络科技有限公司';
  const site = profile.websites[0];
  const security = profile.people[1];
  if (!site || !security) throw new Error('sample lost its website or second person');
  Object.assign(site, {
    controlledItems: true,
    controlledKinds: ['民爆物品', '管制器具'],
    preLicense: true,
    preLicenseKinds: ['教育'],
    languages: ['中文简体', '英语'],
    monthlyActive: '12',
    // The replica's 从域名 rule takes ASCII names only; whether the platform takes IDN is unknown.
    otherDomains: ['www.example.net'],
  });
  Object.assign(security, {
    idFront: png('sec-f'),
    idBack: png('sec-b'),
    idHandheld: png('sec-h'),
    email: 'lisi@example.com',
  });
  return profile;
}

test('the 新办网站申请 wizard: each step is recognised and filled; the user moves on', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/website/add', [websiteProfile()]);
  const label = panel.getByTestId('page-label');
  await expect(label).toHaveText('新办网站申请 · 第1步 开办主体');
  await fillFromPanel(panel);
  expect((await snapshot(page)).model.subjectId).toBe('S330100001');

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(label).toHaveText('新办网站申请 · 第2步 网站基本信息');
  await fillFromPanel(panel);
  expect(await listedFailures(panel)).toEqual([]);
  const step2 = await snapshot(page);
  expect(step2.model).toMatchObject({
    siteName: '示例科技官网',
    icpNo: '浙ICP备2026012345号-1',
    openDate: '2026-11-20',
    domain: 'example.com.cn',
    certRange: ['2025-01-01', '2030-01-01'],
    otherDomains: ['www.example.net'],
    ips: ['47.96.0.1', '240e::1'],
    marketValue: '',
    monthlyActive: '12',
    access: {
      jurisdiction: '境内',
      region: ['33', '3301', '330110'],
      name: '阿里云计算有限公司',
      method: '租赁虚拟空间',
    },
    registrar: { jurisdiction: '境内', region: ['33', '3301', '330110'], name: '阿里云计算有限公司（原万网）' },
    interactive: false,
    controlledItems: true,
    controlledKinds: ['民爆物品', '管制器具'],
    preLicense: true,
    preLicenseKinds: ['教育'],
    languages: ['中文简体', '英语'],
  });
  expect(doneFiles(step2, 'domainCert')).toEqual(['domain.png']);
  // 网站类型 (2026): the cascader's model holds the category letter and the sub-category.
  expect(step2.model.siteType).toEqual(['Z', '企业官网']);
  expect(await listedMissing(panel)).toEqual([]);

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(label).toHaveText('新办网站申请 · 第3步 网站负责人');
  await fillFromPanel(panel);
  expect(await listedFailures(panel)).toEqual([]);
  const step3 = await snapshot(page);
  expect(step3.model.security).toMatchObject({
    name: '李四',
    idType: '居民身份证',
    idNo: '11010819900307456X',
    idLongTerm: true,
    idExpiry: null,
    region: ['11', '1101', '110108'],
    address: '中关村大街 1 号',
    mobile: '13912345678',
    email: 'lisi@example.com',
  });
  expect(step3.model.emergency).toMatchObject({
    name: '张三',
    idNo: '330110198506151238',
    idExpiry: '2035-06-15',
    region: ['33', '3301', '330110'],
    mobile: '18612345678',
  });
  expect(doneFiles(step3, 'security.idFront')).toEqual(['sec-f.png']);
  expect(doneFiles(step3, 'emergency.idHand')).toEqual(['hand.png']);
  expect(await listedMissing(panel)).toEqual([]);

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(label).toHaveText('新办网站申请 · 第4步 提示说明');
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeDisabled();

  // Step 4's pledge is the user's own: no attempt to fill ticks it or presses 提交. A real click on the panel's
  // (disabled) button, and the request the popup and the shortcut send, for this very tab.
  await panel.getByRole('button', { name: '一键填充' }).click({ force: true });
  const ext = await extPage('options.html');
  const answer = await ext.evaluate(async (origin) => {
    const [tab] = await chrome.tabs.query({ url: `${origin}/*` });
    const data = { tabId: tab?.id, mode: 'overwrite', acceptWarnings: true };
    return chrome.runtime.sendMessage({ id: 1, type: 'bg:fill', data, timestamp: Date.now() });
  }, PLATFORM_ORIGIN);
  expect(answer.res).toMatchObject({ ok: false, reason: 'not-a-filing-page' });
  await page.bringToFront();
  await expect(page.getByRole('checkbox', { name: /我已阅知上述告知事项/ })).not.toBeChecked();
  await expect(page.getByRole('button', { name: /^提\s?交$/ })).toBeDisabled();
  await expect(page.locator('.wizard')).toHaveAttribute('data-submits', '0');
  expect((await snapshot(page)).step).toBe(4);
});

test('a profile saved before 网站类型 existed: step 2 is filled, 网站类型 listed empty for the user to pick', async ({
  context,
  extPage,
}) => {
  const old = websiteProfile();
  for (const site of old.websites) delete site.siteType;
  const { page, panel } = await openWithProfiles(context, extPage, '/web/website/add?step=2', [old]);
  await expect(panel.getByTestId('page-label')).toHaveText('新办网站申请 · 第2步 网站基本信息');
  // The check warns (it does not refuse): the user confirms with a second click.
  await panel.getByRole('button', { name: '一键填充' }).click();
  await expect(panel.getByRole('list', { name: '资料检查' })).toContainText('网站类型');
  await panel.getByRole('button', { name: '仍然填充' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^已填充/, { timeout: 45_000 });
  expect(await listedFailures(panel)).toEqual([]);
  const step2 = await snapshot(page);
  expect(step2.model).toMatchObject({ siteName: '示例科技官网', siteType: [] });
  expect(await listedMissing(panel)).toEqual(['网站信息 · 网站类型']);
  await chooseSiteTypeByHand(page);
  await expect.poll(() => listedMissing(panel)).toEqual([]);
});
