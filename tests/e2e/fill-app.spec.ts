import { sampleProfile } from '../../lib/profile/sample';
import { doneFiles, fillFromPanel, listedFailures, listedMissing, openWithProfiles, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

test('one click fills 新增APP: the person block and every APP field reach the model', async ({ context, extPage }) => {
  const profile = sampleProfile();
  const app = profile.apps[0];
  if (!app) throw new Error('sample lost its app');
  Object.assign(app, {
    platforms: ['Android', 'IOS', '鸿蒙'],
    preLicense: true,
    preLicenseKinds: ['新闻', '出版'],
    marketValue: '3',
    screenshots: [1, 2, 3].map((n) => ({ id: `shot-${n}`, name: `shot-${n}.png`, type: 'image/png', size: 70 })),
  });
  const { page, panel } = await openWithProfiles(context, extPage, '/web/app/add', [profile]);
  await expect(panel.getByTestId('page-label')).toHaveText('新增APP');
  await fillFromPanel(panel);
  expect(await listedFailures(panel)).toEqual([]);

  const snap = await snapshot(page);
  expect(snap.model).toMatchObject({
    person: { name: '张三', idNo: '330110198506151238', idExpiry: '2035-06-15', mobile: '18612345678' },
    appName: '示例助手',
    platforms: ['Android', 'IOS', '鸿蒙'],
    appType: 'G',
    packageName: 'cn.example.helper',
    marketValue: '3',
    monthlyActive: '1000',
    registeredUsers: '5000',
    preLicense: true,
    preLicenseKinds: ['新闻', '出版'],
    description: '一个示例应用。',
  });
  expect(doneFiles(snap, 'logo')).toEqual(['logo.png']);
  expect(doneFiles(snap, 'screenshots')).toEqual(['shot-1.png', 'shot-2.png', 'shot-3.png']);
  expect(doneFiles(snap, 'person.idFront')).toEqual(['front.png']);
  expect(await listedMissing(panel)).toEqual([]);

  // The form's own validation accepts what we filled: it says so only after validating.
  await page.getByRole('button', { name: /^提\s*交$/ }).click();
  await expect(page.getByText('提交成功，请等待审核')).toBeVisible();
  expect((await snapshot(page)).errors).toEqual([]);
});
