// Bad input, content: wrong format names, missing/old/future versions, duplicate ids, prototype keys at various
// depths, non-images and oversized images in the attachments, and files over the import limit (refused before
// parsing). Each is rejected naming the file/profile/field; storage.local is byte-identical afterwards.
import { describe, expect, it, vi } from 'vitest';
import { PROFILE_SCHEMA_VERSION } from '../../lib/profile/schema';
import { MAX_IMPORT_BYTES } from '../../lib/transfer/format';
import { expectRejected, seededPerFile, seedTwoProfiles } from '../support/fuzz-harness';
import { edit, FILE, imageCases, type Json, type MalformedCase, prototypeKeyCases } from '../support/malformed';

const store = seededPerFile();

const { text, doc } = await seedTwoProfiles();
type Doc = { profiles: Json[] } & Record<string, Json>;
const d = doc as Doc;
const change = (path: (string | number)[], value: Json) => () => JSON.stringify(edit(doc, path, () => value));

const formats: MalformedCase[] = [
  ...['beian-autofill-profile', 'BEIAN-AUTOFILL-PROFILES', '', ' beian-autofill-profiles', 'other-extension'].map(
    (f) => ({ name: `format "${f}"`, make: change(['format'], f) }),
  ),
  { name: 'format missing', make: () => JSON.stringify({ ...d, format: undefined }) },
  ...['null', '[]', '42', '"beian-autofill-profiles"', 'true', '{}'].map((t) => ({
    name: `file is ${t}`,
    make: () => t,
  })),
].map((c) => ({ ...c, kind: 'format', expect: [FILE, '不是本扩展导出的档案文件', '文件格式'] }));

const versions: MalformedCase[] = [
  ...[PROFILE_SCHEMA_VERSION + 1, 99, 1e9, 1e308].map((v) => ({
    name: `future ${v}`,
    value: v,
    words: [`比本扩展支持的版本 ${PROFILE_SCHEMA_VERSION} 新`],
  })),
  ...[0, -1, 1.5, '1', null, true, [1], { v: 1 }].map((v) => ({
    name: `bad ${JSON.stringify(v)}`,
    value: v,
    words: [],
  })),
].map(({ name, value, words }) => ({
  kind: 'version',
  name: `schemaVersion ${name}`,
  make: change(['schemaVersion'], value as Json),
  expect: [FILE, '数据版本', ...words],
}));
versions.push({
  kind: 'version',
  name: 'schemaVersion missing',
  make: () => JSON.stringify({ ...d, schemaVersion: undefined }),
  expect: [FILE, '数据版本'],
});
// 1e400 parses to Infinity: newer than anything, refused as such rather than crashing the comparison.
versions.push({
  kind: 'version',
  name: 'schemaVersion 1e400',
  make: () => text.replace(`"schemaVersion": ${PROFILE_SCHEMA_VERSION}`, '"schemaVersion": 1e400'),
  expect: [FILE, '数据版本为 Infinity'],
});

const [p1, p2] = d.profiles as Record<string, Json>[];
const renamed = (p: Record<string, Json> | undefined, displayName: string) => ({ ...p, displayName });
const duplicates: MalformedCase[] = [
  ['the first profile twice', [p1, p1], '第 2 个档案「杭州示例科技有限公司」的档案编号 sample-1 在文件中重复'],
  ['the second profile with the first id', [p1, { ...p2, id: 'sample-1' }], '第 2 个档案「第二家示例公司」的档案编号'],
  ['three copies', [p2, renamed(p2, '副本'), renamed(p2, '再一份')], '第 3 个档案「再一份」的档案编号 sample-2'],
].map(([name, profiles, words]) => ({
  kind: 'duplicate id',
  name: name as string,
  make: change(['profiles'], profiles as Json),
  expect: [FILE, words as string, '在文件中重复'],
}));
for (const [list, label] of [
  ['people', '人员 2 的人员编号 p-boss'],
  ['websites', '网站 2 的网站编号 w-1'],
  ['apps', 'APP 2 的APP编号 a-1'],
] as const) {
  duplicates.push({
    kind: 'duplicate id',
    name: `two ${list} with the same id in one profile`,
    make: () => {
      // The second item (a copy of the first where there is only one) takes the first one's id.
      const [first, second = first] = (p2?.[list] ?? []) as Record<string, Json>[];
      return JSON.stringify(
        edit(doc, ['profiles', 1, list], () => [first ?? null, { ...second, id: first?.id ?? null }]),
      );
    },
    expect: [FILE, `第 2 个档案「第二家示例公司」的${label} 在档案中重复`],
  });
}

const protoKeys = prototypeKeyCases(doc, [
  [],
  ['profiles', 0],
  ['profiles', 1, 'subject'],
  ['profiles', 0, 'subject', 'unit'],
  ['profiles', 0, 'subject', 'unit', 'certImage'],
  ['profiles', 1, 'people', 1],
  ['profiles', 1, 'people', 0, 'region'],
  ['profiles', 0, 'websites', 0, 'access'],
  ['profiles', 0, 'apps', 0, 'screenshots', 0],
  ['attachments'],
  ['attachments', 'sample-2-f'],
]);

const images = imageCases(doc, ['sample-1-logo', 'sample-1-cert', 'sample-2-h', 'sample-2-s1']);

const suites = { formats, versions, duplicates, 'prototype keys': protoKeys, images };
for (const [kind, cases] of Object.entries(suites)) {
  describe(kind, () => {
    for (const c of cases) it(c.name, () => expectRejected(c, store()), 20_000);
  });
}

describe('files over the import limit are refused before parsing', () => {
  // If parsing ran, JSON.parse would be called, and these would be reported as invalid JSON or imported.
  const oversized: [string, () => string | Uint8Array, number | undefined][] = [
    ['the valid file, one byte over a custom limit', () => text, new TextEncoder().encode(text).length - 1],
    ['the valid file, limit = its length in UTF-16 units (UTF-8 is longer)', () => text, text.length],
    ['garbage one byte over a custom limit', () => '{"format":'.padEnd(1025, 'x'), 1024],
    ['bytes one over a custom limit', () => new TextEncoder().encode(text), text.length],
    ['a string one byte over 100 MB', () => '['.repeat(MAX_IMPORT_BYTES + 1), undefined],
    ['bytes one over 100 MB', () => new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x7b), undefined],
    ['3-byte characters over 100 MB in fewer UTF-16 units', () => '汉'.repeat(MAX_IMPORT_BYTES / 3 + 1), undefined],
  ];
  for (const [name, make, maxBytes] of oversized) {
    it(name, async () => {
      const parse = vi.spyOn(JSON, 'parse');
      const message = await expectRejected(
        { kind: 'oversized file', name, make, expect: [FILE, '超过导入上限', '未读取'] },
        store(),
        maxBytes === undefined ? {} : { maxBytes },
      );
      expect(parse).not.toHaveBeenCalled();
      expect(message).not.toContain('JSON');
    }, 30_000);
  }
  it('the valid file at exactly its size is read (the limit is not off by one)', async () => {
    const parse = vi.spyOn(JSON, 'parse');
    const empty = { list: async () => [], addMany: async () => undefined };
    const { planImport } = await import('../../lib/transfer/import');
    const r = await planImport(text, empty, { fileName: 'ok.json', maxBytes: new TextEncoder().encode(text).length });
    expect(r.ok).toBe(true);
    expect(parse).toHaveBeenCalled();
  });
});
