// The passphrase lock on the real storage.local layout (fakeBrowser), at the production PBKDF2 count.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PBKDF2_ITERATIONS } from '../crypto/seal';
import { bytesToBase64 } from '../encoding/base64';
import { sampleProfile } from '../profile/sample';
import type { StoredAttachment } from './attachments';
import { createKeyHolder, LockedError } from './key-holder';
import { createLockableStore, WrongPassphraseError } from './lock';
import { imageRefs } from './profiles';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

const PASS = '正确的口令 horse 42';
const ID_NO = '330110198506151238'; // in sampleProfile
// A real PNG header plus a recognisable body: its base64 must never show in storage.local once locked.
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 7, 7, 7]);
const PNG_B64_PREFIX = bytesToBase64(PNG).slice(0, 16);
const imagesOf = (p = sampleProfile()) =>
  Object.fromEntries(
    imageRefs(p).map((r, i): [string, StoredAttachment] => [
      r.id,
      { type: i % 2 ? 'image/jpeg' : 'image/png', bytes: Uint8Array.from([...PNG, i]) },
    ]),
  );
const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));
const session = async () => JSON.stringify(await fakeBrowser.storage.session.get(null));

async function seeded(now?: () => number) {
  const holder = createKeyHolder(now ? { now } : {});
  const store = createLockableStore(holder);
  const p = sampleProfile();
  await store.save(p, imagesOf(p));
  return { store, holder, p };
}

beforeEach(() => {
  fakeBrowser.reset();
});

/**
 * storage.local's onChanged as a real browser delivers it: after the write has resolved, not inside it (the fake
 * calls listeners synchronously). Install before the store is made; `deliver` lets the held events through.
 */
function laterOnChanged() {
  const onChanged = fakeBrowser.storage.local.onChanged;
  type Listener = Parameters<typeof onChanged.addListener>[0];
  const add = onChanged.addListener.bind(onChanged);
  const remove = onChanged.removeListener.bind(onChanged);
  const held: (() => void)[] = [];
  const late = new Map<Listener, Listener>();
  vi.spyOn(onChanged, 'addListener').mockImplementation((listener) => {
    const wrapped: Listener = (...args) => void held.push(() => listener(...args));
    late.set(listener, wrapped);
    add(wrapped);
  });
  vi.spyOn(onChanged, 'removeListener').mockImplementation((listener) => remove(late.get(listener) ?? listener));
  return {
    deliver: () => {
      for (const event of held.splice(0)) event();
    },
  };
}

describe('passphrase lock', () => {
  it('is off by default and stores plaintext (the layout the e2e seeds)', async () => {
    const { store } = await seeded();
    expect(await store.lockState()).toBe('off');
    expect(await dump()).toContain(ID_NO);
    expect(await dump()).toContain(PNG_B64_PREFIX);
  });

  it('turning it on leaves no plaintext ID number or image in storage.local, and data reads back', async () => {
    const { store, p } = await seeded();
    await store.enableLock(PASS);
    const stored = await dump();
    expect(stored).not.toContain(ID_NO);
    expect(stored).not.toContain(PNG_B64_PREFIX);
    expect(stored).not.toContain('张三');
    expect(stored).toContain(`"iterations":${PBKDF2_ITERATIONS}`);
    expect(Object.keys(JSON.parse(stored)).filter((k) => k.startsWith('attachment:'))).toEqual([]);
    // The key is in storage.session only.
    expect(await session()).toContain('raw');
    expect(await store.lockState()).toBe('unlocked');
    expect(await store.list()).toEqual([p]);
    const ref = imageRefs(p)[1];
    expect(await store.getAttachment(ref?.id ?? '')).toEqual(imagesOf(p)[ref?.id ?? '']);
  });

  it('locked: list, save and images refuse with LockedError; unlock restores access', async () => {
    const { store, p } = await seeded();
    await store.enableLock(PASS);
    await store.lockNow();
    expect(await session()).toBe('{}');
    expect(await store.lockState()).toBe('locked');
    await expect(store.list()).rejects.toBeInstanceOf(LockedError);
    await expect(store.list()).rejects.toThrow('资料已加锁，请先解锁');
    await expect(store.getAttachment(imageRefs(p)[0]?.id ?? '')).rejects.toBeInstanceOf(LockedError);
    const before = await dump();
    await expect(store.save(sampleProfile('other'), imagesOf(sampleProfile('other')))).rejects.toBeInstanceOf(
      LockedError,
    );
    expect(await dump()).toBe(before);
    await store.unlock(PASS);
    expect(await store.list()).toEqual([p]);
  });

  it('a wrong passphrase is refused and leaves storage byte-identical', async () => {
    const { store, p } = await seeded();
    await store.enableLock(PASS);
    await store.lockNow();
    const before = await dump();
    await expect(store.unlock('wrong passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(store.disableLock('wrong passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(await dump()).toBe(before);
    expect(await session()).toBe('{}');
    await store.unlock(PASS);
    expect(await store.list()).toEqual([p]);
  });

  it('saves while unlocked are encrypted with a fresh IV each time', async () => {
    const { store, p } = await seeded();
    await store.enableLock(PASS);
    const iv1 = JSON.parse(await dump()).sealedProfiles.iv;
    const q = { ...p, displayName: '改名后' };
    await store.save(q);
    const after = JSON.parse(await dump());
    expect(after.sealedProfiles.iv).not.toBe(iv1);
    expect(JSON.stringify(after)).not.toContain('改名后');
    expect(await store.list()).toEqual([q]);
  });

  it('drops the key after the idle time, checked on access (no timer needed)', async () => {
    let t = 1_000_000;
    const { store } = await seeded(() => t);
    await store.enableLock(PASS, 1);
    t += 59_000;
    await store.list(); // use within the minute keeps it
    t += 59_000;
    expect(await store.lockState()).toBe('unlocked');
    t += 2_000;
    await expect(store.list()).rejects.toBeInstanceOf(LockedError);
    expect(await session()).toBe('{}');
  });

  it('a failure half-way through turning the lock on leaves the plaintext store readable', async () => {
    const { store, p } = await seeded();
    const before = await dump();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let calls = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (++calls === 3) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    await expect(store.enableLock(PASS)).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await dump()).toBe(before);
    expect(await store.lockState()).toBe('off');
    expect(await store.list()).toEqual([p]);
  });

  it('a failed commit when turning it on also leaves plaintext in charge', async () => {
    const { store, p } = await seeded();
    const before = await dump();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('lock' in items) throw new Error('write failed');
      return realSet(items);
    });
    await expect(store.enableLock(PASS)).rejects.toThrow('write failed');
    vi.restoreAllMocks();
    expect(await dump()).toBe(before);
    expect(await store.list()).toEqual([p]);
  });

  it('turning it off decrypts everything back to the plaintext layout; a failed commit keeps it sealed', async () => {
    const { store, p } = await seeded();
    await store.enableLock(PASS);
    const sealedDump = await dump();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('lock' in items) throw new Error('write failed');
      return realSet(items);
    });
    await expect(store.disableLock(PASS)).rejects.toThrow('write failed');
    vi.restoreAllMocks();
    expect(await dump()).toBe(sealedDump);
    expect(await store.list()).toEqual([p]);

    await store.disableLock(PASS);
    expect(await store.lockState()).toBe('off');
    const keys = Object.keys(JSON.parse(await dump()));
    expect(keys.filter((k) => k.startsWith('sealed') || k === 'lock')).toEqual([]);
    expect(await dump()).toContain(ID_NO);
    expect(await session()).toBe('{}');
    expect(await store.list()).toEqual([p]);
    const ref = imageRefs(p)[2];
    expect(await store.getAttachment(ref?.id ?? '')).toEqual(imagesOf(p)[ref?.id ?? '']);
  });

  it('a second context (own store, same storage) sees the lock and shares the unlocked key', async () => {
    const { store, p } = await seeded();
    await store.enableLock(PASS);
    const other = createLockableStore(createKeyHolder());
    expect(await other.list()).toEqual([p]);
    await store.lockNow();
    await expect(other.list()).rejects.toBeInstanceOf(LockedError);
  });

  it('on and off again: the list is what was saved while it was on, before the browser reports the change', async () => {
    // Switching writes the plaintext list past its kept read, and the browser's onChanged comes too late to drop
    // it: lock.ts drops it itself (plainList.forget, on the way in and out; without both, the old list is listed).
    const { deliver } = laterOnChanged();
    const { store, p } = await seeded();
    expect(await store.list()).toEqual([p]);
    await store.enableLock(PASS);
    const renamed = { ...p, displayName: '改过名的资料' };
    await store.save(renamed);
    await store.disableLock(PASS);
    expect(await store.lockState()).toBe('off');
    expect(await store.list()).toEqual([renamed]);
    deliver();
    expect(await store.list()).toEqual([renamed]);
  });
});
