// The sealed (passphrase-locked) layout: the same profile store and attachment store, with every value passed
// through lib/crypto. Keys are separate from the plaintext ones so that turning the lock on or off can write the
// whole new layout first and switch over in one storage.local.set (see lock.ts). Two generations of keys exist
// for the same reason: a new passphrase writes everything under the other generation, then switches.
// Format 2 binds every value to its storage key and generation (AES-GCM associated data), so values cannot be
// swapped between keys, and counts list writes in a sealed counter, so an older list put back is refused.
// Format 1 (before: neither) is still read; lock.ts rewrites such a store in format 2 on unlock or the next write.
import { storage } from 'wxt/utils/storage';
import { decryptBytes, decryptJson, encryptBytes, encryptJson, type SealKey } from '../crypto/seal';
import { t, uiError } from '../i18n';
import { migrateProfileList } from '../profile/migrations';
import { PROFILE_SCHEMA_VERSION } from '../profile/schema';
import type { StoredAttachment } from './attachments';
import type { AttachmentLayout } from './local-attachments';
import type { ProfileListBackend } from './profiles';

/** Which set of sealed keys is in charge; the lock record names it (absent: 0, the original names). */
export type SealedGen = 0 | 1;
/** 1: no associated data and no counter (stores written before format 2); 2: both. */
export type SealFormat = 1 | 2;

export interface SealContext {
  key: SealKey;
  format: SealFormat;
}

export function sealedKeys(gen: SealedGen) {
  const g = gen === 0 ? '' : `~${gen}`;
  return {
    list: `local:sealedProfiles${g}`,
    prefix: `local:sealedAttachment${g}:`,
    index: `local:sealedAttachmentIndex${g}`,
    counter: `local:sealedCounter${g}`,
  } as const;
}

/** The associated data of a value: where it is stored and under which generation. */
export const aadFor = (storageKey: string, gen: SealedGen) =>
  `beian-autofill|${storageKey.replace(/^local:/, '')}|gen ${gen}`;

export class RollbackError extends Error {
  constructor() {
    super(t('store_rollback'));
    uiError(this);
  }
}

/** What is inside the sealed list: the schema version and (format 2) the write count travel encrypted with it. */
interface SealedList {
  v: number;
  profiles: unknown[];
  ctr?: number;
}

/**
 * `ctx()` is asked on every access so an idle timeout takes effect at once (it throws LockedError). With `keep`
 * (the store's own long-lived backends, not the copies a passphrase change makes), the last list read is kept.
 */
export function sealedListBackend(
  ctx: () => Promise<SealContext>,
  gen: SealedGen,
  { keep = false } = {},
): ProfileListBackend {
  const { list: LIST, counter: COUNTER } = sealedKeys(gen);
  /** The write count (format 2) in `env`, the stored counter; 0 before the first write, null when there is none. */
  async function recorded(key: SealKey, env?: unknown): Promise<number | null> {
    const sealed = env === undefined ? await storage.getItem<unknown>(COUNTER) : env;
    if (sealed == null) return null;
    const c = (await decryptJson(key, sealed, aadFor(COUNTER, gen))) as { ctr?: unknown };
    return typeof c?.ctr === 'number' ? c.ctr : 0;
  }
  // The last list opened, per key: the popup's view, its check and a fill each read the whole list (with 200
  // profiles ≈ 0.6 MB to decrypt and parse). It stands while the stored counter is the same (each format 2 write
  // seals a new one with the list) and the list is not changed (a list put back is checked again); held by the
  // key object, it goes when the key goes (lock, idle time).
  let kept = new WeakMap<SealKey, { stamp: string; list: Promise<SealedList> }>();
  if (keep)
    storage.watch<unknown>(LIST, () => {
      kept = new WeakMap();
    });
  async function open(): Promise<SealedList> {
    const context = await ctx();
    // The counter first: a write landing between the two reads then looks newer, never like a rollback.
    const counter = (await storage.getItem<unknown>(COUNTER)) ?? null;
    if (!keep || context.format !== 2) return read(context, counter);
    const stamp = JSON.stringify(counter);
    const known = kept.get(context.key);
    if (known?.stamp === stamp) return known.list;
    const list = read(context, counter);
    const map = kept;
    map.set(context.key, { stamp, list });
    list.catch(() => {
      if (map.get(context.key)?.list === list) map.delete(context.key);
    });
    return list;
  }
  async function read({ key, format }: SealContext, counter: unknown): Promise<SealedList> {
    const env = await storage.getItem<unknown>(LIST);
    const ctr = format === 2 ? await recorded(key, counter) : null;
    if (env == null) {
      // A count without its list: the list was removed behind our back.
      if (ctr !== null) throw new RollbackError();
      return { v: PROFILE_SCHEMA_VERSION, profiles: [] };
    }
    const inner = (await decryptJson(key, env, format === 2 ? aadFor(LIST, gen) : undefined)) as SealedList;
    // Format 2 writes the list and its count together: a list without one, or older than it, was put back.
    if (format === 2 && (ctr === null || typeof inner.ctr !== 'number' || inner.ctr < ctr)) throw new RollbackError();
    return { v: inner.v, profiles: Array.isArray(inner.profiles) ? inner.profiles : [] };
  }
  const migrated = async () => {
    const { v, profiles } = await open();
    return v < PROFILE_SCHEMA_VERSION ? (migrateProfileList(profiles, v) as unknown[]) : profiles;
  };
  return {
    version: async () => (await open()).v,
    getValue: migrated,
    async setValue(profiles) {
      const { key, format } = await ctx();
      if (format === 1) {
        await storage.setItem(LIST, await encryptJson(key, { v: PROFILE_SCHEMA_VERSION, profiles }));
        return;
      }
      const ctr = ((await recorded(key)) ?? 0) + 1;
      const inner: SealedList = { v: PROFILE_SCHEMA_VERSION, profiles, ctr };
      // One storage.local.set: the list and its count land together.
      await storage.setItems([
        { key: LIST, value: await encryptJson(key, inner, aadFor(LIST, gen)) },
        { key: COUNTER, value: await encryptJson(key, { ctr }, aadFor(COUNTER, gen)) },
      ]);
    },
    watch: (cb) =>
      storage.watch<unknown>(LIST, () => {
        migrated().then(cb, () => cb([]));
      }),
  };
}

// The image type is sealed too (first byte), so storage.local shows neither the bytes nor what kind they are.
const TYPES = ['image/png', 'image/jpeg'] as const;

export function sealedAttachmentLayout(ctx: () => Promise<SealContext>, gen: SealedGen): AttachmentLayout {
  const { prefix, index } = sealedKeys(gen);
  const aad = (format: SealFormat, id: string) => (format === 2 ? aadFor(`${prefix}${id}`, gen) : undefined);
  return {
    prefix,
    index,
    async encode(a, id) {
      const { key, format } = await ctx();
      const plain = new Uint8Array(a.bytes.length + 1);
      plain[0] = TYPES.indexOf(a.type);
      plain.set(a.bytes, 1);
      return encryptBytes(key, plain, aad(format, id));
    },
    async decode(v, id): Promise<StoredAttachment | null> {
      const { key, format } = await ctx();
      const plain = await decryptBytes(key, v, aad(format, id));
      const type = TYPES[plain[0] ?? -1];
      return type ? { type, bytes: plain.slice(1) } : null;
    },
  };
}
