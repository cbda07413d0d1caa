import { sampleProfile } from '../../lib/profile/sample';
import { doneFiles, fillFromPanel, listedFailures, listedMissing, openWithProfiles, snapshot } from './extension-fill';
import { PERSONAL_PERSON, personalProfile, UNIT_FILES, UNIT_MODEL } from './fill-cases';
import { expect, test } from './fixtures';

test('one click fills 新增主体 for a 单位: every value reaches the form model', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  await expect(panel.getByTestId('page-label')).toHaveText('新增主体');
  const status = await fillFromPanel(panel);
  expect(status).not.toMatch(/失败/);

  const snap = await snapshot(page);
  expect(snap.model).toEqual(UNIT_MODEL);
  for (const [key, names] of Object.entries(UNIT_FILES)) expect(doneFiles(snap, key)).toEqual(names);
  await expect(panel.getByTestId('page-label')).toHaveText('新增主体 · 单位');
  expect(await listedMissing(panel)).toEqual([]);
  await expect(panel.getByText('✔ 没有待填必填项')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/panel-after-fill.png' });

  // The form's own validation accepts what we filled.
  await page.getByRole('button', { name: '提交审核' }).click();
  await expect(page.getByText('提交成功，请等待审核')).toBeVisible();
  expect((await snapshot(page)).errors).toEqual([]);
});

test('a 个人 subject gets no unit fields, and 长期有效 leaves the date alone', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [personalProfile()]);
  await fillFromPanel(panel);
  const snap = await snapshot(page);
  expect(snap.model.nature).toBe('gr');
  expect(snap.model.unitName).toBe('');
  expect(snap.model.person).toEqual(PERSONAL_PERSON);
  await expect(panel.getByTestId('page-label')).toHaveText('新增主体 · 个人');
  expect(await listedMissing(panel)).toEqual([]);
  expect(await listedFailures(panel)).toEqual([]);
});

test('a profile with gaps: the list names exactly the empty required fields and follows edits live', async ({
  context,
  extPage,
}) => {
  const profile = sampleProfile();
  const boss = profile.people[0];
  if (!boss) throw new Error('sample has no 负责人');
  boss.mobile = '';
  boss.idFront = undefined;
  profile.subject.unit.legalRepName = '';
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [profile]);
  await expect.poll(async () => (await listedMissing(panel)).length).toBeGreaterThan(10);
  await page.screenshot({ path: 'test-results/screens/panel-missing.png' });
  // The check warns about the gaps first; the user confirms with a second click.
  await panel.getByRole('button', { name: '一键填充' }).click();
  await expect(panel.getByRole('status')).toHaveText(/条提醒/);
  await expect(panel.getByRole('list', { name: '资料检查' })).toContainText('手机号码');
  await panel.getByRole('button', { name: '仍然填充' }).click();
  await expect(panel.getByRole('status')).toHaveText(/^已填充/, { timeout: 45_000 });
  expect(await listedMissing(panel)).toEqual([
    '主办单位信息 · 法定代表人姓名',
    '负责人信息 · 身份证人像面',
    '负责人信息 · 负责人手机号码',
  ]);
  const mobile = page.locator('.ant-form-item').filter({ hasText: '负责人手机号码' }).locator('input');
  await mobile.fill('18612345678');
  await expect.poll(() => listedMissing(panel)).toEqual(['主办单位信息 · 法定代表人姓名', '负责人信息 · 身份证人像面']);

  // Clicking an entry takes the user to the field.
  await panel.getByRole('button', { name: '主办单位信息 · 法定代表人姓名' }).click();
  await expect(page.locator('.ant-form-item').filter({ hasText: '法定代表人姓名' }).locator('input')).toBeFocused();
});

test('only-empty mode keeps what the user typed; undo restores the form as it was', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [sampleProfile()]);
  await page.getByRole('combobox').first().click();
  await page.locator('.ant-select-item-option[title="单位"]').click();
  const name = page.locator('.ant-form-item').filter({ hasText: '主办单位名称' }).locator('input');
  await name.fill('用户自己填的名称');
  const typed = await snapshot(page);
  await fillFromPanel(panel);
  const filled = await snapshot(page);
  expect(filled.model.unitName).toBe('用户自己填的名称');
  expect(filled.model.legalRepName).toBe('王五');

  // Undo: every value and every uploaded file is as the user left it, except the selects the page offers no
  // way to empty (no clear button): the panel names those for the user to fix by hand.
  await panel.getByRole('button', { name: '撤销' }).click();
  await expect(panel.getByRole('status')).toHaveText(
    '已撤销。以下 3 项无法恢复原状，请手动修改：主办单位性质、负责人证件类型、主办单位证件类型',
  );
  const undone = await snapshot(page);
  const empty = (v: unknown) => (v === null || (Array.isArray(v) && v.length === 0) ? '' : v);
  const normal = (m: Record<string, unknown>, skip: string[]) =>
    JSON.parse(JSON.stringify(m, (k, v) => (skip.includes(k) ? undefined : empty(v))));
  const kept = ['unitKind', 'unitCertType', 'idType'];
  expect(normal(undone.model, kept)).toEqual(normal(typed.model, kept));
  expect([undone.model.unitKind, undone.model.unitCertType, undone.model.person?.idType]).toEqual([
    filled.model.unitKind,
    filled.model.unitCertType,
    filled.model.person?.idType,
  ]);
  expect(undone.files).toEqual(typed.files);
});
