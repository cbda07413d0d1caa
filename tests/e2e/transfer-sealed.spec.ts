/// <reference types="chrome" />
// An encrypted export in real Chromium: the file shows no profile value, a wrong file passphrase writes nothing,
// the right one imports (here as a copy, since the profile is still there) with every value and image.
import { readFileSync } from 'node:fs';
import { sampleProfile } from '../../lib/profile/sample';
import { expect, test } from './fixtures';
import { localDump, seedProfiles, TINY_PNG_BASE64 } from './seed';

const FILE_PASS = 'Export-文件口令-9';
const profile = sampleProfile();
const ID_NO = profile.people[0]?.idNo ?? '';

test('export encrypted with a passphrase, refuse a wrong one, import with the right one', async ({ extPage }) => {
  const options = await extPage('options.html');
  await seedProfiles(options, [profile]);
  await options.reload();
  await expect(options.getByRole('button', { name: profile.displayName })).toBeVisible();
  const transfer = options.getByRole('region', { name: /资料文件/ });

  await transfer.getByLabel('用口令加密文件').check();
  await transfer.getByLabel('文件口令（至少 8 个字符）').fill('short');
  await transfer.getByRole('button', { name: '导出' }).click();
  await expect(transfer.getByText('加密导出的口令至少 8 个字符。')).toBeVisible();

  await transfer.getByLabel('文件口令（至少 8 个字符）').fill(FILE_PASS);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    transfer.getByRole('button', { name: '导出' }).click(),
  ]);
  await expect(transfer.getByText(/已导出 1 份资料（含照片），文件已用口令加密/)).toBeVisible();
  const sealed = readFileSync(await download.path(), 'utf8');
  expect(ID_NO).toMatch(/^\d{17}[\dX]$/);
  expect(sealed).not.toContain(ID_NO);
  expect(sealed).not.toContain(profile.displayName);
  expect(sealed).not.toContain(TINY_PNG_BASE64.slice(0, 24));

  const before = await localDump(options);
  await transfer
    .getByLabel('导入', { exact: true })
    .setInputFiles({ name: 'sealed.json', mimeType: 'application/json', buffer: Buffer.from(sealed) });
  await expect(transfer.getByText('“sealed.json”是加密的导出文件，请输入导出时设置的口令。')).toBeVisible();
  await transfer.getByLabel('导入文件的口令').fill('not the passphrase');
  await transfer.getByRole('button', { name: '解密并继续' }).click();
  await expect(transfer.getByText('文件口令不正确，没有写入任何资料')).toBeVisible();
  expect(await localDump(options)).toBe(before);

  await transfer.getByLabel('导入文件的口令').fill(FILE_PASS);
  await transfer.getByRole('button', { name: '解密并继续' }).click();
  await expect(transfer.getByText(/与已有资料是同一份/)).toBeVisible();
  await transfer.getByRole('button', { name: '导入为副本' }).click();
  await expect(transfer.getByText(/已导入 1 份资料/)).toBeVisible();
  const all = await options.evaluate(async () => chrome.storage.local.get(null));
  const profiles = all.profiles as (typeof profile)[];
  expect(profiles).toHaveLength(2);
  const copy = profiles.find((p) => p.id !== profile.id);
  expect(copy?.people[0]?.idNo).toBe(ID_NO);
  // A copy gets new image ids; the images behind them are the same bytes.
  const cert = copy?.subject.unit.certImage;
  const original = profile.subject.unit.certImage;
  expect(cert && original && cert.id !== original.id).toBe(true);
  expect({ ...copy?.subject, unit: { ...copy?.subject.unit, certImage: original } }).toEqual(profile.subject);
  expect(all[`attachment:${cert?.id}`]).toEqual(all[`attachment:${original?.id}`]);
});
