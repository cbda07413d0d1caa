// Changing the passphrase on the real storage.local layout (fakeBrowser): all or nothing, never plaintext on disk.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encryptJson, type KdfParams } from '../crypto/seal';
import { bytesToBase64 } from '../encoding/base64';
import { sampleProfile } from '../profile/sample';
import type { StoredAttachment } from './attachments';
import { createKeyHolder, LockedError } from './key-holder';
import { createLockableStore, WrongPassphraseError } from './lock';
import { imageRefs, StoreReadOnlyError } from './profiles';
import { aadFor } from './sealed';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

const OLD = '旧的口令 horse 42';
const NEW = '新的口令 battery 7';
const ID_NO = '330110198506151238'; // in sampleProfile
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 9, 9, 9, 9]);
const imagesOf = (p = sampleProfile()) =>
  Object.fromEntries(
    imageRefs(p).map((r, i): [string, StoredAttachment] => [
      r.id,
      { type: 'image/png', bytes: Uint8Array.of(...PNG, i) },
    ]),
  );
const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
const sealedKeys = async () => Object.keys(JSON.parse(await dump())).filter((k) => k.startsWith('sealed'));

async function locked() {
  const store = createLockableStore(createKeyHolder());
  const p = sampleProfile();
  await store.save(p, imagesOf(p));
  await store.enableLock(OLD, 15);
  return { store, p };
}

beforeEach(() => fakeBrowser.reset());

describe('changing the passphrase', () => {
  it('re-encrypts everything: the old passphrase stops working, the new one opens the same data', async () => {
    const { store, p } = await locked();
    const firstKeys = await sealedKeys();
    await store.changePassphrase(OLD, NEW);
    expect(await store.lockState()).toBe('unlocked');
    expect(await store.list()).toEqual([p]);
    const stored = await dump();
    expect(stored).not.toContain(ID_NO);
    expect(stored).not.toContain(bytesToBase64(PNG).slice(0, 12));
    // Only the new generation's keys are left.
    const secondKeys = await sealedKeys();
    expect(secondKeys).toHaveLength(firstKeys.length);
    expect(secondKeys.filter((k) => firstKeys.includes(k))).toEqual([]);

    await store.lockNow();
    await expect(store.unlock(OLD)).rejects.toBeInstanceOf(WrongPassphraseError);
    await store.unlock(NEW);
    expect(await store.list()).toEqual([p]);
    const ref = imageRefs(p)[1];
    expect(await store.getAttachment(ref?.id ?? '')).toEqual(imagesOf(p)[ref?.id ?? '']);

    // And back again, to the first generation's keys.
    await store.changePassphrase(NEW, OLD);
    expect((await sealedKeys()).sort()).toEqual([...firstKeys].sort());
    expect(await store.list()).toEqual([p]);
  });

  it('a wrong old passphrase or a short new one changes nothing', async () => {
    const { store } = await locked();
    const before = await dump();
    await expect(store.changePassphrase('不对的口令 000', NEW)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(store.changePassphrase(OLD, 'short')).rejects.toThrow('口令至少 8 个字符');
    expect(await dump()).toBe(before);
  });

  it('a failure half-way or at the commit leaves the old passphrase in charge and no new keys behind', async () => {
    const { store, p } = await locked();
    const before = await dump();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    for (const fails of [(n: number) => n === 2, (_n: number, items: object) => 'lock' in items]) {
      let calls = 0;
      vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
        if (fails(++calls, items)) throw new Error('QUOTA_BYTES quota exceeded');
        return realSet(items);
      });
      await expect(store.changePassphrase(OLD, NEW)).rejects.toThrow(/quota/);
      vi.restoreAllMocks();
      expect(await dump()).toBe(before);
    }
    await store.lockNow();
    await expect(store.list()).rejects.toBeInstanceOf(LockedError);
    await store.unlock(OLD);
    expect(await store.list()).toEqual([p]);
  });
});

describe('changing the passphrase of data a newer version wrote', () => {
  it('is refused in Chinese and changes nothing', async () => {
    const { store } = await locked();
    const { lock } = await fakeBrowser.storage.local.get('lock');
    const key = await store.holder.key((lock as { kdf: KdfParams }).kdf);
    const newer = { v: 99, profiles: [], ctr: 99 };
    await fakeBrowser.storage.local.set({
      sealedProfiles: await encryptJson(key, newer, aadFor('local:sealedProfiles', 0)),
    });
    const before = await dump();
    await expect(store.changePassphrase(OLD, NEW)).rejects.toThrow(/更新版本的扩展/);
    await expect(store.disableLock(OLD)).rejects.toBeInstanceOf(StoreReadOnlyError);
    expect(await dump()).toBe(before);
  });
});

describe('changing the passphrase, edge cases', () => {
  it('works on a record written before generations existed, and unlocking removes leftovers of the other one', async () => {
    const { store, p } = await locked();
    const { lock } = await fakeBrowser.storage.local.get('lock');
    const { gen: _gen, ...legacy } = lock as { gen?: number };
    await fakeBrowser.storage.local.set({ lock: legacy, 'sealedProfiles~1': { stale: true } });
    await store.lockNow();
    await store.unlock(OLD);
    expect(await sealedKeys()).not.toContain('sealedProfiles~1');
    await store.changePassphrase(OLD, NEW);
    expect(await store.list()).toEqual([p]);
    expect(await sealedKeys()).toContain('sealedProfiles~1');
  });

  it('立即加锁 asked during a change is not undone when the change finishes', async () => {
    const { store, p } = await locked();
    const change = store.changePassphrase(OLD, NEW);
    const lock = store.lockNow();
    await Promise.all([change, lock]);
    expect(await store.lockState()).toBe('locked');
    await expect(store.list()).rejects.toBeInstanceOf(LockedError);
    await store.unlock(NEW);
    expect(await store.list()).toEqual([p]);
  });

  it('立即加锁 asked during an unlock leaves the store locked', async () => {
    const { store } = await locked();
    await store.lockNow();
    await Promise.all([store.unlock(OLD), store.lockNow()]);
    expect(await store.lockState()).toBe('locked');
  });

  it('two changes asked at once run one after the other: the second finds the old passphrase wrong', async () => {
    const { store, p } = await locked();
    const results = await Promise.allSettled([store.changePassphrase(OLD, NEW), store.changePassphrase(OLD, NEW)]);
    expect(results[0]?.status).toBe('fulfilled');
    expect(results[1]?.status === 'rejected' && results[1].reason).toBeInstanceOf(WrongPassphraseError);
    await store.lockNow();
    await store.unlock(NEW);
    expect(await store.list()).toEqual([p]);
  });
});
