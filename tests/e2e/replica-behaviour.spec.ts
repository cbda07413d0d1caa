// The replica's behaviour beyond the filled forms: required-field errors, client-side navigation, upload checks,
// virtual selects and the page variants the fill engine is tested against.
import { expect, test } from './fixtures';
import { chooseOption, chooseRegion, item, section } from './manual-fill';
import { oversized, png, textFile } from './replica-files';
import { openReplica, snapshot } from './replica-helpers';
import { selectPopup } from './replica-popups';

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
  const step2 = ['siteName', 'siteType', 'icpNo', 'openDate', 'domain', 'domainCert', 'certRange', 'ips.0'];
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

  const idType = person.locator('.ant-form-item', { hasText: '负责人证件类型' });
  await idType.locator('.ant-select-selector').click();
  const options = (await selectPopup(idType)).locator('.ant-select-item-option');
  await expect(options.first()).toHaveAttribute('title', '居民身份证');
  expect(await options.count()).toBeLessThan(15);
});

test('variants: renamed label, missing and extra fields, swapped sections, async names', async ({ context }) => {
  const page = await openReplica(context, '/web/subject/add?variant=renamed-label,missing-field,extra-required');
  const person = section(page, '负责人信息');
  await expect(person.locator('label[title="联系方式"]')).toBeVisible();
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
  // The names are still on their way (3 s in this variant) when the region is chosen; they arrive later.
  const names = item(access, '名称');
  await expect(names.locator('.anticon-loading')).toBeVisible();
  await chooseOption(names, '腾讯云计算（北京）有限责任公司');
  await expect(names.locator('.anticon-loading')).toHaveCount(0);
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
  const names = item(registrar, '名称');
  await names.locator('.ant-select-selector').click();
  const popup = await selectPopup(names);
  await expect(popup).toContainText('加载中...');
  const opened = Date.now();
  // Polls (no fixed sleep) until well past the normal 400 ms delivery, expecting still no options.
  await expect
    .poll(async () =>
      (await popup.locator('.ant-select-item-option').count()) > 0
        ? 'arrived'
        : Date.now() - opened > 1500
          ? 'none'
          : 'waiting',
    )
    .toBe('none');
});
