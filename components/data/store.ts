// Adapter between the UI and lib/store. The UI imports only from here. Images picked in the editor wait in
// memory (see attachments.ts) until the save of the profile that refers to them, because lib/store writes new
// images together with the profile (atomic) and collects unreferenced ones.
import { storage } from 'wxt/utils/storage';
import type { Profile } from '../../lib/profile/schema';
import { createKeyHolder, LockedError, SESSION_KEY, watchIdle } from '../../lib/store/key-holder';
import { createLockableStore, LOCK_KEY, type LockableStore, type LockState } from '../../lib/store/lock';
import { ACTIVE_KEY, effectiveActive } from '../../lib/store/profiles';
import { pendingFor, released } from './attachments';

export interface StoreSnapshot {
  profiles: Profile[];
  /** The active profile's id as stored ('' or stale is possible; see `activeOf`). */
  activeId: string | null;
  /** The passphrase lock: 'locked' means no profiles can be read until 解锁. */
  lock: LockState;
}

let instance: LockableStore | null = null;
/** One store per page: lib/store serialises this page's writes through it. The key itself is in storage.session. */
export function profileStore(): LockableStore {
  instance ??= createLockableStore(createKeyHolder());
  return instance;
}

export async function loadSnapshot(): Promise<StoreSnapshot> {
  const store = profileStore();
  const lock = await store.lockState();
  const activeId = (await store.getActiveId()) || null;
  if (lock === 'locked') return { profiles: [], activeId, lock };
  try {
    return { profiles: await store.list(), activeId, lock };
  } catch (e) {
    // The idle time ran out between the two reads.
    if (e instanceof LockedError) return { profiles: [], activeId, lock: 'locked' };
    throw e;
  }
}

/** The profile that is active: the stored one, else (one profile or a stale id) the first. */
export function activeOf(snapshot: StoreSnapshot): Profile | null {
  return effectiveActive(snapshot.profiles, snapshot.activeId);
}

/** Inserts or replaces one profile, with the images picked for it that are not stored yet. Atomic in lib/store. */
export async function putProfile(profile: Profile): Promise<void> {
  const pending = pendingFor(profile);
  await profileStore().save(profile, pending);
  released(Object.keys(pending));
}

export async function setActiveId(id: string | null): Promise<void> {
  await profileStore().setActiveId(id ?? '');
}

/** Calls `cb` with a fresh snapshot whenever the profiles or the active id change in any window. */
export function watchSnapshot(cb: (s: StoreSnapshot) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void loadSnapshot().then(cb), 10);
  };
  const stopProfiles = profileStore().watch(fire);
  const stopActive = storage.watch<string>(ACTIVE_KEY, fire);
  const stopLock = storage.watch(LOCK_KEY, fire);
  // Only the key appearing or going matters, not each lastUsed touch (a reload would touch it again).
  const stopKey = storage.watch<unknown>(SESSION_KEY, (next, prev) => {
    if ((next == null) !== (prev == null)) fire();
  });
  // This page drops the key on time too: the background may be asleep.
  const stopIdle = watchIdle(profileStore().holder);
  return () => {
    clearTimeout(timer);
    for (const stop of [stopProfiles, stopActive, stopLock, stopKey, stopIdle]) stop();
  };
}
