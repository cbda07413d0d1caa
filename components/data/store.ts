// Adapter between the UI and the profile store. The UI imports only from here, so pointing it at lib/store is a
// change to this file alone. Until lib/store lands, this keeps one storage key per profile (a write of one
// profile is a single atomic set) plus an index of ids and the active id.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { Profile } from '../../lib/profile/schema';

export interface StoreSnapshot {
  profiles: Profile[];
  /** The active profile's id as stored (may be stale; see `activeOf`). */
  activeId: string | null;
}

const INDEX = 'local:ui.profileIds' as const;
const ACTIVE = 'local:ui.activeProfileId' as const;
const keyOf = (id: string) => `local:ui.profile.${id}` as const;

export async function loadSnapshot(): Promise<StoreSnapshot> {
  const ids = (await storage.getItem<string[]>(INDEX)) ?? [];
  const items = ids.length ? await storage.getItems(ids.map(keyOf)) : [];
  const profiles = items.map((i) => i.value as Profile | null).filter((p): p is Profile => p !== null);
  const activeId = await storage.getItem<string>(ACTIVE);
  return { profiles, activeId };
}

/** The profile that is active: the stored one, else (one profile or a stale id) the first. */
export function activeOf(snapshot: StoreSnapshot): Profile | null {
  return snapshot.profiles.find((p) => p.id === snapshot.activeId) ?? snapshot.profiles[0] ?? null;
}

/** Writes one profile (creating it if new). Atomic: one storage set per profile. */
export async function putProfile(profile: Profile): Promise<void> {
  const ids = (await storage.getItem<string[]>(INDEX)) ?? [];
  if (!ids.includes(profile.id)) await storage.setItem(INDEX, [...ids, profile.id]);
  await storage.setItem(keyOf(profile.id), profile);
  if (ids.length === 0) await storage.setItem(ACTIVE, profile.id);
}

export async function removeProfile(id: string): Promise<void> {
  const ids = (await storage.getItem<string[]>(INDEX)) ?? [];
  const rest = ids.filter((x) => x !== id);
  await storage.setItem(INDEX, rest);
  await storage.removeItem(keyOf(id));
  const active = await storage.getItem<string>(ACTIVE);
  if (active === id || rest.length === 1) await storage.setItem(ACTIVE, rest[0] ?? null);
}

export async function setActiveId(id: string | null): Promise<void> {
  await storage.setItem(ACTIVE, id);
}

/** Calls `cb` with a fresh snapshot whenever any profile, the index or the active id changes. */
export function watchSnapshot(cb: (s: StoreSnapshot) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void loadSnapshot().then(cb), 20);
  };
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((k) => k.startsWith('ui.'))) fire();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onChanged);
  };
}
