// The editor's view of the profile store, all through the background (client.ts): a snapshot of every profile,
// saves merged per field with what other windows stored meanwhile, and a change notification from storage, so
// the page follows what the popup, a capture or another editor tab changed. This page holds no store and no key.

import { storage } from 'wxt/utils/storage';
import type { EditorResults } from '../../lib/messaging/editor-protocol';
import { sendMessage } from '../../lib/messaging/protocol';
import type { Profile } from '../../lib/profile/schema';
import { SESSION_KEY } from '../../lib/store/key-holder';
import { LOCK_KEY, type LockState } from '../../lib/store/lock';
import { ACTIVE_KEY, effectiveActive, PROFILES_KEY } from '../../lib/store/profiles';
import { sealedKeys } from '../../lib/store/sealed';
import { t } from '../i18n';
import { pendingFor, released, stageImages } from './attachments';
import { ask } from './client';

export interface StoreSnapshot {
  profiles: Profile[];
  /** The effective active profile's id (the background makes it the stored one). */
  activeId: string | null;
  /** The passphrase lock: 'locked' means no profiles can be read until 解锁. */
  lock: LockState;
  /** Until the idle lock, when unlocked. */
  idleLeftMs?: number | null;
}

/** The store as the background sees it; throws only when the background does not answer. */
export async function loadSnapshot(): Promise<StoreSnapshot> {
  const r = await ask({ op: 'snapshot' });
  if (!r.ok) throw new Error(r.message);
  return { profiles: r.profiles, activeId: r.activeId, lock: r.lock, idleLeftMs: r.idleLeftMs };
}

/** The profile that is active: the stored one, else (one profile or a stale id) the first. */
export function activeOf(snapshot: StoreSnapshot): Profile | null {
  return effectiveActive(snapshot.profiles, snapshot.activeId);
}

export type SaveReply = EditorResults['save'] | { ok: false; message: string; locked?: true };

/**
 * Saves a draft with its waiting images. `base` is the stored version the draft started from: the background
 * merges what changed since (another window's save) and reports fields both changed.
 */
export async function saveProfile(draft: Profile, base?: Profile, activateIfFirst = false): Promise<SaveReply> {
  const images = pendingFor(draft);
  const unsent = await stageImages(Object.entries(images));
  if (unsent) return { ok: false, message: t('store_save_failed', unsent) };
  const r = await ask({ op: 'save', draft, ...(base ? { base } : {}), activateIfFirst });
  if (r.ok) released(Object.keys(images));
  return r;
}

export async function setActiveId(id: string): Promise<void> {
  await sendMessage('bg:profile', { op: 'set-active', id });
}

/**
 * Calls `cb` with a snapshot now and whenever the profiles, the active id or the lock change in any window; a
 * background that does not answer is asked again a moment later.
 */
export function watchSnapshot(cb: (s: StoreSnapshot) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  // The background may be asleep (MV3) with no timer of its own: this page asks it to drop the key on time, and
  // asks again when the key was used meanwhile (a fill, the popup) and its idle time started over.
  const plan = (left: number | null | undefined) => {
    clearTimeout(idle);
    if (typeof left !== 'number') return;
    idle = setTimeout(
      async () => {
        const r = await ask({ op: 'expire-idle' });
        if (r.ok) plan(r.leftMs);
      },
      Math.min(left + 50, 2 ** 31 - 1),
    );
  };
  const take = (s: StoreSnapshot) => {
    plan(s.idleLeftMs);
    cb(s);
  };
  const fire = (delay = 10) => {
    clearTimeout(timer);
    timer = setTimeout(() => void loadSnapshot().then(take, () => fire(1000)), delay);
  };
  const keys = [PROFILES_KEY, ACTIVE_KEY, LOCK_KEY, sealedKeys(0).list, sealedKeys(1).list] as const;
  const stops = keys.map((key) => storage.watch<unknown>(key, () => fire()));
  // Only the key appearing or going matters, not each lastUsed touch (a reload would touch it again).
  stops.push(
    storage.watch<unknown>(SESSION_KEY, (next, prev) => {
      if ((next == null) !== (prev == null)) fire();
    }),
  );
  fire(0);
  return () => {
    clearTimeout(timer);
    clearTimeout(idle);
    for (const stop of stops) stop();
  };
}
