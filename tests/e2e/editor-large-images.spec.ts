/// <reference types="chrome" />
// A profile with twelve large photos through the editor's one path to the background, in real Chromium: import
// (each image a message of its own ahead of the all-or-nothing write), replace a photo in the editor (staged, then
// the save), export. Chrome's runtime messages are JSON with a size limit, and this profile's images alone are
// ~76 MB as base64: a design that sent them in one message would fail here. The timings are annotations.
import { readFileSync, writeFileSync } from 'node:fs';
import { sampleProfile } from '../../lib/profile/sample';
import type { ImageRef, Profile } from '../../lib/profile/schema';
import { MAX_IMAGE_BYTES, MAX_LOGO_BYTES } from '../../lib/rules/files';
import { EXPORT_FORMAT } from '../../lib/transfer/format';
import { noisePng } from '../support/png';
import { expect, test } from './fixtures';

const MB = 1024 * 1024;

/** The sample profile with six screenshots, every image a noise PNG just under its limit (the logo's is 2 MB). */
function bigProfile() {
  const p: Profile = sampleProfile();
  const app = p.apps[0] as Profile['apps'][number];
  const shot = app.screenshots[0] as ImageRef;
  app.screenshots = Array.from({ length: 6 }, (_, i) => ({ ...shot, id: `shot-${i}`, name: `截图${i + 1}.png` }));
  const attachments: Record<string, { type: 'image/png'; dataBase64: string }> = {};
  const sizes: number[] = [];
  const refs: ImageRef[] = [
    p.subject.unit.certImage,
    p.people[0]?.idFront,
    p.people[0]?.idBack,
    p.people[0]?.idHandheld,
    p.websites[0]?.domainCert,
    app.logo,
    ...app.screenshots,
  ].filter((r): r is ImageRef => Boolean(r));
  refs.forEach((ref, i) => {
    const bytes = noisePng(ref === app.logo ? MAX_LOGO_BYTES : MAX_IMAGE_BYTES, i + 1);
    ref.size = bytes.length;
    ref.type = 'image/png';
    attachments[ref.id] = { type: 'image/png', dataBase64: bytes.toString('base64') };
    sizes.push(bytes.length);
  });
  const file = JSON.stringify({
    format: EXPORT_FORMAT,
    schemaVersion: 2,
    exportedAt: '2026-12-02T00:00:00.000Z',
    profiles: [p],
    attachments,
    fieldLinks: [],
  });
  return { p, file, sizes };
}

test('twelve large photos: import, replace one in the editor, export — every image intact', async ({ extPage }) => {
  test.setTimeout(240_000);
  const { p, file, sizes } = bigProfile();
  expect(sizes).toHaveLength(12);
  const note = (type: string, description: string) => test.info().annotations.push({ type, description });
  note(
    'file',
    `${(file.length / MB).toFixed(1)} MB of JSON, images ${(sizes.reduce((a, b) => a + b) / MB).toFixed(1)} MB`,
  );
  note('largest message', `${((Math.max(...sizes) * 4) / 3 / MB).toFixed(2)} MB of base64 (one image)`);

  const options = await extPage('options.html');
  await expect(options.getByRole('heading', { name: '还没有资料' })).toBeVisible();
  let t = Date.now();
  // Playwright hands over files above 50 MB by path only.
  const path = test.info().outputPath('big.json');
  writeFileSync(path, file);
  await options.getByLabel('导入', { exact: true }).setInputFiles(path);
  await expect(options.getByText('已导入 1 份资料')).toBeVisible({ timeout: 120_000 });
  note('import', `${Date.now() - t} ms from choosing the file to 已导入`);

  const storedSizes = () =>
    options.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([k]) => k.startsWith('attachment:'))
        .map(([, v]) => atob((v as { data: string }).data).length)
        .sort((a, b) => a - b);
    });
  expect(await storedSizes()).toEqual([...sizes].sort((a, b) => a - b));

  // A new 身份证人像面 of 4.9 MB: staged, then saved with the profile.
  const replacement = noisePng(MAX_IMAGE_BYTES - 100 * 1024, 99);
  await expect(options.getByLabel('资料名称')).toHaveValue(p.displayName);
  t = Date.now();
  await options
    .getByLabel('身份证人像面', { exact: true })
    .first()
    .setInputFiles({ name: '新人像面.png', mimeType: 'image/png', buffer: replacement });
  await expect(options.getByText('新人像面.png')).toBeVisible();
  await expect(options.getByText('✔ 已自动保存')).toBeVisible({ timeout: 60_000 });
  const front = () =>
    options.evaluate(async () => {
      const { profiles } = await chrome.storage.local.get('profiles');
      const ref = (profiles as Profile[])[0]?.people[0]?.idFront;
      return ref ? `${ref.name} ${ref.size}` : null;
    });
  await expect.poll(front, { timeout: 60_000 }).toBe(`新人像面.png ${replacement.length}`);
  note('replace a photo', `${Date.now() - t} ms from choosing it to the saved profile`);
  await expect.poll(storedSizes).toContain(replacement.length);
  expect(await storedSizes()).toHaveLength(12);

  t = Date.now();
  const [download] = await Promise.all([
    options.waitForEvent('download', { timeout: 120_000 }),
    options.getByRole('button', { name: '导出' }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  note('export', `${Date.now() - t} ms to the downloaded file`);
  const lengths = Object.values(exported.attachments as Record<string, { dataBase64: string }>).map(
    (a) => Buffer.from(a.dataBase64, 'base64').length,
  );
  expect(lengths).toHaveLength(12);
  expect(lengths).toContain(replacement.length);

  // What one message may carry here (not asserted: the browser's own limit, recorded for the README).
  const limit = await options.evaluate(async (mb) => {
    const tryOne = (n: number) =>
      new Promise<string>((resolve) => {
        try {
          chrome.runtime.sendMessage({ probe: 'x'.repeat(n * mb) }, () =>
            resolve(chrome.runtime.lastError?.message ?? 'delivered'),
          );
        } catch (e) {
          resolve((e as Error).message.replace(/^.*\): /, ''));
        }
      });
    return { '60 MB': await tryOne(60), '70 MB': await tryOne(70) };
  }, MB);
  note('one runtime message', JSON.stringify(limit));
});
