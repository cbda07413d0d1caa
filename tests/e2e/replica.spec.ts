// The replica of the platform's forms: hand-filled pages must land in the model exactly, required
// fields must show their errors, navigation must stay client-side. Screens go to test-results/screens.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  chooseOption,
  chooseRegion,
  fillAppByHand,
  fillSubjectByHand,
  fillWebsiteStep2ByHand,
  fillWebsiteStep3ByHand,
  item,
  type PersonData,
  regionCodes,
  section,
} from './manual-fill';
import { APP, CHEN, photos, SITE, SUBJECT_PERSONAL, SUBJECT_UNIT, ZHANG } from './replica-data';
import { type FilePayload, oversized, png, textFile } from './replica-files';
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

test('empty forms show their required-field errors', async ({ context }) => {
  const page = await openReplica(context, '/web/subject/add');
  await page.getByRole('button', { name: '提交审核' }).click();
  const person = ['name', 'idType', 'idNo', 'idExpiry', 'idFront', 'idBack', 'idHand', 'region', 'address', 'mobile'];
  await expect
    .poll(async () => (await snapshot(page)).errors.map((e) => e.field))
    .toEqual(['nature', ...person.map((k) => `person.${k}`)]);
  const errors = (await snapshot(page)).errors;
  expect(errors[0]).toEqual({ field: 'nature', label: '开办主体性质', message: '请选择开办主体性质' });
  expect(errors).toContainEqual({ field: 'person.mobile', label: '负责人手机号码', message: '请输入负责人手机号码' });
  await expect(page.locator('.ant-form-item-explain-error')).toHaveCount(errors.length);
  await expect(page.getByText('请上传身份证人像面')).toBeVisible();

  // A wrong mobile number replaces the required message with the format message.
  await page.getByPlaceholder('手机号码格式:186xxxxxxxx').fill('12345');
  await page.getByPlaceholder('手机号码格式:186xxxxxxxx').blur();
  await expect
    .poll(async () => (await snapshot(page)).errors.find((e) => e.field === 'person.mobile')?.message)
    .toBe('手机号码格式不正确');

  await page.goto(`${new URL(page.url()).origin}/web/website/add`);
  await page.getByRole('button', { name: '下一步' }).click();
  await expect
    .poll(async () => (await snapshot(page)).errors)
    .toEqual([{ field: 'subjectId', label: '开办主体', message: '请选择开办主体' }]);
  expect((await snapshot(page)).step).toBe(1);
  await page.getByText('李华').click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('.section-title-text', { hasText: '网站信息' })).toBeVisible();
  await page.getByRole('button', { name: '下一步' }).click();
  const step2 = ['siteName', 'icpNo', 'openDate', 'domain', 'domainCert', 'certRange', 'ips.0'];
  const providers = ['access.jurisdiction', 'access.region', 'access.name', 'access.method'];
  const registrar = ['registrar.jurisdiction', 'registrar.region', 'registrar.name'];
  await expect
    .poll(async () => (await snapshot(page)).errors.map((e) => e.field))
    .toEqual([...step2, ...providers, ...registrar, 'interactive', 'controlledItems', 'preLicense']);
  expect((await snapshot(page)).step).toBe(2);

  await page.goto(`${new URL(page.url()).origin}/web/app/add`);
  await page.getByRole('button', { name: /^提\s?交$/ }).click();
  await expect.poll(async () => (await snapshot(page)).errors.length).toBe(20);
  await expect(page.getByText('请上传运行截图')).toBeVisible();
});

test('menu navigation is client-side: route and heading change, the window survives', async ({ context }) => {
  const page = await openReplica(context, '/web/dashboard/home');
  await page.evaluate(() => Object.assign(window, { __marker: 'kept' }));
  const menu = page.locator('.side-menu');
  const go = async (group: string, entry: string, path: string) => {
    const link = menu.getByRole('menuitem', { name: entry, exact: true });
    if (!(await link.isVisible())) await menu.getByText(group, { exact: true }).click();
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('.page-heading')).toHaveText(entry);
    await expect(page.locator('.crumbs')).toContainText(group);
  };
  await go('开办主体管理', '新增主体', '/web/subject/add');
  await go('网站业务', '新办网站申请', '/web/website/add');
  await go('APP业务', '新增APP', '/web/app/add');
  await go('开办主体管理', '变更主体', '/web/subject/change');
  expect(await page.evaluate(() => (window as unknown as { __marker?: string }).__marker)).toBe('kept');
  expect((await snapshot(page)).page).toBeNull();
});

test('uploads check type, size and count, and long selects are virtual', async ({ context }) => {
  const page = await openReplica(context, '/web/app/add');
  const person = section(page, '负责人信息');
  const front = person.locator('.ant-form-item', { hasText: '身份证人像面' });
  await front.locator('input[type=file]').setInputFiles(oversized('big.png'));
  await expect(page.getByText('文件大小不能超过5MB')).toBeVisible();
  await front.locator('input[type=file]').setInputFiles(textFile('notes.txt'));
  await expect(page.getByText('仅支持png,jpeg,jpg格式的图片')).toBeVisible();
  await expect(front.locator('.ant-upload-list-item')).toHaveCount(0);

  const app = section(page, 'APP信息');
  const logo = app.locator('.ant-form-item', { hasText: '应用logo' });
  await logo.locator('input[type=file]').setInputFiles(oversized('logo.png', 2));
  await expect(page.getByText('文件大小不能超过2MB')).toBeVisible();
  const shots = app.locator('.ant-form-item', { hasText: '运行截图' });
  await shots.locator('input[type=file]').setInputFiles(Array.from({ length: 7 }, (_, i) => png(`s${i}.png`)));
  await expect(page.getByText('最多上传6张图片')).toBeVisible();
  await expect(shots.locator('.ant-upload-list-item-done')).toHaveCount(6);
  await expect(shots.locator('.ant-upload-select')).toBeHidden();

  await person.locator('.ant-form-item', { hasText: '负责人证件类型' }).locator('.ant-select-selector').click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options.first()).toHaveAttribute('title', '居民身份证');
  expect(await options.count()).toBeLessThan(15);
});

test('variants: renamed label, missing and extra fields, swapped sections, async names', async ({ context }) => {
  const page = await openReplica(context, '/web/subject/add?variant=renamed-label,missing-field,extra-required');
  const person = section(page, '负责人信息');
  await expect(person.locator('label[title="联系手机"]')).toBeVisible();
  await expect(person.locator('label[title="负责人手机号码"]')).toHaveCount(0);
  await expect(person.locator('label[title="电子邮件地址"]')).toHaveCount(0);
  await expect(person.locator('label.ant-form-item-required[title="紧急联系人QQ"]')).toBeVisible();
  const model = (await snapshot(page)).model as { person: Record<string, unknown> };
  expect(model.person).toHaveProperty('qq', '');
  expect(model.person).not.toHaveProperty('email');
  // Kept across client-side navigation although the query string is gone.
  await page.locator('.side-menu').getByText('网站业务', { exact: true }).click();
  await page.locator('.side-menu').getByRole('menuitem', { name: '新办网站申请' }).click();
  await page.getByText('杭州示例网络科技有限公司').click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(page.locator('label[title="站点名称"]')).toBeVisible();
  await expect(page.locator('label[title="市值"]')).toHaveCount(0);
  expect((await snapshot(page)).model).not.toHaveProperty('marketValue');

  const slow = await openReplica(context, '/web/website/add?variant=reorder-sections,slow-options,upload-fail');
  await slow.getByText('李华').click();
  await slow.getByRole('button', { name: '下一步' }).click();
  const titles = slow.locator('.section-title-text');
  await expect(titles).toHaveText([
    '网站信息',
    '域名注册服务商',
    '网络接入服务商',
    '服务类型',
    '互联网危险物品信息发布',
    '网站语种',
  ]);
  const access = section(slow, '网络接入服务商');
  await chooseOption(item(access, '接入商所属地区管辖'), '境内');
  await chooseRegion(item(access, '接入商所属地区'), ['北京市', '市辖区', '海淀区']);
  const started = Date.now();
  await chooseOption(item(access, '名称'), '腾讯云计算（北京）有限责任公司');
  expect(Date.now() - started).toBeGreaterThan(2000);
  const cert = item(section(slow, '网站信息'), '域名证书');
  await cert.locator('input[type=file]').setInputFiles(png('cert.png'));
  await expect(cert.locator('.ant-upload-list-item-error')).toHaveCount(1);
  expect((await snapshot(slow)).files.domainCert).toEqual([
    { name: 'cert.png', type: 'image/png', size: png('x').buffer.length, status: 'error' },
  ]);
});

test('no-subject shows the 提示 dialog and no-options never delivers provider names', async ({ context }) => {
  const page = await openReplica(context, '/web/dashboard/home?variant=no-subject,no-options');
  const dialog = page.locator('.ant-modal');
  await expect(dialog).toContainText('您当前还没有有效主体，请先申请主体');
  await expect(dialog.getByRole('button')).toHaveText(['取 消', '申请主体', '关联旧账号']);
  await dialog.getByRole('button', { name: '申请主体' }).click();
  await expect(page).toHaveURL(/\/web\/subject\/add$/);

  await page.locator('.side-menu').getByText('网站业务', { exact: true }).click();
  await page.locator('.side-menu').getByRole('menuitem', { name: '新办网站申请' }).click();
  await expect(page.getByText('您当前还没有有效主体，请先申请主体')).toBeVisible();

  const none = await openReplica(context, '/web/website/add?variant=no-options');
  await none.getByText('李华').click();
  await none.getByRole('button', { name: '下一步' }).click();
  const registrar = section(none, '域名注册服务商');
  await chooseOption(item(registrar, '域名商所属地区管辖'), '境内');
  await chooseRegion(item(registrar, '域名服务商所属地区'), ['广东省', '广州市', '海珠区']);
  await item(registrar, '名称').locator('.ant-select-selector').click();
  // The region cascader's popup may still be leaving; the names select's popup is the one saying 加载中.
  await expect(none.locator('.ant-select-dropdown:visible', { hasText: '加载中...' })).toBeVisible();
  const opened = Date.now();
  // Polls (no fixed sleep) until well past the normal 400 ms delivery, expecting still no options.
  await expect
    .poll(async () =>
      (await none.locator('.ant-select-dropdown:visible .ant-select-item-option').count()) > 0
        ? 'arrived'
        : Date.now() - opened > 1500
          ? 'none'
          : 'waiting',
    )
    .toBe('none');
});
