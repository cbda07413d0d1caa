// 保存到资料 (issue 14): a form filled by hand is captured from the panel, reviewed in the options page and saved;
// a fill from the saved profile on an empty form then gives the same model and files. A value typed with an
// error shows as an error in the review and is saved only when the user ticks it.
import type { Page } from '@playwright/test';
import { captureFromPanel, confirmSave, openReview, reviewRow } from './capture-flow';
import { fillFromPanel, openPanel, openWithProfiles, panelOf, snapshot } from './extension-fill';
import { expect, test } from './fixtures';
import { fillSubjectByHand, type SubjectData } from './manual-fill';
import { PLATFORM_ORIGIN } from './platform-routes';
import { ZHANG } from './replica-data';
import { png } from './replica-files';

const UNIT: SubjectData = {
  nature: '单位',
  unit: {
    kind: '律师事务所',
    name: '杭州明理律师事务所',
    certType: '统一社会信用代码证',
    certNo: '91330110MA2H3K4L4C',
    cert: png('licence.png', [220, 220, 220]),
    officeRegion: ['浙江省', '杭州市', '余杭区'],
    officeAddress: '仓前街道良睦路1399号',
    regRegion: ['山东省', '烟台市', '芝罘区'],
    regAddress: '南大街100号',
    legalRepName: '周明理',
  },
  // ZHANG's number in replica-data has a wrong check digit: that one is for the error test.
  person: { ...ZHANG, idNo: '330110198808086611' },
};

type Stored = { people: { name: string; idNo: string }[] };
const storedProfiles = (extPage: Page) =>
  extPage.evaluate(async () => ((await chrome.storage.local.get('profiles')).profiles ?? []) as Stored[]);

const fileNames = (files: Record<string, { name: string; status: string }[]>) =>
  Object.fromEntries(
    Object.entries(files).map(([k, list]) => [k, list.filter((f) => f.status === 'done').map((f) => f.name)]),
  );

test('新增主体 filled by hand → 保存到资料 → review → a fill of an empty form gives the same model', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [], { open: false });
  await fillSubjectByHand(page, UNIT);
  const typed = await snapshot(page);

  const summary = await captureFromPanel(panel);
  expect(summary).not.toMatch(/还需读取/);
  await page.screenshot({ path: 'test-results/screens/capture-panel.png' });
  const review = await openReview(context, panel);
  await expect(review.getByRole('combobox', { name: '保存到' })).toHaveValue('');
  await expect(reviewRow(review, '主办单位', '主办单位名称')).toContainText('杭州明理律师事务所');
  await expect(reviewRow(review, '张伟', '负责人证件号码')).toContainText('330110198808086611');
  await review.screenshot({ path: 'test-results/screens/capture-review-new.png', fullPage: true });
  await expect(review.locator('tr.has-error')).toHaveCount(0);
  await confirmSave(review);

  // A fresh, empty form filled from the saved profile (the only one, so the active one).
  const fresh = await context.newPage();
  await fresh.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  const freshPanel = await panelOf(fresh);
  await openPanel(freshPanel);
  await fillFromPanel(freshPanel);
  const filled = await snapshot(fresh);
  expect(filled.model).toEqual(typed.model);
  expect(fileNames(filled.files)).toEqual(fileNames(typed.files));
});

test('a wrong check digit typed by hand is an error in the review, saved only when the user ticks it', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [], { open: false });
  // ZHANG's number ends in 7 where the check digit is 1.
  await fillSubjectByHand(page, { ...UNIT, person: ZHANG });
  await captureFromPanel(panel);
  let review = await openReview(context, panel);
  const idRow = reviewRow(review, '张伟', '负责人证件号码');
  await expect(idRow).toHaveClass(/has-error/);
  await expect(idRow).toContainText(/校验位/);
  await expect(idRow.getByRole('checkbox')).not.toBeChecked();
  // Nothing is stored before the user confirms.
  expect(await storedProfiles(review)).toEqual([]);
  await confirmSave(review);
  let [saved] = await storedProfiles(review);
  expect(saved?.people).toHaveLength(1);
  expect(saved?.people[0]).toMatchObject({ name: '张伟', idNo: '' });
  await review.close();

  // Again, into that profile and its person, and this time the user accepts the number as typed.
  await captureFromPanel(panel);
  review = await openReview(context, panel);
  await review.getByRole('combobox', { name: '保存到' }).selectOption({ label: '合并到「杭州明理律师事务所」' });
  await review.getByRole('combobox', { name: '负责人对应的人员' }).selectOption({ label: '张伟' });
  await expect(review.locator('tr.conflict')).toHaveCount(0);
  await reviewRow(review, '张伟', '负责人证件号码').getByRole('checkbox').check();
  await review.screenshot({ path: 'test-results/screens/capture-review-merge.png', fullPage: true });
  await confirmSave(review);
  [saved] = await storedProfiles(review);
  expect(saved?.people).toHaveLength(1);
  expect(saved?.people[0]?.idNo).toBe(ZHANG.idNo);
});

test('保存到资料 counts only a real click on the visible panel, and the page hears nothing of the values', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add', [], { open: false });
  await page.evaluate(() => {
    const w = window as unknown as { heard: number };
    w.heard = 0;
    window.addEventListener('message', () => {
      w.heard++;
    });
  });
  await fillSubjectByHand(page, UNIT);
  await openPanel(panel);
  const button = panel.getByRole('button', { name: '保存到资料' });
  const status = panel.getByTestId('capture-status');
  // A script's click inside the frame is not the user's.
  await button.evaluate((b: HTMLElement) => b.click());
  // A white cover that lets the click through: the user cannot see what the click does.
  const box = await button.boundingBox();
  if (!box) throw new Error('no capture button');
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.id = 'cover';
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none';
    document.documentElement.append(cover);
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(status).toHaveText(/^未读取：/);
  await expect(panel.getByRole('button', { name: '核对并保存' })).toHaveCount(0);
  const options = await extPage('options.html');
  const held = () =>
    options.evaluate(
      async () => (await chrome.runtime.sendMessage({ id: 1, type: 'bg:capture-list', timestamp: Date.now() })).res,
    );
  expect(await held()).toEqual([]);

  await page.evaluate(() => document.getElementById('cover')?.remove());
  await page.bringToFront();
  await captureFromPanel(panel);
  expect(await held()).toHaveLength(1);
  expect(await page.evaluate(() => (window as unknown as { heard: number }).heard)).toBe(0);
});
