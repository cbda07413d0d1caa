import { doneFiles, fillFromPanel, listedFailures, listedMissing, openWithProfiles, snapshot } from './extension-fill';
import { APP_FILES, APP_MODEL, appProfile } from './fill-cases';
import { expect, test } from './fixtures';

test('one click fills 新增APP: the person block and every APP field reach the model', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/app/add', [appProfile()]);
  await expect(panel.getByTestId('page-label')).toHaveText('新增APP');
  await fillFromPanel(panel);
  expect(await listedFailures(panel)).toEqual([]);

  const snap = await snapshot(page);
  expect(snap.model).toMatchObject(APP_MODEL);
  for (const [key, names] of Object.entries(APP_FILES)) expect(doneFiles(snap, key)).toEqual(names);
  expect(await listedMissing(panel)).toEqual([]);

  // The form's own validation accepts what we filled: it says so only after validating.
  await page.getByRole('button', { name: /^提\s*交$/ }).click();
  await expect(page.getByText('提交成功，请等待审核')).toBeVisible();
  expect((await snapshot(page)).errors).toEqual([]);
});
