// The sealed (passphrase-locked) layout: the same profile store and attachment store, with every value passed
// through lib/crypto. Keys are separate from the plaintext ones so that turning the lock on or off can write the
// whole new layout first and switch over in one storage.local.set (see lock.ts). Two generations of keys exist
// for the same reason: a new passphrase writes everything under the other generation, then switches.
import { storage } from 'wxt/utils/storage';
import { decryptBytes, decryptJson, encryptBytes, encryptJson, type SealKey } from '../crypto/seal';
import { migrateProfileList } from '../profile/migrations';
import { PROFILE_SCHEMA_VERSION } from '../profile/schema';
import type { StoredAttachment } from './attachments';
import type { AttachmentLayout } from './local-attachments';
import type { ProfileListBackend } from './profiles';

/** Which set of sealed keys is in charge; the lock record names it (absent: 0, the original names). */
export type SealedGen = 0 | 1;

export function sealedKeys(gen: SealedGen) {
  const g = gen === 0 ? '' : `~${gen}`;
  return {
    list: `local:sealedProfiles${g}`,
    prefix: `local:sealedAttachment${g}:`,
    index: `local:sealedAttachmentIndex${g}`,
  } as const;
}

/** What is inside the sealed list: the schema version travels encrypted with the list it describes. */
interface SealedList {
  v: number;
  profiles: unknown[];
}

/** `key()` is asked on every access so an idle timeout takes effect at once (it throws LockedError). */
export function sealedListBackend(key: () => Promise<SealKey>, gen: SealedGen): ProfileListBackend {
  const LIST = sealedKeys(gen).list;
  async function open(): Promise<SealedList> {
    const env = await storage.getItem<unknown>(LIST);
    if (env == null) return { v: PROFILE_SCHEMA_VERSION, profiles: [] };
    const inner = (await decryptJson(await key(), env)) as SealedList;
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
      const inner: SealedList = { v: PROFILE_SCHEMA_VERSION, profiles };
      await storage.setItem(LIST, await encryptJson(await key(), inner));
    },
    watch: (cb) =>
      storage.watch<unknown>(LIST, () => {
        migrated().then(cb, () => cb([]));
      }),
  };
}

// The image type is sealed too (first byte), so storage.local shows neither the bytes nor what kind they are.
const TYPES = ['image/png', 'image/jpeg'] as const;

export function sealedAttachmentLayout(key: () => Promise<SealKey>, gen: SealedGen): AttachmentLayout {
  const { prefix, index } = sealedKeys(gen);
  return {
    prefix,
    index,
    async encode(a) {
      const plain = new Uint8Array(a.bytes.length + 1);
      plain[0] = TYPES.indexOf(a.type);
      plain.set(a.bytes, 1);
      return encryptBytes(await key(), plain);
    },
    async decode(v): Promise<StoredAttachment | null> {
      const plain = await decryptBytes(await key(), v);
      const type = TYPES[plain[0] ?? -1];
      return type ? { type, bytes: plain.slice(1) } : null;
    },
  };
}
