// The profile list and the active profile id in WXT storage, images in an AttachmentStore.
// A save is atomic: new images first (fresh ids, never overwriting), then the whole list in one setValue, then
// unreferenced images are collected. A failure at any step leaves the previous list and its images intact.
import { storage } from 'wxt/utils/storage';
import { t, uiError } from '../i18n';
import { imageRefs } from '../profile/image-paths';
import { PROFILE_MIGRATIONS } from '../profile/migrations';
import { MAX_PROFILES, PROFILE_SCHEMA_VERSION, type Profile, ProfileSchema } from '../profile/schema';
import type { AttachmentStore, StoredAttachment } from './attachments';

export { imageRefs } from '../profile/image-paths';
export { MAX_PROFILES } from '../profile/schema';

export const PROFILES_KEY = 'local:profiles' as const;
export const ACTIVE_KEY = 'local:activeProfileId' as const;

export class StoreReadOnlyError extends Error {
  constructor(readonly storedVersion: number) {
    super(t('store_read_only', storedVersion, PROFILE_SCHEMA_VERSION));
    uiError(this);
  }
}

export class ProfileLimitError extends Error {
  constructor(
    readonly stored: number,
    readonly adding: number,
  ) {
    super(
      adding === 1 ? t('store_limit_one', MAX_PROFILES, stored) : t('store_limit_many', stored, adding, MAX_PROFILES),
    );
    uiError(this);
  }
}

export class MissingAttachmentError extends Error {
  constructor(readonly ids: string[]) {
    super(t('store_photos_gone', ids.length));
    uiError(this);
  }
}

/** The active profile: the stored id's, else (no id, or a stale one) the first. Exactly one is active. */
export function effectiveActive<T extends { id: string }>(profiles: readonly T[], storedId: string | null): T | null {
  return profiles.find((p) => p.id === storedId) ?? profiles[0] ?? null;
}

export type NewAttachments = Readonly<Record<string, StoredAttachment>>;

export interface ProfileStore {
  /** Valid stored profiles (an entry that fails the schema is kept in storage but not returned). */
  list(): Promise<Profile[]>;
  get(id: string): Promise<Profile | undefined>;
  getActiveId(): Promise<string>;
  setActiveId(id: string): Promise<void>;
  /** Inserts or replaces one profile (by id). */
  save(profile: Profile, newAttachments?: NewAttachments): Promise<void>;
  /** Adds several profiles at once, all or nothing (import). Ids must be new. */
  addMany(profiles: readonly Profile[], newAttachments?: NewAttachments): Promise<void>;
  remove(id: string): Promise<void>;
  getAttachment(id: string): Promise<StoredAttachment | null>;
  /** Removes images no stored profile refers to; returns their ids. */
  collectGarbage(): Promise<string[]>;
  /** Calls back with the new list whenever any context changes it. */
  watch(cb: (profiles: Profile[]) => void): () => void;
}

/** Where the profile list lives: plain JSON in `local:profiles` (default) or sealed (lib/store/sealed.ts). */
export interface ProfileListBackend {
  /** The schema version of the stored list (a newer one makes the store read-only). */
  version(): Promise<number>;
  /** The list, migrated to this build's version. */
  getValue(): Promise<unknown[]>;
  setValue(value: unknown[]): Promise<void>;
  watch(cb: (value: unknown[]) => void): () => void;
  /** Drops a kept read, for a write made past `setValue` (switching the lock on or off). */
  forget?(): void;
}

/**
 * The plaintext list: a versioned WXT item. The background is the only context that writes it, and it reads the
 * whole list for each popup view, check and fill (≈ 0.1 s per read with 200 profiles), so the last read is kept
 * until a write: ours drops it when it lands, anyone else's through storage.onChanged.
 */
export function plainListBackend(): ProfileListBackend {
  // Defined per store (not at module load) because WXT runs migrations when the item is defined.
  const item = storage.defineItem<unknown[], { v: number }>(PROFILES_KEY, {
    fallback: [],
    version: PROFILE_SCHEMA_VERSION,
    migrations: PROFILE_MIGRATIONS,
  });
  let kept: Promise<unknown[]> | null = null;
  item.watch(() => {
    kept = null;
  });
  const read = () => {
    const value = item.getValue().catch((e: unknown) => {
      if (kept === value) kept = null;
      throw e;
    });
    return value;
  };
  return {
    async version() {
      const meta = await item.getMeta();
      return typeof meta.v === 'number' ? meta.v : 1;
    },
    getValue: () => (kept ??= read()),
    async setValue(v) {
      kept = null;
      try {
        await item.setValue(v);
      } finally {
        kept = null; // a read that started while the write ran may hold either version
      }
    },
    watch: (cb) => item.watch((v) => cb(v ?? [])),
    forget() {
      kept = null;
    },
  };
}

export function createProfileStore(
  attachments: AttachmentStore,
  profilesItem: ProfileListBackend = plainListBackend(),
): ProfileStore {
  const activeItem = storage.defineItem<string>(ACTIVE_KEY, { fallback: '' });
  let queue: Promise<unknown> = Promise.resolve();
  /** Serialises writes from this context so two saves cannot interleave their read-modify-write. */
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };

  // The same stored list (a backend that keeps its last read) is parsed once; callers get their own copies.
  const parsed = new WeakMap<unknown[], { profiles: Profile[]; invalid: unknown[] }>();
  const sorted = (raw: unknown[]) => {
    let known = parsed.get(raw);
    if (!known) {
      known = { profiles: [], invalid: [] };
      for (const r of raw) {
        const p = ProfileSchema.safeParse(r);
        if (p.success) known.profiles.push(p.data);
        else known.invalid.push(r);
      }
      parsed.set(raw, known);
    }
    return known;
  };
  const valid = (raw: unknown[]): Profile[] => structuredClone(sorted(raw).profiles);
  const rawId = (r: unknown) => (r && typeof r === 'object' && 'id' in r ? String(r.id) : undefined);

  async function writable(): Promise<unknown[]> {
    const v = await profilesItem.version();
    if (v > PROFILE_SCHEMA_VERSION) throw new StoreReadOnlyError(v);
    return profilesItem.getValue();
  }

  async function commit(next: unknown[], profiles: readonly Profile[], newAttachments: NewAttachments) {
    const fresh = Object.entries(newAttachments);
    const freshIds = new Set(fresh.map(([id]) => id));
    const stored = new Set(await attachments.ids());
    const missing = profiles.flatMap(imageRefs).filter((r) => !freshIds.has(r.id) && !stored.has(r.id));
    if (missing.length) throw new MissingAttachmentError(missing.map((r) => r.id));
    await attachments.putMany(fresh);
    try {
      await profilesItem.setValue(next);
    } catch (e) {
      await attachments.remove([...freshIds]).catch(() => undefined);
      throw e;
    }
    await gc().catch(() => undefined);
  }

  async function gc(): Promise<string[]> {
    const raw = await profilesItem.getValue();
    const { profiles, invalid } = sorted(raw);
    const used = new Set(profiles.flatMap(imageRefs).map((r) => r.id));
    // Entries that fail the schema may still hold images; keep anything their JSON mentions.
    const text = JSON.stringify(invalid);
    const unused = (await attachments.ids()).filter((id) => !used.has(id) && !text.includes(JSON.stringify(id)));
    await attachments.remove(unused);
    return unused;
  }

  return {
    list: async () => valid(await profilesItem.getValue()),
    get: async (id) => {
      const found = sorted(await profilesItem.getValue()).profiles.find((p) => p.id === id);
      return found && structuredClone(found);
    },
    getActiveId: () => activeItem.getValue(),
    setActiveId: (id) => activeItem.setValue(id),
    save: (profile, newAttachments = {}) =>
      exclusive(async () => {
        const parsed = ProfileSchema.parse(profile);
        const raw = await writable();
        const i = raw.findIndex((r) => rawId(r) === parsed.id);
        if (i < 0 && raw.length + 1 > MAX_PROFILES) throw new ProfileLimitError(raw.length, 1);
        const next = i < 0 ? [...raw, parsed] : raw.map((r, j) => (j === i ? parsed : r));
        await commit(next, [parsed], newAttachments);
      }),
    addMany: (profiles, newAttachments = {}) =>
      exclusive(async () => {
        const parsed = profiles.map((p) => ProfileSchema.parse(p));
        const raw = await writable();
        if (raw.length + parsed.length > MAX_PROFILES) throw new ProfileLimitError(raw.length, parsed.length);
        const taken = new Set(raw.map(rawId));
        const clash = parsed.find((p) => taken.has(p.id));
        if (clash) throw new Error(`profile id ${clash.id} already exists`);
        await commit([...raw, ...parsed], parsed, newAttachments);
      }),
    remove: (id) =>
      exclusive(async () => {
        const raw = await writable();
        await profilesItem.setValue(raw.filter((r) => rawId(r) !== id));
        if ((await activeItem.getValue()) === id) await activeItem.setValue('');
        await gc().catch(() => undefined);
      }),
    getAttachment: (id) => attachments.get(id),
    collectGarbage: () => exclusive(gc),
    watch: (cb) => profilesItem.watch((v) => cb(valid(v))),
  };
}
