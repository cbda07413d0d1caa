/// <reference types="chrome" />
// The passphrase lock in real Chromium: turn it on in the options page, lock, reload, a wrong passphrase changes
// nothing, the right one (typed in the popup) brings the profile back everywhere.
import { sampleProfile } from '../../lib/profile/sample';
import { openPanel, panelOf, snapshot } from './extension-fill';
import { expect, test } from './fixtures';
import { PLATFORM_ORIGIN, routeReplica } from './platform-routes';
import { localDump, seedProfiles, TINY_PNG_BASE64 } from './seed';

const SCREENS = 'test-results/screens';
const PASS = 'Beian-口令-2026!';
const profile = sampleProfile();
const ID_NO = profile.people[0]?.idNo ?? '';

test('turn the lock on, lock, reload: a wrong passphrase is refused, the right one unlocks', async ({ extPage }) => {
  expect(ID_NO).toMatch(/^\d{17}[\dX]$/);
  const options = await extPage('options.html');
  await seedProfiles(options, [profile]);
  await options.reload();
  await expect(options.getByRole('button', { name: profile.displayName })).toBeVisible();
  expect(await localDump(options)).toContain(ID_NO);

  const lock = options.getByRole('region', { name: /口令保护/ });
  // Folded to one line until opened: most users never turn it on.
  await expect(lock.getByText('未开启')).toBeVisible();
  await expect(lock.getByLabel('口令', { exact: true })).toBeHidden();
  await lock.locator('summary').first().click();
  await lock.getByLabel('口令', { exact: true }).fill(PASS);
  await lock.getByLabel('再次输入口令').fill(PASS);
  await expect(lock.getByText('强度：强')).toBeVisible();
  await lock.screenshot({ path: `${SCREENS}/lock-section-off.png` });
  await lock.getByRole('button', { name: '开启口令保护' }).click();
  await expect(lock.getByText(/已开启口令保护/)).toBeVisible({ timeout: 20_000 });
  await expect(lock.getByText('已开启，已解锁')).toBeVisible();
  await lock.screenshot({ path: `${SCREENS}/lock-section-unlocked.png` });

  // Nothing readable is left in storage.local: no ID number, no image bytes.
  const sealed = await localDump(options);
  expect(sealed).not.toContain(ID_NO);
  expect(sealed).not.toContain(TINY_PNG_BASE64.slice(0, 24));
  expect(sealed).toContain('"iterations":600000');

  await lock.getByRole('button', { name: '立即加锁' }).click();
  await options.reload();
  await expect(options.getByRole('heading', { name: '资料已加锁' })).toBeVisible();
  await expect(options.getByRole('button', { name: profile.displayName })).toHaveCount(0);
  await options.screenshot({ path: `${SCREENS}/options-locked.png` });

  const popup = await extPage('popup.html');
  await expect(popup.getByText('资料已加锁，请先解锁')).toBeVisible();
  await expect(popup.getByRole('button', { name: '解锁' })).toBeVisible();
  await popup.screenshot({ path: `${SCREENS}/popup-locked.png` });

  // A wrong passphrase: refused, storage byte-identical.
  const before = await localDump(options);
  await options.getByRole('textbox', { name: '口令', exact: true }).fill('wrong passphrase');
  await options.getByRole('button', { name: '解锁' }).click();
  await expect(options.getByRole('alert')).toHaveText('口令不正确，资料未改动');
  expect(await localDump(options)).toBe(before);
  await expect(options.getByRole('heading', { name: '资料已加锁' })).toBeVisible();

  // The right one, typed in the popup (the background unlocks): the profile is back there and in the editor,
  // which shares the key through storage.session.
  await popup.getByRole('textbox', { name: '口令', exact: true }).fill(PASS);
  await popup.getByRole('button', { name: '解锁' }).click();
  await expect(popup.getByLabel('当前资料')).toHaveValue(profile.id, { timeout: 20_000 });
  await expect(options.getByRole('button', { name: profile.displayName })).toBeVisible();
  await expect(options.getByLabel('证件号码', { exact: true }).first()).toHaveValue(ID_NO);
  expect(await localDump(options)).not.toContain(ID_NO);

  // 修改口令: the old passphrase stops working, the new one opens the same profile.
  const NEW_PASS = 'Neues-新口令-2027?';
  // The reload folded the lock settings again.
  await lock.locator('summary').first().click();
  await lock.locator('summary', { hasText: '修改口令' }).click();
  await lock.getByLabel('当前口令').fill('wrong passphrase');
  await lock.getByLabel('新口令', { exact: true }).fill(NEW_PASS);
  await lock.getByLabel('再次输入新口令').fill(NEW_PASS);
  await lock.getByRole('button', { name: '修改口令' }).click();
  await expect(lock.getByRole('alert')).toHaveText('口令不正确，资料未改动');
  await lock.getByLabel('当前口令').fill(PASS);
  await lock.getByRole('button', { name: '修改口令' }).click();
  await expect(lock.getByText('已修改口令：资料和照片已用新口令重新加密。')).toBeVisible({ timeout: 20_000 });
  await lock.screenshot({ path: `${SCREENS}/lock-section-changed.png` });
  await lock.getByRole('button', { name: '立即加锁' }).click();
  await popup.getByRole('textbox', { name: '口令', exact: true }).fill(PASS);
  await popup.getByRole('button', { name: '解锁' }).click();
  await expect(popup.getByRole('alert')).toHaveText('口令不正确，资料未改动');
  await popup.getByRole('textbox', { name: '口令', exact: true }).fill(NEW_PASS);
  await popup.getByRole('button', { name: '解锁' }).click();
  await expect(popup.getByLabel('当前资料')).toHaveValue(profile.id, { timeout: 20_000 });
  expect(await localDump(options)).not.toContain(ID_NO);
});

test('while the store is locked the panel says so, and says how to unlock', async ({ context, extPage }) => {
  const options = await extPage('options.html');
  await seedProfiles(options, [profile]);
  await options.reload();
  const lock = options.getByRole('region', { name: /口令保护/ });
  await lock.locator('summary').first().click();
  await lock.getByLabel('口令', { exact: true }).fill(PASS);
  await lock.getByLabel('再次输入口令').fill(PASS);
  await lock.getByRole('button', { name: '开启口令保护' }).click();
  await expect(lock.getByText('已开启，已解锁')).toBeVisible({ timeout: 20_000 });
  await lock.getByRole('button', { name: '立即加锁' }).click();
  await expect(options.getByRole('heading', { name: '资料已加锁' })).toBeVisible();

  await routeReplica(context);
  const page = await context.newPage();
  await page.goto(`${PLATFORM_ORIGIN}/web/subject/add`);
  const panel = await panelOf(page);
  await openPanel(panel);
  await expect(panel.getByText(/^资料已加锁：.*解锁/)).toBeVisible();
  await expect(panel.getByText('还没有资料')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: '一键填充' })).toBeDisabled();
  expect((await snapshot(page)).model.unitName).toBe('');
});
