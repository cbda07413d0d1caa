// The replica of the platform's forms: hand-filled pages must land in the model exactly and pass the page's own
// validation. Screens go to test-results/screens. Errors, navigation and variants: replica-behaviour.spec.ts.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  chooseSiteTypeByHand,
  fillAppByHand,
  fillSubjectByHand,
  fillWebsiteStep2ByHand,
  fillWebsiteStep3ByHand,
  type PersonData,
  regionCodes,
  section,
} from './manual-fill';
import { APP, CHEN, photos, SITE, SUBJECT_PERSONAL, SUBJECT_UNIT, ZHANG } from './replica-data';
import type { FilePayload } from './replica-files';
import { openReplica, snapshot } from './replica-helpers';

const fileInfo = (f: FilePayload, status = 'done') => ({
  name: f.name,
  type: f.mimeType,
  size: f.buffer.length,
  status,
});
const photoFiles = (base: string, p: PersonData['photos']) => ({
  [`${base}.idFront`]: [fileInfo(p.front)],
  [`${base}.idBack`]: [fileInfo(p.back)],
  [`${base}.idHand`]: [fileInfo(p.hand)],
});
const personModel = (p: PersonData) => ({
  name: p.name,
  idType: p.idType,
  idNo: p.idNo,
  idExpiry: p.idLongTerm ? null : (p.idExpiry ?? null),
  idLongTerm: Boolean(p.idLongTerm),
  region: regionCodes(p.region),
  address: p.address,
  mobile: p.mobile,
  officePhone: p.officePhone ?? '',
  email: p.email ?? '',
});
const screen = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });

test('新增主体 (单位) filled by hand lands in the model and passes validation', async ({ context }) => {
  const page = await openReplica(context, '/web/subject/add');
  await fillSubjectByHand(page, SUBJECT_UNIT);
  const u = SUBJECT_UNIT.unit as NonNullable<typeof SUBJECT_UNIT.unit>;
  const snap = await snapshot(page);
  expect(snap).toMatchObject({ route: '/web/subject/add', page: 'subject', step: null });
  expect(snap.model).toEqual({
    nature: 'dw',
    unitKind: u.kind,
    unitName: u.name,
    unitCertType: u.certType,
    unitCertNo: u.certNo,
    officeRegion: regionCodes(u.officeRegion),
    officeAddress: u.officeAddress,
    regRegion: regionCodes(u.regRegion ?? []),
    regAddress: u.regAddress,
    legalRepName: u.legalRepName,
    person: personModel(ZHANG),
  });
  expect(snap.files).toEqual({ unitCert: [fileInfo(u.cert)], ...photoFiles('person', ZHANG.photos) });
  await expect(page.locator('.ant-upload-list-item-thumbnail img').first()).toHaveAttribute('src', /^(data|blob):/);
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('提交成功，请等待审核')).toBeVisible();
  expect((await snapshot(page)).errors).toEqual([]);
  await screen(page, 'replica-subject-unit');
});

test('新增主体 (个人) with 长期有效 disables the date and drops its required rule', async ({ context }) => {
  const page = await openReplica(context, '/web/subject/add');
  await fillSubjectByHand(page, SUBJECT_PERSONAL);
  const expiry = section(page, '负责人信息').locator('.ant-form-item', { hasText: '负责人证件有效期' });
  await expect(expiry.locator('input').first()).toBeDisabled();
  await expect(expiry.locator('label.ant-form-item-required')).toHaveCount(0);
  const snap = await snapshot(page);
  expect(snap.model).toMatchObject({ nature: 'gr', unitName: '', officeRegion: [], person: personModel(CHEN) });
  expect(snap.files).toEqual({ unitCert: [], ...photoFiles('person', CHEN.photos) });
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('提交成功，请等待审核')).toBeVisible();
  await screen(page, 'replica-subject-personal');
});

test('新办网站申请 steps 1-3 filled by hand, with 同主体负责人信息', async ({ context }) => {
  const page = await openReplica(context, '/web/website/add');
  await page.getByText('杭州示例网络科技有限公司').click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(section(page, '网站信息')).toBeVisible();
  const danger = section(page, '互联网危险物品信息发布');
  await expect(danger.getByRole('checkbox', { name: '民爆物品' })).toBeDisabled();
  await fillWebsiteStep2ByHand(page, SITE);
  let snap = await snapshot(page);
  expect(snap.step).toBe(2);
  expect(snap.model).toMatchObject({
    subjectId: 'S330100001',
    siteName: SITE.siteName,
    icpNo: SITE.icpNo,
    openDate: SITE.openDate,
    domain: SITE.domain,
    certRange: SITE.certRange,
    otherDomains: SITE.otherDomains,
    ips: SITE.ips,
    marketValue: SITE.marketValue,
    monthlyActive: SITE.monthlyActive,
    access: { ...SITE.access, region: regionCodes(SITE.access.region) },
    registrar: { ...SITE.registrar, region: regionCodes(SITE.registrar.region) },
    interactive: true,
    controlledItems: true,
    controlledKinds: SITE.controlledKinds,
    preLicense: false,
    preLicenseKinds: [],
    languages: SITE.languages,
  });
  expect(snap.files.domainCert).toEqual([fileInfo(SITE.cert)]);
  await screen(page, 'replica-website-step2');

  await chooseSiteTypeByHand(page);
  expect((await snapshot(page)).model.siteType).toEqual(['Z', '企业官网']);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(section(page, '网站安全负责人')).toBeVisible();
  const subjectPhotos = photos('security');
  await fillWebsiteStep3ByHand(page, { security: 'same', emergency: CHEN }, subjectPhotos);
  snap = await snapshot(page);
  expect(snap.step).toBe(3);
  expect(snap.model.security).toEqual({
    sameAsSubject: true,
    name: '王小明',
    idType: '居民身份证',
    idNo: '330106199001011234',
    idExpiry: '2035-06-30',
    idLongTerm: false,
    region: ['33', '3301', '330106'],
    address: '文三路90号东部软件园1号楼',
    mobile: '13812345678',
    officePhone: '0571-88886666',
    email: 'wangxm@example.com',
  });
  expect(snap.model.emergency).toEqual({ sameAsSubject: false, ...personModel(CHEN) });
  expect(snap.files).toMatchObject({
    ...photoFiles('security', subjectPhotos),
    ...photoFiles('emergency', CHEN.photos),
  });
  await expect(section(page, '网站安全负责人').locator('.ant-select-selection-item')).toContainText([
    '居民身份证',
    '浙江省 / 杭州市 / 西湖区',
  ]);
  await screen(page, 'replica-website-step3');

  await page.getByRole('button', { name: '下一步' }).click();
  await expect(section(page, '提示说明')).toBeVisible();
  expect((await snapshot(page)).step).toBe(4);
});

test('新增APP filled by hand', async ({ context }) => {
  const page = await openReplica(context, '/web/app/add');
  await expect(section(page, 'APP信息').getByRole('checkbox', { name: '教育' })).toBeDisabled();
  await fillAppByHand(page, APP);
  const snap = await snapshot(page);
  expect(snap).toMatchObject({ route: '/web/app/add', page: 'app' });
  expect(snap.model).toEqual({
    person: personModel(ZHANG),
    appName: APP.appName,
    platforms: APP.platforms,
    appType: 'E',
    packageName: APP.packageName,
    marketValue: APP.marketValue,
    monthlyActive: APP.monthlyActive,
    registeredUsers: APP.registeredUsers,
    preLicense: true,
    preLicenseKinds: APP.preLicenseKinds,
    description: APP.description,
  });
  expect(snap.files).toEqual({
    ...photoFiles('person', ZHANG.photos),
    logo: [fileInfo(APP.logo)],
    screenshots: APP.screenshots.map((f) => fileInfo(f)),
  });
  await page.getByRole('button', { name: /^提\s?交$/ }).click();
  await expect(page.getByText('提交成功，请等待审核')).toBeVisible();
  await screen(page, 'replica-app');
});
