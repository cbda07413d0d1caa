// The popup's profile actions as the background runs them, on the real storage.local layout (fakeBrowser).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newProfile } from '../profile/factory';
import { sampleProfile } from '../profile/sample';
import type { StoredAttachment } from './attachments';
import { createKeyHolder } from './key-holder';
import { createLockableStore } from './lock';
import { createProfileCommands, UNDO_KEEP_MS } from './profile-commands';
import { imageRefs } from './profiles';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

const PASS = '正确的口令 horse 42';
const imagesOf = (p: ReturnType<typeof sampleProfile>) =>
  Object.fromEntries(
    imageRefs(p).map((r, i): [string, StoredAttachment] => [
      r.id,
      { type: 'image/png', bytes: Uint8Array.of(1, 2, i) },
    ]),
  );

function setup() {
  const store = createLockableStore(createKeyHolder());
  return { store, commands: createProfileCommands(store) };
}

beforeEach(() => fakeBrowser.reset());

describe('profile commands', () => {
  it('lists names only, and makes the single profile the active one', async () => {
    const { store, commands } = setup();
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    const view = await commands.view();
    expect(view.activeId).toBe(p.id);
    expect(await store.getActiveId()).toBe(p.id);
    expect(view.profiles).toEqual([
      {
        id: p.id,
        displayName: p.displayName,
        websites: p.websites.map((w) => ({ id: w.id, label: w.siteName })),
        apps: p.apps.map((a) => ({ id: a.id, label: a.appName })),
      },
    ]);
    // No value beyond the names reaches the popup.
    expect(JSON.stringify(view)).not.toContain(p.people[0]?.idNo ?? '?');
  });

  it('creates with a free name and makes it active; refuses an empty or too long name in Chinese', async () => {
    const { store, commands } = setup();
    await store.save(newProfile('甲公司'));
    const made = await commands.run({ op: 'create', name: ' 甲公司 ' });
    expect(made).toMatchObject({ ok: true, name: '甲公司 2' });
    expect((await commands.view()).activeId).toBe(made.ok ? made.id : '');
    expect(await commands.run({ op: 'create', name: '  ' })).toEqual({ ok: false, message: '请输入资料名称' });
    expect(await commands.run({ op: 'rename', id: 'x', name: '长'.repeat(61) })).toEqual({
      ok: false,
      message: '资料名称最多60个字',
    });
    expect((await store.list()).map((p) => p.displayName).sort()).toEqual(['甲公司', '甲公司 2']);
  });

  it('refuses names with bidi or control characters or nothing visible; a copy of a long emoji name stays whole', async () => {
    const { commands } = setup();
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(await commands.run({ op: 'create', name: '\u202Egpj.exe' })).toEqual({
      ok: false,
      message: '资料名称含有改变文字方向的控制字符（如 U+202E）',
    });
    expect(await commands.run({ op: 'create', name: '\u200B\u200C' })).toEqual({
      ok: false,
      message: '资料名称只有看不见的字符',
    });
    expect(await commands.run({ op: 'create', name: '甲\u0008' })).toEqual({
      ok: false,
      message: '资料名称含有控制字符',
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);

    const family = '👨‍👩‍👧';
    const made = await commands.run({ op: 'create', name: family.repeat(60) });
    expect(made).toMatchObject({ ok: true, name: family.repeat(60) });
    const copy = await commands.run({ op: 'duplicate', id: made.ok ? (made.id ?? '') : '' });
    expect(copy).toMatchObject({ ok: true, name: `${family.repeat(54)} 副本` });
  });

  it('renames and duplicates; a copy shares the stored images', async () => {
    const { store, commands } = setup();
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    expect(await commands.run({ op: 'rename', id: p.id, name: '乙公司' })).toMatchObject({ ok: true });
    const copy = await commands.run({ op: 'duplicate', id: p.id });
    expect(copy).toMatchObject({ ok: true, name: '乙公司 副本' });
    const stored = await store.list();
    expect(stored.map((x) => x.displayName).sort()).toEqual(['乙公司', '乙公司 副本']);
    // The copy keeps every image after the original is gone.
    const made = stored.find((x) => x.id !== p.id);
    await store.remove(p.id);
    const images = imagesOf(p);
    expect(made && imageRefs(made).map((r) => r.id)).toEqual(imageRefs(p).map((r) => r.id));
    for (const ref of imageRefs(made ?? p)) expect(await store.getAttachment(ref.id)).toEqual(images[ref.id]);
  });

  it('removes a profile with its images, and 撤销 puts both back', async () => {
    const { store, commands } = setup();
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    await commands.view();
    const stored = async () => {
      const all = await fakeBrowser.storage.local.get(null);
      return JSON.parse(JSON.stringify({ ...all, attachmentIndex: [...(all.attachmentIndex as string[])].sort() }));
    };
    const before = await stored();
    expect(await commands.run({ op: 'remove', id: p.id })).toMatchObject({ ok: true, name: p.displayName });
    expect(await store.list()).toEqual([]);
    expect(await commands.run({ op: 'restore', id: p.id })).toMatchObject({ ok: true });
    expect(await store.get(p.id)).toEqual(p);
    for (const ref of imageRefs(p)) expect(await store.getAttachment(ref.id)).not.toBeNull();
    expect(await stored()).toEqual(before);
    expect(await commands.run({ op: 'restore', id: p.id })).toEqual({
      ok: false,
      message: '无法撤销：删除的资料已不在内存中',
    });
  });

  it('answers a missing profile or a wrong passphrase with a message, and changes nothing', async () => {
    const { store, commands } = setup();
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    await store.enableLock(PASS, 15);
    await store.lockNow();
    expect(await commands.view()).toEqual({ lock: 'locked', activeId: null, profiles: [] });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(await commands.run({ op: 'unlock', passphrase: '不对的口令 12345' })).toEqual({
      ok: false,
      message: '口令不正确，资料未改动',
    });
    expect(await commands.run({ op: 'rename', id: p.id, name: '丙' })).toEqual({
      ok: false,
      message: '操作没有完成：资料已加锁，请先解锁',
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    expect(await commands.run({ op: 'unlock', passphrase: PASS })).toEqual({ ok: true });
    expect((await commands.view()).profiles.map((x) => x.id)).toEqual([p.id]);
    expect(await commands.run({ op: 'set-active', id: 'nope' })).toEqual({
      ok: false,
      message: '操作没有完成：这份资料已不存在',
    });
  });

  it('forgets a deleted profile after the undo time: its data does not stay in memory', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const { store, commands } = setup();
      const p = newProfile('甲公司');
      await store.save(p);
      await commands.run({ op: 'remove', id: p.id });
      vi.advanceTimersByTime(UNDO_KEEP_MS);
      expect(await commands.run({ op: 'restore', id: p.id })).toMatchObject({ ok: false });
      expect(await store.list()).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('撤销 after deleting a profile whose copy shares its images puts it back', async () => {
    const { store, commands } = setup();
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    await commands.run({ op: 'duplicate', id: p.id });
    expect(await commands.run({ op: 'remove', id: p.id })).toMatchObject({ ok: true });
    expect(await commands.run({ op: 'restore', id: p.id })).toMatchObject({ ok: true, name: p.displayName });
    expect(await store.get(p.id)).toEqual(p);
  });

  it('runs the lock: on, lock now (deleted data is forgotten), unlock, change, off; each failure in Chinese', async () => {
    const { store, commands } = setup();
    const p = newProfile('甲公司');
    await store.save(p);
    expect(await commands.run({ op: 'lock-enable', passphrase: 'short', idleMinutes: 15 })).toEqual({
      ok: false,
      message: '开启口令保护失败，资料仍为未加密状态：口令至少 8 个字符',
    });
    expect(await commands.run({ op: 'lock-enable', passphrase: PASS, idleMinutes: 15 })).toEqual({ ok: true });
    await commands.run({ op: 'remove', id: p.id });
    expect(await commands.run({ op: 'lock-now' })).toEqual({ ok: true });
    expect((await commands.view()).lock).toBe('locked');
    expect(await commands.run({ op: 'unlock', passphrase: '' })).toEqual({ ok: false, message: '请输入口令' });
    expect(await commands.run({ op: 'unlock', passphrase: PASS })).toEqual({ ok: true });
    expect(await commands.run({ op: 'restore', id: p.id })).toMatchObject({ ok: false });
    await store.save(p);
    expect(await commands.run({ op: 'lock-idle', minutes: 0 })).toEqual({
      ok: false,
      message: '设置空闲时间失败：空闲时间应为 1–1440 分钟的整数',
    });
    expect(await commands.run({ op: 'lock-change', old: 'wrong passphrase', next: 'another one 123' })).toEqual({
      ok: false,
      message: '口令不正确，资料未改动',
    });
    expect(await commands.run({ op: 'lock-change', old: PASS, next: 'another one 123' })).toEqual({ ok: true });
    expect(await commands.run({ op: 'lock-disable', passphrase: 'another one 123' })).toEqual({ ok: true });
    expect(await store.lockState()).toBe('off');
    expect(await store.list()).toEqual([p]);
  });
});
