// The popup's profile actions, run by the background: the popup then needs neither zod nor the store, and
// every write goes through one validated path. Each action answers with a Chinese message instead of throwing.
import { duplicateProfile, freeName, newProfile, nowIso } from '../profile/factory';
import type { Profile } from '../profile/schema';
import type { StoredAttachment } from './attachments';
import { LockedError } from './key-holder';
import { type LockableStore, type LockState, WrongPassphraseError } from './lock';
import { imageRefs } from './profiles';

/** What the popup lists of a profile: names only, enough to pick a profile, a website or an app. */
export interface ProfileSummary {
  id: string;
  displayName: string;
  websites: { id: string; label: string }[];
  apps: { id: string; label: string }[];
}

export interface ProfilesView {
  lock: LockState;
  /** The effective active profile (see `view`). */
  activeId: string | null;
  profiles: ProfileSummary[];
}

export type ProfileCommand =
  | { op: 'create'; name: string }
  | { op: 'rename'; id: string; name: string }
  | { op: 'duplicate'; id: string }
  | { op: 'remove'; id: string }
  | { op: 'restore'; id: string }
  | { op: 'set-active'; id: string }
  | { op: 'unlock'; passphrase: string };

export type CommandResult = { ok: true; id?: string; name?: string } | { ok: false; message: string };

export const MAX_NAME_LENGTH = 60;
/** How long a deleted profile can be put back (the popup offers 撤销 for 8 s); then its data leaves memory. */
export const UNDO_KEEP_MS = 30_000;

/** The profile name a user typed, or why it cannot be one. */
export function checkName(raw: string): { name: string } | { message: string } {
  const name = raw.trim();
  if (!name) return { message: '请输入资料名称' };
  if (name.length > MAX_NAME_LENGTH) return { message: `资料名称最多${MAX_NAME_LENGTH}个字` };
  return { name };
}

export function summarise(p: Profile): ProfileSummary {
  return {
    id: p.id,
    displayName: p.displayName,
    websites: p.websites.map((w, i) => ({ id: w.id, label: w.siteName || w.domain || `网站 ${i + 1}` })),
    apps: p.apps.map((a, i) => ({ id: a.id, label: a.appName || `APP ${i + 1}` })),
  };
}

export function createProfileCommands(store: LockableStore) {
  // A deleted profile and its images, kept in memory so that 撤销 can put them back.
  const trash = new Map<string, { profile: Profile; images: Record<string, StoredAttachment> }>();

  async function view(): Promise<ProfilesView> {
    const lock = await store.lockState();
    const stored = (await store.getActiveId()) || null;
    if (lock === 'locked') return { lock, activeId: stored, profiles: [] };
    const profiles = await store.list().catch((e) => {
      if (e instanceof LockedError) return null; // the idle time ran out between the two reads
      throw e;
    });
    if (!profiles) return { lock: 'locked', activeId: stored, profiles: [] };
    // Exactly one profile is active: a single profile or a stale id falls back to the first.
    const active = profiles.find((p) => p.id === stored) ?? profiles[0];
    if (active && active.id !== stored) await store.setActiveId(active.id);
    return { lock, activeId: active?.id ?? null, profiles: profiles.map(summarise) };
  }

  const named = async (id: string) => {
    const p = await store.get(id);
    if (!p) throw new Error('这份资料已不存在');
    return p;
  };
  const takenNames = async () => (await store.list()).map((p) => p.displayName);

  async function run(command: ProfileCommand): Promise<CommandResult> {
    switch (command.op) {
      case 'create': {
        const checked = checkName(command.name);
        if ('message' in checked) return { ok: false, message: checked.message };
        const p = newProfile(freeName(checked.name, await takenNames()));
        await store.save(p);
        await store.setActiveId(p.id);
        return { ok: true, id: p.id, name: p.displayName };
      }
      case 'rename': {
        const checked = checkName(command.name);
        if ('message' in checked) return { ok: false, message: checked.message };
        await store.save({ ...(await named(command.id)), displayName: checked.name, updatedAt: nowIso() });
        return { ok: true, id: command.id, name: checked.name };
      }
      case 'duplicate': {
        const source = await named(command.id);
        const copy = duplicateProfile(source, freeName(`${source.displayName} 副本`, await takenNames()));
        await store.save(copy);
        await store.setActiveId(copy.id);
        return { ok: true, id: copy.id, name: copy.displayName };
      }
      case 'remove': {
        const gone = await named(command.id);
        const images: Record<string, StoredAttachment> = {};
        for (const ref of imageRefs(gone)) {
          const image = await store.getAttachment(ref.id);
          if (image) images[ref.id] = image;
        }
        await store.remove(gone.id);
        trash.clear(); // only the latest deletion can be undone
        trash.set(gone.id, { profile: gone, images });
        setTimeout(() => trash.delete(gone.id), UNDO_KEEP_MS);
        return { ok: true, id: gone.id, name: gone.displayName };
      }
      case 'restore': {
        const kept = trash.get(command.id);
        if (!kept) return { ok: false, message: '无法撤销：删除的资料已不在内存中' };
        await store.save(kept.profile, kept.images);
        await store.setActiveId(kept.profile.id);
        trash.delete(command.id);
        return { ok: true, id: kept.profile.id, name: kept.profile.displayName };
      }
      case 'set-active':
        await named(command.id);
        await store.setActiveId(command.id);
        return { ok: true, id: command.id };
      case 'unlock':
        if (!command.passphrase) return { ok: false, message: '请输入口令' };
        await store.unlock(command.passphrase);
        return { ok: true };
    }
  }

  return {
    view,
    async run(command: ProfileCommand): Promise<CommandResult> {
      try {
        return await run(command);
      } catch (e) {
        if (e instanceof WrongPassphraseError) return { ok: false, message: '口令不正确，资料未改动' };
        return { ok: false, message: `操作没有完成：${(e as Error).message}` };
      }
    },
  };
}

export type ProfileCommands = ReturnType<typeof createProfileCommands>;
