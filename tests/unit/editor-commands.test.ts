// The editor's background commands, sent as messages to the real handlers on fakeBrowser's storage.local: a save
// merges and stores with its staged images; a failed save or import leaves storage byte-identical and says, in
// Chinese, which field; a locked store says it is locked; only the extension's own pages are answered; a command
// sent during a lock transition waits for it instead of racing it.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bytesToBase64 } from '../../lib/encoding/base64';
import {
  type EditorCommand,
  type EditorOp,
  type EditorReply,
  sendEditorMessage,
} from '../../lib/messaging/editor-protocol';
import { sendMessage } from '../../lib/messaging/protocol';
import type { SenderLike } from '../../lib/messaging/senders';
import { newProfile } from '../../lib/profile/factory';
import { imageRefs } from '../../lib/profile/image-paths';
import { sampleProfile } from '../../lib/profile/sample';
import type { Profile } from '../../lib/profile/schema';
import { backgroundPerTest, OPTIONS_PAGE } from '../support/background';
import { noisePng } from '../support/png';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 60_000 });

const PASS = '正确的口令 horse 42';
const PNG = noisePng(16 * 1024);
let from: () => SenderLike = OPTIONS_PAGE;
const bg = backgroundPerTest(() => from());
beforeEach(() => {
  from = OPTIONS_PAGE;
});
const ask = <O extends EditorOp>(c: Extract<EditorCommand, { op: O }>) =>
  sendEditorMessage('bg:editor', c) as Promise<EditorReply<O>>;
const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
const stage = (id: string, bytes: Uint8Array = PNG) => ask({ op: 'stage', id, dataBase64: bytesToBase64(bytes) });
const withLogo = (p: Profile, id: string): Profile => {
  const app = p.apps[0] ?? { id: 'app-1' };
  return {
    ...p,
    apps: [
      { ...(app as Profile['apps'][number]), logo: { id, name: 'logo.png', type: 'image/png', size: PNG.length } },
    ],
  };
};

describe('save', () => {
  it('merges with what another window stored since, stores the staged image, and answers the stored version', async () => {
    from = OPTIONS_PAGE;
    const base = newProfile('甲公司');
    await bg.store.save(base);
    // Another window changed the name meanwhile; this one edits the subject's name and adds a logo.
    await bg.store.save({ ...base, displayName: '甲公司（新）' });
    expect(await stage('img-new')).toEqual({ ok: true });
    const draft = withLogo(
      { ...base, subject: { ...base.subject, unit: { ...base.subject.unit, name: ' 甲有限公司 ' } } },
      'img-new',
    );
    const r = await ask({ op: 'save', draft, base });
    expect(r).toMatchObject({ ok: true, conflicts: [] });
    const stored = await bg.store.get(base.id);
    expect(stored?.displayName).toBe('甲公司（新）');
    expect(stored?.subject.unit.name).toBe('甲有限公司');
    expect(r.ok && r.saved).toEqual(stored);
    // The editor keeps what is being typed (the trailing space) in `merged`.
    expect(r.ok && r.merged.subject.unit.name).toBe(' 甲有限公司 ');
    expect(await bg.store.getAttachment('img-new')).toEqual({ type: 'image/png', bytes: new Uint8Array(PNG) });
  });

  it('refuses a field the schema refuses, naming it in Chinese, and writes nothing', async () => {
    const p = newProfile('甲公司');
    await bg.store.save(p);
    const before = await dump();
    const person = { ...(p.people[0] as Profile['people'][number]), name: '张\u202E三' };
    const r = await ask({ op: 'save', draft: { ...p, people: [person] }, base: p });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^保存失败，资料未改动：人员 1 的姓名/);
    expect(await dump()).toBe(before);
  });

  it('refuses an image that was never sent, and leaves every profile as it was', async () => {
    const p = newProfile('甲公司');
    await bg.store.save(p);
    const before = await dump();
    const r = await ask({ op: 'save', draft: withLogo(p, 'img-never-sent'), base: p });
    expect(r).toEqual({
      ok: false,
      message: '保存失败，资料未改动：资料引用的 1 张照片已不在存储中，请重新选择这些照片',
    });
    expect(await dump()).toBe(before);
  });

  it('refuses a staged file that is not a whole image', async () => {
    const broken = new Uint8Array(PNG);
    broken[40] = (broken[40] as number) ^ 1;
    expect(await stage('img-x', broken)).toEqual({
      ok: false,
      message: expect.stringMatching(/^照片无法使用：图片已损坏/),
    });
  });
});

describe('a locked store', () => {
  it('is said as locked, for reads and writes, and nothing is written', async () => {
    const p = sampleProfile();
    await bg.store.save(
      p,
      Object.fromEntries(imageRefs(p).map((r) => [r.id, { type: 'image/png' as const, bytes: PNG }])),
    );
    expect(await sendMessage('bg:profile', { op: 'lock-enable', passphrase: PASS, idleMinutes: 15 })).toEqual({
      ok: true,
    });
    expect(await sendMessage('bg:profile', { op: 'lock-now' })).toEqual({ ok: true });
    const before = await dump();
    expect(await ask({ op: 'snapshot' })).toMatchObject({ ok: true, lock: 'locked', profiles: [] });
    const locked = { ok: false, locked: true, message: '资料已加锁，请先解锁；没有读取或写入任何资料' };
    expect(await ask({ op: 'save', draft: { ...p, displayName: '改名' }, base: p })).toEqual(locked);
    expect(await ask({ op: 'image', id: imageRefs(p)[0]?.id ?? '' })).toEqual(locked);
    expect(await ask({ op: 'create', name: '新资料' })).toEqual(locked);
    expect(await dump()).toBe(before);
    expect(await sendMessage('bg:profile', { op: 'unlock', passphrase: PASS })).toEqual({ ok: true });
    expect(await ask({ op: 'snapshot' })).toMatchObject({ ok: true, lock: 'unlocked', profiles: [{ id: p.id }] });
  });

  it('waits for a lock transition instead of racing it: a save sent during 开启口令保护 lands in the sealed store', async () => {
    const p = newProfile('甲公司');
    await bg.store.save(p);
    const enabling = sendMessage('bg:profile', { op: 'lock-enable', passphrase: PASS, idleMinutes: 15 });
    const saving = ask({ op: 'save', draft: { ...p, displayName: '乙公司' }, base: p });
    expect(await enabling).toEqual({ ok: true });
    expect(await saving).toMatchObject({ ok: true });
    expect(await bg.store.lockState()).toBe('unlocked');
    expect((await bg.store.list()).map((x) => x.displayName)).toEqual(['乙公司']);
    // Nothing readable was left in the plaintext layout.
    expect(JSON.stringify((await fakeBrowser.storage.local.get('profiles')).profiles ?? [])).toBe('[]');
  });
});

describe('import', () => {
  const fileProfile = () => withLogo(newProfile('导入的公司'), 'file-img-1');

  it('writes the profiles with their staged images and the taught fields', async () => {
    const p = fileProfile();
    expect(await stage('file-img-1')).toEqual({ ok: true });
    const link = { page: 'app' as const, section: '?联系方式', label: '移动电话', key: 'appPerson.mobile' };
    const r = await ask({ op: 'import', fileName: 'a.json', profiles: [p], fieldLinks: [link], decisions: {} });
    expect(r).toMatchObject({ ok: true, imported: [{ id: p.id, displayName: '导入的公司' }], skipped: [] });
    const stored = await bg.store.get(p.id);
    const logo = stored?.apps[0]?.logo;
    // Images get fresh ids, so nothing stored is ever overwritten.
    expect(logo?.id).not.toBe('file-img-1');
    expect(await bg.store.getAttachment(logo?.id ?? '')).toEqual({ type: 'image/png', bytes: new Uint8Array(PNG) });
    expect(r.ok && r.links).toEqual({ added: 1 });
    expect(await sendMessage('bg:links', { op: 'list' })).toEqual({ ok: true, links: [link] });
  });

  it('fails whole, naming the profile and field, when an image did not arrive; a clash needs a decision', async () => {
    const kept = newProfile('已有');
    await bg.store.save(kept);
    const before = await dump();
    const p = fileProfile();
    const r = await ask({
      op: 'import',
      fileName: 'a.json',
      profiles: [newProfile('乙'), p],
      fieldLinks: [],
      decisions: {},
    });
    expect(r).toEqual({
      ok: false,
      message:
        '导入失败，没有写入任何资料：文件「a.json」第 2 个档案「导入的公司」的APP 1 的应用logo的照片没有送达后台，请重新导入',
    });
    const clash = await ask({ op: 'import', fileName: 'a.json', profiles: [kept], fieldLinks: [], decisions: {} });
    expect(clash).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^导入失败，没有写入任何资料：.*「已有」.*导入为副本/),
    });
    expect(await dump()).toBe(before);
  });
});

describe('who may ask', () => {
  const content: SenderLike = {
    id: fakeBrowser.runtime.id,
    url: 'https://beian.mps.gov.cn/#/x',
    frameId: 0,
    tab: { id: 3 },
  };
  const panel = (): SenderLike => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/panel.html'),
    frameId: 5,
    tab: { id: 3 },
  });
  it('refuses every editor command from a content script or the in-page panel, and writes nothing', async () => {
    const p = newProfile('甲公司');
    await bg.store.save(p);
    const before = await dump();
    for (const sender of [() => content, panel]) {
      from = sender;
      for (const c of [
        { op: 'snapshot' },
        { op: 'image', id: 'x' },
        { op: 'stage', id: 'x', dataBase64: bytesToBase64(PNG) },
        { op: 'save', draft: { ...p, displayName: '改名' }, base: p },
        { op: 'create', name: '新' },
        { op: 'import', fileName: 'a.json', profiles: [newProfile('乙')], fieldLinks: [], decisions: {} },
      ] as EditorCommand[]) {
        expect(await ask(c)).toEqual({
          ok: false,
          message: '只能在扩展自己的页面（弹出窗口、资料编辑器）中查看或修改资料',
        });
      }
      expect(await sendMessage('bg:profile', { op: 'remove', id: p.id })).toMatchObject({ ok: false });
      expect(
        await sendMessage('bg:links', { op: 'remove', link: { page: 'subject', section: '', label: 'x' } }),
      ).toMatchObject({ ok: false });
    }
    from = OPTIONS_PAGE;
    expect(await dump()).toBe(before);
  });
});
