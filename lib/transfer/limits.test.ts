// Files that are small but hold very many profiles or problems: refused with a short Chinese list, and the store
// left byte-identical. Before, 25 000 `{}` profiles (75 KB) overflowed the stack with an English message.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newProfile } from '../profile/factory';
import { createLocalAttachmentStore } from '../store/local-attachments';
import { createProfileStore, MAX_PROFILES, type ProfileStore } from '../store/profiles';
import { EXPORT_FORMAT } from './format';
import { importProfiles } from './import';
import { MAX_LISTED_PROBLEMS } from './problem-list';

const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
const envelope = (profiles: unknown[], attachments: unknown = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    schemaVersion: 1,
    exportedAt: '2026-11-28T10:00:00Z',
    profiles,
    attachments,
  });
const profiles = (n: number, tag: string) =>
  Array.from({ length: n }, (_, i) => ({ ...newProfile(`${tag} ${i + 1}`), id: `${tag}-${i}` }));

let store: ProfileStore;
beforeEach(async () => {
  fakeBrowser.reset();
  store = createProfileStore(createLocalAttachmentStore());
  await store.save(newProfile('已有的资料'));
});

async function refused(text: string) {
  const before = await dump();
  const r = await importProfiles(text, store, { fileName: 'many.json' });
  expect(await dump()).toBe(before);
  if (r.status !== 'rejected') throw new Error(`expected a rejection, got ${r.status}`);
  return r.errors;
}

describe('many problems in a small file', () => {
  it('25 000 empty profiles (75 KB) are refused by the profile limit, in Chinese', async () => {
    const text = envelope(Array.from({ length: 25_000 }, () => ({})));
    expect(text.length).toBeLessThan(80_000);
    expect(await refused(text)).toEqual([
      `文件「many.json」有 25000 份档案，超过每个文件 ${MAX_PROFILES} 份的上限，未导入`,
    ]);
  });

  it('100 000 problems in the image data list the first 20 and count the rest', async () => {
    const attachments = Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`a${i}`, {}]));
    const errors = await refused(envelope([], attachments));
    expect(errors).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(errors[0]).toMatch(/^文件「many\.json」的图片数据「a0」的类型：/);
    expect(errors[1]).toMatch(/^文件「many\.json」的图片数据「a0」的内容：/);
    expect(errors.at(-1)).toBe(`另有 ${100_000 - MAX_LISTED_PROBLEMS} 处问题`);
  });

  it('400 empty profiles name the field of each of the first 20 problems', async () => {
    const errors = await refused(envelope(Array.from({ length: 400 }, () => ({}))));
    expect(errors).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(errors[0]).toMatch(/^文件「many\.json」第 1 个档案（第 1 个，无名称）的档案编号：/);
    expect(errors.slice(0, 4).join('\n')).toMatch(/档案名称/);
    expect(errors.at(-1)).toMatch(/^另有 \d+ 处问题$/);
  });
});

describe(`at most ${MAX_PROFILES} profiles`, () => {
  it('refuses a file with more profiles than the limit', async () => {
    const errors = await refused(envelope(profiles(MAX_PROFILES + 1, 'f')));
    expect(errors).toEqual([`文件「many.json」有 501 份档案，超过每个文件 500 份的上限，未导入`]);
  });

  it('refuses an import that would take the store over the limit, naming both counts', async () => {
    await fakeBrowser.storage.local.set({ profiles: profiles(MAX_PROFILES - 1, 's') });
    const errors = await refused(envelope(profiles(2, 'f')));
    expect(errors).toEqual([`文件「many.json」有 2 份新档案，已有 499 份，导入后超过 500 份资料的上限，未导入`]);
  });

  it('the store refuses a new profile or a batch over the limit and changes nothing; edits still save', async () => {
    const full = profiles(MAX_PROFILES, 's');
    await fakeBrowser.storage.local.set({ profiles: full });
    const before = await dump();
    await expect(store.save(newProfile('第 501 份'))).rejects.toThrow('资料最多 500 份，已有 500 份，未保存');
    await expect(store.addMany(profiles(2, 'n'))).rejects.toThrow('已有 500 份资料，再加 2 份会超过 500 份的上限');
    expect(await dump()).toBe(before);
    const first = full[0];
    if (!first) throw new Error('no profile');
    await store.save({ ...first, displayName: '改名' });
    expect((await store.list()).map((p) => p.displayName)).toContain('改名');
    expect(await store.list()).toHaveLength(MAX_PROFILES);
  });

  it('an import up to the limit goes through', async () => {
    const r = await importProfiles(envelope(profiles(MAX_PROFILES - 1, 'f')), store, { fileName: 'ok.json' });
    expect(r.status).toBe('imported');
    expect(await store.list()).toHaveLength(MAX_PROFILES);
  });
});
