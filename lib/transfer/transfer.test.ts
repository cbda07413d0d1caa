import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleProfile } from '../profile/sample';
import { PROFILE_SCHEMA_VERSION } from '../profile/schema';
import type { StoredAttachment } from '../store/attachments';
import { createFieldLinkStore } from '../store/field-links';
import { createLocalAttachmentStore } from '../store/local-attachments';
import { createProfileStore, imageRefs, type ProfileStore } from '../store/profiles';
import { exportProfiles } from './export';
import { importProfiles } from './import';

const NOW = new Date('2026-11-28T10:00:00Z');
// A real 1×1 PNG (70 bytes, the size the sample profile records).
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const images = (p = sampleProfile()): Record<string, StoredAttachment> =>
  Object.fromEntries(imageRefs(p).map((r) => [r.id, { type: 'image/png', bytes: PNG }]));
const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

let store: ProfileStore;
let counter = 0;
const newId = () => `new-${++counter}`;

/** An export of the sample, parsed, for tampering. */
async function exported(): Promise<Record<string, unknown> & { profiles: Record<string, unknown>[] }> {
  const s = createProfileStore(createLocalAttachmentStore());
  const text = await exportProfiles(s, NOW);
  return JSON.parse(text);
}

beforeEach(async () => {
  fakeBrowser.reset();
  counter = 0;
  store = createProfileStore(createLocalAttachmentStore());
  await store.save(sampleProfile(), images());
});

describe('export → import round trip', () => {
  it('exports the format envelope and re-imports into an empty store as the same profile', async () => {
    const text = await exportProfiles(store, NOW);
    const file = JSON.parse(text);
    expect(file).toMatchObject({
      format: 'beian-autofill-profiles',
      schemaVersion: PROFILE_SCHEMA_VERSION,
      exportedAt: NOW.toISOString(),
    });
    expect(Object.keys(file.attachments)).toHaveLength(imageRefs(sampleProfile()).length);

    fakeBrowser.reset();
    const empty = createProfileStore(createLocalAttachmentStore());
    const r = await importProfiles(text, empty, { fileName: 'a.json', newId });
    expect(r).toMatchObject({ status: 'imported' });
    const [back] = await empty.list();
    // Same content; image ids are fresh so nothing stored is ever overwritten.
    const strip = (p: typeof back) =>
      JSON.stringify(p, (k, v) => (k === 'id' && typeof v === 'string' && v.startsWith('new-') ? 'ID' : v));
    const orig = sampleProfile();
    for (const ref of imageRefs(orig)) ref.id = 'ID';
    expect(strip(back)).toBe(JSON.stringify(orig));
    const logo = back?.apps[0]?.logo?.id ?? '';
    expect((await empty.getAttachment(logo))?.bytes).toEqual(PNG);
  });

  it('carries the taught fields with the profiles; a file without them, or with broken ones, still imports', async () => {
    const links = createFieldLinkStore();
    const taught = { page: 'app', section: '?联系方式', label: '移动电话', key: 'appPerson.mobile' } as const;
    await links.add(taught);
    const text = await exportProfiles({ ...store, getAttachment: store.getAttachment, fieldLinks: links.list }, NOW);
    expect(JSON.parse(text).fieldLinks).toEqual([taught]);

    fakeBrowser.reset();
    const fresh = createFieldLinkStore();
    const target = { ...createProfileStore(createLocalAttachmentStore()), mergeLinks: fresh.merge };
    const r = await importProfiles(text, target, { fileName: 'a.json', newId });
    expect(r).toMatchObject({ status: 'imported', links: { added: 1 } });
    expect(await fresh.list()).toEqual([taught]);

    const file = JSON.parse(text);
    const broken = JSON.stringify({ ...file, fieldLinks: [{ ...taught, key: 'no.such.field' }, 42] });
    fakeBrowser.reset();
    const again = createFieldLinkStore();
    const r2 = await importProfiles(
      broken,
      { ...createProfileStore(createLocalAttachmentStore()), mergeLinks: again.merge },
      {
        fileName: 'b.json',
        newId,
      },
    );
    expect(r2).toMatchObject({ status: 'imported', links: { added: 0 } });
    expect(await again.list()).toEqual([]);
    const { fieldLinks: _none, ...older } = file;
    fakeBrowser.reset();
    expect(
      await importProfiles(JSON.stringify(older), createProfileStore(createLocalAttachmentStore()), {
        fileName: 'c.json',
        newId,
      }),
    ).toMatchObject({ status: 'imported' });
  });

  it('returns an existing id as a conflict and writes nothing until decided', async () => {
    const text = await exportProfiles(store, NOW);
    const before = await dump();
    const r = await importProfiles(text, store, { fileName: 'a.json', newId });
    expect(r.status).toBe('conflicts');
    if (r.status === 'conflicts')
      expect(r.conflicts[0]).toMatchObject({ id: 'sample-1', existingDisplayName: '杭州示例科技有限公司' });
    expect(await dump()).toBe(before);

    const skip = await importProfiles(text, store, { fileName: 'a.json', newId, decisions: { 'sample-1': 'skip' } });
    expect(skip).toMatchObject({ status: 'imported', skipped: ['sample-1'], imported: [] });
    expect(await dump()).toBe(before);

    const copy = await importProfiles(text, store, { fileName: 'a.json', newId, decisions: { 'sample-1': 'copy' } });
    expect(copy.status).toBe('imported');
    const list = await store.list();
    expect(list.map((p) => p.displayName)).toEqual(['杭州示例科技有限公司', '杭州示例科技有限公司（副本）']);
    expect(list[0]).toEqual(sampleProfile());
  });
});

describe('malformed imports leave the store byte-identical', () => {
  const cases: Array<[string, (f: Awaited<ReturnType<typeof exported>>) => string | Uint8Array, RegExp]> = [
    ['not JSON', () => '{"format": "beian-autofill-profiles", ', /不是有效的 JSON/],
    ['not UTF-8', () => Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]), /不是 UTF-8/],
    ['wrong format', (f) => JSON.stringify({ ...f, format: 'other' }), /不是本扩展导出的档案文件/],
    [
      'newer version',
      (f) => JSON.stringify({ ...f, schemaVersion: PROFILE_SCHEMA_VERSION + 1 }),
      new RegExp(`版本为 ${PROFILE_SCHEMA_VERSION + 1}，比本扩展支持的版本 ${PROFILE_SCHEMA_VERSION} 新`),
    ],
    ['version 0', (f) => JSON.stringify({ ...f, schemaVersion: 0 }), /数据版本/],
    [
      'bad field in the second profile',
      (f) => {
        const second = structuredClone(f.profiles[0]) as Record<string, unknown> & {
          websites: Record<string, unknown>[];
        };
        second.id = 'other';
        second.displayName = '第二家公司';
        (second.websites[0] as Record<string, unknown>).openDate = '2026-13-01';
        return JSON.stringify({ ...f, profiles: [f.profiles[0], second] });
      },
      /文件「bad\.json」第 2 个档案「第二家公司」的网站 1 的网站开通日期：/,
    ],
    [
      'profile without a name',
      (f) => JSON.stringify({ ...f, profiles: [{ ...f.profiles[0], id: 'x', displayName: '' }] }),
      /第 1 个档案（第 1 个，无名称）的档案名称：/,
    ],
    [
      'missing image data',
      (f) => JSON.stringify({ ...f, attachments: {} }),
      /「杭州示例科技有限公司」的主办单位有效证件：文件中缺少这张图片的数据/,
    ],
    [
      'image that is not a PNG',
      (f) => {
        const atts = structuredClone(f.attachments) as Record<string, { type: string; dataBase64: string }>;
        const logo = atts['sample-1-logo'];
        if (logo)
          logo.dataBase64 = btoa('GIF89a-not-a-png-at-all-but-70-bytes-long..........................').slice(0, 92);
        return JSON.stringify({ ...f, attachments: atts });
      },
      /APP 1 的应用logo：不是 PNG 或 JPEG/,
    ],
    [
      'oversized logo (checked before decoding)',
      (f) => {
        const atts = structuredClone(f.attachments) as Record<string, { type: string; dataBase64: string }>;
        const logo = atts['sample-1-logo'];
        if (logo) logo.dataBase64 = 'A'.repeat(Math.ceil((2 * 1024 * 1024 + 3) / 3) * 4);
        return JSON.stringify({ ...f, attachments: atts });
      },
      /应用logo：图片超过 2MB 上限/,
    ],
    [
      'invalid base64',
      (f) =>
        JSON.stringify({
          ...f,
          attachments: { ...(f.attachments as object), 'sample-1-logo': { type: 'image/png', dataBase64: '@@@@' } },
        }),
      /不是有效的 base64/,
    ],
    [
      'duplicate ids in the file',
      (f) => JSON.stringify({ ...f, profiles: [f.profiles[0], f.profiles[0]] }),
      /在文件中重复/,
    ],
  ];

  for (const [name, make, message] of cases) {
    it(name, async () => {
      const f = await exported();
      const before = await dump();
      const r = await importProfiles(make(f), store, {
        fileName: 'bad.json',
        newId,
        decisions: { 'sample-1': 'copy' },
      });
      expect(r.status).toBe('rejected');
      if (r.status === 'rejected') expect(r.errors.join('\n')).toMatch(message);
      expect(await dump()).toBe(before);
    });
  }

  it('refuses an oversized file before parsing it', async () => {
    const before = await dump();
    const r = await importProfiles('x'.repeat(2048), store, { fileName: 'big.json', maxBytes: 1024 });
    expect(r).toEqual({ status: 'rejected', errors: ['文件「big.json」大小 0MB 超过导入上限 0MB，未读取'] });
    // 3-byte characters count as 3 bytes: 400 汉字 = 1200 bytes > 1024 although the string has 400 units.
    const cjk = await importProfiles('汉'.repeat(400), store, { fileName: 'cjk.json', maxBytes: 1024 });
    expect(cjk.status).toBe('rejected');
    if (cjk.status === 'rejected') expect(cjk.errors[0]).toContain('超过导入上限');
    expect(await dump()).toBe(before);
  });
});

describe('prototype pollution', () => {
  it('an import carrying __proto__ keys is refused, naming where, and pollutes nothing', async () => {
    const f = await exported();
    const text = JSON.stringify(f).replace(
      '"profiles":[{',
      '"profiles":[{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"isAdmin":true}},',
    );
    expect(text).toContain('"__proto__"');
    fakeBrowser.reset();
    const empty = createProfileStore(createLocalAttachmentStore());
    const before = await dump();
    const r = await importProfiles(text, empty, { fileName: 'evil.json', newId });
    expect(r).toEqual({ status: 'rejected', errors: ['文件「evil.json」的第 1 个档案含有不允许的键「__proto__」'] });
    expect(await dump()).toBe(before);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('isAdmin');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toMatch(/isAdmin|__proto__/);
  });
});
