// A user teaches a field the engine could not prove (这是…): remembered, used by the next fill, listed and removable
// in the editor. A teach click on a covered panel is refused like a fill's.
import type { Page } from '@playwright/test';
import { sampleProfile } from '../../lib/profile/sample';
import { fillAccepting, listedMissing, openWithProfiles, type Panel, snapshot } from './extension-fill';
import { expect, test } from './fixtures';

const TAUGHT = '负责人信息 · 手机号码';

async function openChoices(panel: Panel) {
  await panel.getByRole('button', { name: '联系方式：这是…' }).click();
  return panel.getByRole('list', { name: '「联系方式」是哪一项' });
}

const storedLinks = (ext: Page) =>
  ext.evaluate(async () => (await chrome.storage.local.get('fieldLinks')).fieldLinks ?? []);

test('a field taught in the panel is filled from the next fill on, and removed again in the editor', async ({
  context,
  extPage,
}) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add?variant=renamed-label', [
    sampleProfile(),
  ]);
  await fillAccepting(panel);
  expect((await snapshot(page)).model.person?.mobile).toBe('');
  expect(await listedMissing(panel)).toContain('负责人信息 · 联系方式');

  const choices = await openChoices(panel);
  await expect(choices.getByRole('button').first()).toHaveText(TAUGHT);
  await choices.getByRole('button', { name: TAUGHT }).click();
  await expect(panel.getByRole('status')).toHaveText(`已记住：「联系方式」是「${TAUGHT}」，下次填充时使用`);
  // Teaching alone fills nothing.
  expect((await snapshot(page)).model.person?.mobile).toBe('');

  await fillAccepting(panel);
  expect((await snapshot(page)).model.person?.mobile).toBe('18612345678');
  expect(await listedMissing(panel)).not.toContain('负责人信息 · 联系方式');

  const editor = await extPage('options.html');
  await editor.getByText(/^已教会的字段（1）$/).click();
  const list = editor.getByRole('region', { name: '已教会的字段' });
  await expect(list.getByRole('listitem')).toHaveText([/新增主体.*「联系方式」→ 负责人信息 · 手机号码/]);
  await list.getByRole('button', { name: '删除「联系方式」' }).click();
  await expect(editor.getByText(/^已教会的字段（0）$/)).toBeVisible();
  expect(await storedLinks(editor)).toEqual([]);
});

test('a teach click on a covered panel is refused, and nothing is remembered', async ({ context, extPage }) => {
  const { page, panel } = await openWithProfiles(context, extPage, '/web/subject/add?variant=renamed-label', [
    sampleProfile(),
  ]);
  await fillAccepting(panel);
  const choices = await openChoices(panel);
  const choice = choices.getByRole('button', { name: TAUGHT });
  const box = await choice.boundingBox();
  if (!box) throw new Error('no choice button');
  // A page script lays a transparent-to-pointer cover over the whole page: the user's click lands on our frame,
  // but the frame is not what the user sees.
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none';
    document.documentElement.append(cover);
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(panel.getByRole('status')).toHaveText(/^未记住：/);
  const ext = await extPage('options.html');
  expect(await storedLinks(ext)).toEqual([]);
});
