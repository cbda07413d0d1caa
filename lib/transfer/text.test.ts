// Names and text in an import file: bidi controls and invisible-only text are refused naming the field (and never
// quoted with the control in it); a copy's name is cut by grapheme, so no emoji is split.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newProfile } from '../profile/factory';
import type { Profile } from '../profile/schema';
import { createLocalAttachmentStore } from '../store/local-attachments';
import { createProfileStore, type ProfileStore } from '../store/profiles';
import { EXPORT_FORMAT } from './format';
import { importProfiles } from './import';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const file = (profiles: unknown[]) =>
  JSON.stringify({ format: EXPORT_FORMAT, schemaVersion: 1, exportedAt: '2026-11-28T10:00:00Z', profiles });
const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

let store: ProfileStore;
beforeEach(() => {
  fakeBrowser.reset();
  store = createProfileStore(createLocalAttachmentStore());
});

async function errorsOf(p: unknown) {
  const before = await dump();
  const r = await importProfiles(file([p]), store, { fileName: 't.json' });
  expect(await dump()).toBe(before);
  return r.status === 'rejected' ? r.errors.join('\n') : `not rejected: ${r.status}`;
}

describe('text in an import file', () => {
  const p = newProfile('甲公司');
  it('refuses a name with a right-to-left override, naming the field and quoting it without the control', async () => {
    const errors = await errorsOf({ ...p, displayName: 'gpj\u202Eexe.' });
    expect(errors).toBe('文件「t.json」第 1 个档案「gpjexe.」的档案名称：含有改变文字方向的控制字符（如 U+202E）');
    expect(errors).not.toContain('\u202E');
  });

  it('refuses invisible-only and control characters in free text, naming the field', async () => {
    const person = { ...(p.people[0] as Profile['people'][number]), name: '\u200B\u200B' };
    expect(await errorsOf({ ...p, people: [person] })).toMatch(/「甲公司」的人员 1 的姓名：只有看不见的字符/);
    const unit = { ...p.subject.unit, officeAddress: '路\u0000号' };
    expect(await errorsOf({ ...p, subject: { ...p.subject, unit } })).toMatch(
      /「甲公司」的单位办公详细地址：含有控制字符/,
    );
  });

  it('imports text in NFC', async () => {
    const r = await importProfiles(file([{ ...p, displayName: 'Cafe\u0301' }]), store, { fileName: 't.json' });
    expect(r.status).toBe('imported');
    expect((await store.list())[0]?.displayName).toBe('Café');
  });

  it('a copy of a long name ending in an emoji keeps the emoji whole', async () => {
    // 60 UTF-16 units (the old limit), 59 graphemes; the old cut at 54 units split the emoji.
    const named = { ...p, displayName: `${'甲'.repeat(53)}😀乙乙乙乙乙` };
    await store.save(named);
    const r = await importProfiles(file([named]), store, { fileName: 't.json', decisions: { [p.id]: 'copy' } });
    expect(r.status).toBe('imported');
    const copy = (await store.list())[1]?.displayName ?? '';
    expect(copy).toBe(`${'甲'.repeat(53)}😀乙乙（副本）`);
    expect(copy).not.toMatch(loneSurrogate);
  });
});
