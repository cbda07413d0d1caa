// The platform's 草稿: a draft saved by hand and reopened from the drafts page shows its values again, and
// 保存到资料 takes them from there like from any filled form.
import { captureFromPanel, confirmSave, fillConfirming, openReview } from './capture-flow';
import { openWithProfiles, panelOf, snapshot } from './extension-fill';
import { expect, test } from './fixtures';
import { fillSubjectByHand } from './manual-fill';
import { PLATFORM_ORIGIN } from './platform-routes';
import { ZHANG } from './replica-data';
import { png } from './replica-files';

const fileNames = (files: Record<string, { name: string; status: string }[]>) =>
  Object.fromEntries(
    Object.entries(files).map(([k, list]) => [k, list.filter((f) => f.status === 'done').map((f) => f.name)]),
  );

test('a 新增主体 draft reopened from 草稿 is captured and saved; a fill reproduces it', async ({
  context,
  extPage,
}) => {
  const { page } = await openWithProfiles(context, extPage, '/web/subject/add', [], { open: false });
  await fillSubjectByHand(page, {
    nature: '单位',
    unit: {
      kind: '企业',
      name: '杭州草稿科技有限公司',
      certType: '统一社会信用代码证',
      certNo: '91330110MA2H3K4L4C',
      cert: png('licence.png', [220, 220, 220]),
      officeRegion: ['浙江省', '杭州市', '余杭区'],
      officeAddress: '文一西路1号',
      legalRepName: '周明理',
    },
    person: { ...ZHANG, idNo: '330110198808086611' },
  });
  const typed = await snapshot(page);
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('草稿已保存')).toBeVisible();

  await page.goto(`${PLATFORM_ORIGIN}/web/business/businessHome/draft`);
  const row = page.getByRole('row', { name: /杭州草稿科技有限公司/ });
  await row.getByRole('link', { name: '打开' }).click();
  await expect(page.locator('.page-heading')).toHaveText('新增主体');
  await expect.poll(async () => (await snapshot(page)).model).toEqual(typed.model);
  expect(fileNames((await snapshot(page)).files)).toEqual(fileNames(typed.files));

  const panel = await panelOf(page);
  await captureFromPanel(panel);
  const review = await openReview(context, panel);
  await confirmSave(review);

  const fresh = await context.newPage();
  await fresh.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  await fillConfirming(await panelOf(fresh));
  const filled = await snapshot(fresh);
  expect(filled.model).toEqual(typed.model);
  expect(fileNames(filled.files)).toEqual(fileNames(typed.files));
});
