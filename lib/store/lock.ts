// The optional passphrase lock around the profile store. With the lock off everything is the plaintext layout of
// profiles.ts; with it on, the sealed layout of sealed.ts, and every call needs the key from the KeyHolder.
// Switching layouts (or passphrases) writes the complete new layout under its own keys first, then commits with ONE
// storage write naming it; a failure before that leaves the old layout in charge. Only the background runs these
// transitions (lock-commands.ts), so this store's queue serialises them.
import { storage } from 'wxt/utils/storage';
import { deriveKey, type SealKey } from '../crypto/seal';
import { t, uiError } from '../i18n';
import { PROFILE_SCHEMA_VERSION } from '../profile/schema';
import { type KeyHolder, LockedError } from './key-holder';
import { createLocalAttachmentStore } from './local-attachments';
import {
  clearAll,
  clearSealed,
  copyImages,
  formatOf,
  genOf,
  LOCK_KEY,
  type LockRecord,
  otherGen,
  sealCheck,
  sealedWith,
  verify,
} from './lock-record';
import {
  createProfileStore,
  PROFILES_KEY,
  type ProfileListBackend,
  type ProfileStore,
  plainListBackend,
  StoreReadOnlyError,
} from './profiles';
import { type SealContext, type SealedGen, sealedAttachmentLayout, sealedKeys, sealedListBackend } from './sealed';

export { LOCK_KEY, type LockRecord, WrongPassphraseError } from './lock-record';
export const DEFAULT_IDLE_MINUTES = 15;
export const MIN_PASSPHRASE_LENGTH = 8;
const tooShort = () => uiError(new RangeError(t('lock_min_length', MIN_PASSPHRASE_LENGTH)));

export type LockState = 'off' | 'locked' | 'unlocked';

export interface LockControls {
  lockState(): Promise<LockState>;
  idleMinutes(): Promise<number>;
  /** Re-encrypts everything; on any failure the plaintext store stays as it was. */
  enableLock(passphrase: string, idleMinutes?: number): Promise<void>;
  /** Verifies the passphrase, then keeps the key in the holder. A wrong one writes nothing. */
  unlock(passphrase: string): Promise<void>;
  lockNow(): Promise<void>;
  /** Throws WrongPassphraseError unless this is the lock's passphrase (asked again before a plaintext export). */
  checkPassphrase(passphrase: string): Promise<void>;
  setIdleMinutes(minutes: number): Promise<void>;
  /** Verifies the old passphrase, then re-encrypts everything under the new one, atomically. */
  changePassphrase(old: string, next: string): Promise<void>;
  /** Verifies the passphrase, then decrypts everything back to the plaintext layout, atomically. */
  disableLock(passphrase: string): Promise<void>;
}

export type LockableStore = ProfileStore & LockControls & { readonly holder: KeyHolder };

export function checkIdleMinutes(m: number): number {
  if (!Number.isInteger(m) || m < 1 || m > 1440) throw uiError(new RangeError(t('lock_idle_whole')));
  return m;
}

export function createLockableStore(holder: KeyHolder): LockableStore {
  const plainList: ProfileListBackend = plainListBackend();
  const plainAtt = createLocalAttachmentStore();
  const plain = createProfileStore(plainAtt, plainList);
  const record = async (): Promise<LockRecord | null> => {
    const r = await storage.getItem<LockRecord>(LOCK_KEY);
    return r?.on === true ? r : null;
  };
  /** The held key and format for the current lock record (throws LockedError). */
  const heldCtx = async (): Promise<SealContext> => {
    const r = await record();
    if (!r) throw new LockedError();
    return { key: await holder.key(r.kdf), format: formatOf(r) };
  };
  const sealedStore = (gen: SealedGen) =>
    createProfileStore(
      createLocalAttachmentStore(sealedAttachmentLayout(heldCtx, gen)),
      sealedListBackend(heldCtx, gen, { keep: true }),
    );
  const sealed = [sealedStore(0), sealedStore(1)] as const;
  /** The store in charge; with the lock on, refuses (LockedError) before reading anything. */
  const current = async (): Promise<ProfileStore> => {
    const r = await record();
    if (!r) return plain;
    await heldCtx();
    return sealed[genOf(r)];
  };

  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  /**
   * Writes everything sealed with `k` in format 2 under the other generation, then commits with ONE write of the
   * record naming the new kdf, check and generation; a failure before it leaves the current generation in charge.
   */
  async function reseal(r: LockRecord, source: ReturnType<typeof sealedWith>, k: SealKey) {
    const [from, to] = [genOf(r), otherGen(r)];
    const target = sealedWith(k, to);
    await clearSealed([to]); // leftovers of an interrupted change: the record names `from`
    try {
      await copyImages(source.att, target.att);
      await target.list.setValue(await source.list.getValue());
      await storage.setItem(LOCK_KEY, { ...r, kdf: k.kdf, check: await sealCheck(k, to), gen: to });
    } catch (e) {
      await clearSealed([to]).catch(() => undefined);
      throw e;
    }
    await holder.put(k, r.idleMinutes * 60_000).catch(() => undefined);
    await clearSealed([from]).catch(() => undefined);
  }

  /** A store sealed in format 1 is rewritten in format 2 (same key) once its key is held. Runs inside the queue. */
  async function upgradeFormat() {
    const r = await record();
    if (!r || formatOf(r) === 2) return;
    const k = await holder.key(r.kdf);
    const source = sealedWith(k, genOf(r), 1);
    // Data of a newer version is left to the newer extension (the copy would relabel it as ours).
    if ((await source.list.version()) > PROFILE_SCHEMA_VERSION) return;
    await reseal(r, source, k);
  }

  const write =
    <A extends unknown[], T>(fn: (s: ProfileStore, ...a: A) => Promise<T>) =>
    (...a: A) =>
      exclusive(async () => {
        // If the rewrite fails, the write still goes to the old format, which stays readable.
        await upgradeFormat().catch(() => undefined);
        return fn(await current(), ...a);
      });

  return {
    holder,
    list: async () => (await current()).list(),
    get: async (id) => (await current()).get(id),
    getActiveId: () => plain.getActiveId(),
    setActiveId: (id) => plain.setActiveId(id),
    save: write((s, p, a) => s.save(p, a)),
    addMany: write((s, p, a) => s.addMany(p, a)),
    remove: write((s, id) => s.remove(id)),
    getAttachment: async (id) => (await current()).getAttachment(id),
    collectGarbage: write((s) => s.collectGarbage()),
    watch(cb) {
      const fire = () => {
        current()
          .then((s) => s.list())
          .then(cb, () => cb([]));
      };
      const stops = [
        plainList.watch(fire),
        storage.watch(sealedKeys(0).list, fire),
        storage.watch(sealedKeys(1).list, fire),
        storage.watch(LOCK_KEY, fire),
      ];
      return () => {
        for (const s of stops) s();
      };
    },

    async lockState() {
      const r = await record();
      if (!r) return 'off';
      return (await holder.has(r.kdf)) ? 'unlocked' : 'locked';
    },
    idleMinutes: async () => (await record())?.idleMinutes ?? DEFAULT_IDLE_MINUTES,

    enableLock: (passphrase, idleMinutes = DEFAULT_IDLE_MINUTES) =>
      exclusive(async () => {
        checkIdleMinutes(idleMinutes);
        if (passphrase.length < MIN_PASSPHRASE_LENGTH) throw tooShort();
        if (await record()) throw uiError(new Error(t('lock_already_on')));
        const v = await plainList.version();
        if (v > PROFILE_SCHEMA_VERSION) throw new StoreReadOnlyError(v);
        const k = await deriveKey(passphrase);
        const lock: LockRecord = {
          on: true,
          kdf: k.kdf,
          check: await sealCheck(k, 0),
          idleMinutes,
          gen: 0,
        };
        const target = sealedWith(k, 0);
        await clearSealed(); // leftovers of an interrupted attempt: with the lock off they are not data
        try {
          await copyImages(plainAtt, target.att);
          // Raw entries, including any that fail the schema: they are kept, as in the plaintext store.
          await target.list.setValue(await plainList.getValue());
          await storage.setItems([
            { key: LOCK_KEY, value: lock },
            { key: PROFILES_KEY, value: [] },
          ]);
        } catch (e) {
          await clearSealed().catch(() => undefined);
          throw e;
        } finally {
          plainList.forget?.(); // no plaintext list kept in memory once the lock is on
        }
        await holder.put(k, idleMinutes * 60_000).catch(() => undefined);
        // After the commit the plaintext images are copies; removing them can fail without losing anything.
        await clearAll(plainAtt).catch(() => undefined);
      }),

    unlock: (passphrase) =>
      exclusive(async () => {
        const r = await record();
        if (!r) return;
        const k = await verify(passphrase, r);
        await holder.put(k, r.idleMinutes * 60_000);
        // Copies left by an interrupted switch or change (plaintext, or sealed under a previous passphrase) are
        // removed once the key is proven.
        await clearAll(plainAtt).catch(() => undefined);
        await clearSealed([otherGen(r)]).catch(() => undefined);
        await upgradeFormat().catch(() => undefined);
      }),

    // At once (nothing reads on), and again after whatever the queue is running: a change or unlock that ends
    // later puts its key back, and 立即加锁 must win over it.
    lockNow: async () => {
      await holder.drop();
      await exclusive(() => holder.drop());
    },

    async checkPassphrase(passphrase) {
      const r = await record();
      if (!r) return;
      await verify(passphrase, r);
    },

    setIdleMinutes: (minutes) =>
      exclusive(async () => {
        checkIdleMinutes(minutes);
        const r = await record();
        if (!r) return;
        await holder.key(r.kdf); // only while unlocked
        await storage.setItem(LOCK_KEY, { ...r, idleMinutes: minutes });
        await holder.setIdle(minutes * 60_000);
      }),

    changePassphrase: (old, next) =>
      exclusive(async () => {
        if (next.length < MIN_PASSPHRASE_LENGTH) throw tooShort();
        const r = await record();
        if (!r) throw uiError(new Error(t('lock_not_on')));
        const source = sealedWith(await verify(old, r), genOf(r), formatOf(r));
        // Data of a newer version would be relabelled as ours by the copy: leave it to the newer extension.
        const v = await source.list.version();
        if (v > PROFILE_SCHEMA_VERSION) throw new StoreReadOnlyError(v);
        await reseal(r, source, await deriveKey(next));
      }),

    disableLock: (passphrase) =>
      exclusive(async () => {
        const r = await record();
        if (!r) return;
        const k = await verify(passphrase, r);
        const source = sealedWith(k, genOf(r), formatOf(r));
        const v = await source.list.version();
        if (v > PROFILE_SCHEMA_VERSION) throw new StoreReadOnlyError(v);
        const profiles = await source.list.getValue();
        await clearAll(plainAtt); // copies from an interrupted switch; the sealed ones are in charge
        try {
          await copyImages(source.att, plainAtt);
          await storage.setItems([
            { key: PROFILES_KEY, value: profiles },
            { key: `${PROFILES_KEY}$`, value: { v: PROFILE_SCHEMA_VERSION } },
            { key: LOCK_KEY, value: { ...r, on: false } },
          ]);
        } catch (e) {
          await clearAll(plainAtt).catch(() => undefined);
          throw e;
        } finally {
          plainList.forget?.();
        }
        await holder.drop().catch(() => undefined);
        await clearSealed().catch(() => undefined);
        await storage.removeItem(LOCK_KEY).catch(() => undefined);
      }),
  };
}
