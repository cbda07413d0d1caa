// Sealed values are bound to where they are stored and the list to a write count (format 2, sealed.ts): swapped or
// older values are refused. Stores sealed before format 2 still open, and are rewritten in format 2.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DecryptError, deriveKey, encryptBytes, encryptJson } from '../crypto/seal';
import { sampleProfile } from '../profile/sample';
import type { StoredAttachment } from './attachments';
import { createKeyHolder, LockedError } from './key-holder';
import { createLockableStore } from './lock';
import { imageRefs } from './profiles';
import { RollbackError } from './sealed';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

const PASS = '正确的口令 horse 42';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const imagesOf = (p = sampleProfile()) =>
  Object.fromEntries(
    imageRefs(p).map((r, i): [string, StoredAttachment] => [
      r.id,
      { type: 'image/png', bytes: Uint8Array.of(...PNG, i) },
    ]),
  );
const local = () => fakeBrowser.storage.local.get(null) as Promise<Record<string, unknown>>;

async function lockedStore() {
  const store = createLockableStore(createKeyHolder());
  const p = sampleProfile();
  await store.save(p, imagesOf(p));
  await store.enableLock(PASS);
  return { store, p };
}

/** The layout an earlier version wrote (docs/profile-storage.md before format 2): no associated data, no counter. */
async function legacyStore() {
  const k = await deriveKey(PASS);
  // Written by version 1 of the profile schema, before 网站类型.
  const p = sampleProfile();
  for (const site of p.websites) delete site.siteType;
  const images = imagesOf(p);
  const items: Record<string, unknown> = {
    lock: { on: true, kdf: k.kdf, check: await encryptJson(k, 'beian-autofill lock check v1'), idleMinutes: 15 },
    sealedProfiles: await encryptJson(k, { v: 1, profiles: [p] }),
    sealedAttachmentIndex: Object.keys(images),
    profiles: [],
  };
  for (const [id, a] of Object.entries(images)) {
    items[`sealedAttachment:${id}`] = await encryptBytes(k, Uint8Array.of(0, ...a.bytes));
  }
  await fakeBrowser.storage.local.set(items);
  return { store: createLockableStore(createKeyHolder()), p, images };
}

const versions = (all: Record<string, unknown>) =>
  Object.entries(all)
    .filter(([k]) => k.startsWith('sealed') && !k.startsWith('sealedAttachmentIndex'))
    .map(([, v]) => (v as { v: number }).v);

beforeEach(() => fakeBrowser.reset());

describe('sealed values are bound to their place', () => {
  it('two sealed images swapped are refused, not shown as each other', async () => {
    const { store, p } = await lockedStore();
    const [a, b] = imageRefs(p).map((r) => `sealedAttachment:${r.id}`);
    if (!a || !b) throw new Error('sample has images');
    const all = await local();
    await fakeBrowser.storage.local.set({ [a]: all[b], [b]: all[a] });
    await expect(store.getAttachment(a.slice('sealedAttachment:'.length))).rejects.toBeInstanceOf(DecryptError);
  });

  it('an older sealed list put back is refused; so is a list whose counter was removed', async () => {
    const { store, p } = await lockedStore();
    const old = (await local()).sealedProfiles;
    await store.save({ ...p, displayName: '改名后' });
    const current = (await local()).sealedProfiles;
    await fakeBrowser.storage.local.set({ sealedProfiles: old });
    await expect(store.list()).rejects.toBeInstanceOf(RollbackError);
    await expect(store.list()).rejects.toThrow(/比上次保存的旧/);

    await fakeBrowser.storage.local.set({ sealedProfiles: current });
    expect((await store.list()).map((x) => x.displayName)).toEqual(['改名后']);
    await fakeBrowser.storage.local.remove('sealedCounter');
    await expect(store.list()).rejects.toBeInstanceOf(RollbackError);
  });

  it('unlocked, the list is opened once for several reads; a save, a list put back and the lock all count at once', async () => {
    const { store, p } = await lockedStore();
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const listReads = () => get.mock.calls.filter((c) => JSON.stringify(c).includes('sealedProfiles')).length;
    await store.list();
    const once = listReads();
    expect(await store.get(p.id)).toEqual(p);
    expect(await store.list()).toEqual([p]);
    expect(listReads()).toBe(once);

    const old = (await local()).sealedProfiles;
    await store.save({ ...p, displayName: '改名后' });
    expect((await store.list()).map((x) => x.displayName)).toEqual(['改名后']);
    await fakeBrowser.storage.local.set({ sealedProfiles: old });
    await expect(store.list()).rejects.toBeInstanceOf(RollbackError);

    await store.lockNow();
    await expect(store.list()).rejects.toBeInstanceOf(LockedError);
  });

  it('a value sealed the old way (no associated data) is refused in a store sealed the new way', async () => {
    const { store, p } = await lockedStore();
    const ref = imageRefs(p)[0];
    if (!ref) throw new Error('sample has images');
    const { lock } = await local();
    const key = await store.holder.key((lock as { kdf: Parameters<typeof store.holder.key>[0] }).kdf);
    await fakeBrowser.storage.local.set({
      [`sealedAttachment:${ref.id}`]: await encryptBytes(key, Uint8Array.of(0, 1, 2, 3)),
    });
    await expect(store.getAttachment(ref.id)).rejects.toBeInstanceOf(DecryptError);
  });
});

describe('stores sealed before associated data', () => {
  it('open with the passphrase and are rewritten in the new format on unlock', async () => {
    const { store, p, images } = await legacyStore();
    expect(versions(await local())).toEqual(expect.arrayContaining([1]));
    await store.unlock(PASS);
    expect(await store.list()).toEqual([p]);
    const ref = imageRefs(p)[1];
    expect(await store.getAttachment(ref?.id ?? '')).toEqual(images[ref?.id ?? '']);
    const after = await local();
    expect(new Set(versions(after))).toEqual(new Set([2]));
    expect((after.lock as { check: { v: number }; gen: number }).check.v).toBe(2);
    expect(Object.keys(after)).toContain('sealedCounter~1');
    expect(Object.keys(after).filter((k) => k.startsWith('sealedAttachment:'))).toEqual([]);
    await store.lockNow();
    await store.unlock(PASS);
    expect(await store.list()).toEqual([p]);
  });

  it('already unlocked (by an older build), they read as they are and are rewritten on the next save', async () => {
    const { store, p } = await legacyStore();
    const { lock } = await local();
    await store.holder.put(await deriveKey(PASS, { salt: saltOf(lock) }), 60_000);
    expect(await store.list()).toEqual([p]);
    expect(versions(await local())).not.toContain(2);
    await store.save({ ...p, displayName: '新名称' });
    expect(new Set(versions(await local()))).toEqual(new Set([2]));
    expect((await store.list()).map((x) => x.displayName)).toEqual(['新名称']);
  });

  it('a failed rewrite leaves the old store in charge and the unlock done', async () => {
    const { store, p } = await legacyStore();
    // The empty plaintext list's version mark is WXT's to upgrade (1 → current) whenever it first reads it.
    const dumpSealed = async () => JSON.stringify({ ...(await local()), profiles$: undefined });
    const before = await dumpSealed();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('lock' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    await store.unlock(PASS);
    vi.restoreAllMocks();
    expect(await dumpSealed()).toBe(before);
    expect(await store.lockState()).toBe('unlocked');
    expect(await store.list()).toEqual([p]);
  });
});

function saltOf(lock: unknown): Uint8Array {
  const b64 = (lock as { kdf: { salt: string } }).kdf.salt;
  return Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
}
