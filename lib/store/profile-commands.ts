// The popup's profile actions and every lock transition (popup and editor), run by the background: the popup then
// needs neither zod nor the store, and lock transitions share one queue (lock-commands.ts). Each action answers
// with a Chinese message instead of throwing.

import { t } from '../i18n';
import { duplicateProfile, freeName, newProfile, nowIso } from '../profile/factory';
import { checkName, cutGraphemes, MAX_NAME_LENGTH } from '../profile/names';
import type { Profile } from '../profile/schema';
import type { StoredAttachment } from './attachments';
import { LockedError } from './key-holder';
import type { LockableStore, LockState } from './lock';
import { isLockCommand, type LockCommand, lockFailure, messageOf, runLockCommand } from './lock-commands';
import { effectiveActive, imageRefs } from './profiles';

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
  | LockCommand;

export type CommandResult = { ok: true; id?: string; name?: string } | { ok: false; message: string };

/** How long a deleted profile can be put back (the popup offers 撤销 for 8 s); then its data leaves memory. */
export const UNDO_KEEP_MS = 30_000;

export function summarise(p: Profile): ProfileSummary {
  return {
    id: p.id,
    displayName: p.displayName,
    websites: p.websites.map((w, i) => ({ id: w.id, label: w.siteName || w.domain || t('editor_website_n', i + 1) })),
    apps: p.apps.map((a, i) => ({ id: a.id, label: a.appName || `APP ${i + 1}` })),
  };
}

export function createProfileCommands(store: LockableStore) {
  // The latest deleted profile and its images, kept in memory for a while so that 撤销 can put them back.
  let trash: {
    profile: Profile;
    images: Record<string, StoredAttachment>;
    timer: ReturnType<typeof setTimeout>;
  } | null = null;
  const emptyTrash = () => {
    if (trash) clearTimeout(trash.timer);
    trash = null;
  };

  async function view(): Promise<ProfilesView> {
    const lock = await store.lockState();
    const stored = (await store.getActiveId()) || null;
    if (lock === 'locked') return { lock, activeId: stored, profiles: [] };
    const profiles = await store.list().catch((e) => {
      if (e instanceof LockedError) return null; // the idle time ran out between the two reads
      throw e;
    });
    if (!profiles) return { lock: 'locked', activeId: stored, profiles: [] };
    const active = effectiveActive(profiles, stored);
    if (active && active.id !== stored) await store.setActiveId(active.id);
    return { lock, activeId: active?.id ?? null, profiles: profiles.map(summarise) };
  }

  const named = async (id: string) => {
    const p = await store.get(id);
    if (!p) throw new Error(t('profile_gone'));
    return p;
  };
  const takenNames = async () => (await store.list()).map((p) => p.displayName);

  async function run(command: Exclude<ProfileCommand, LockCommand>): Promise<CommandResult> {
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
        // Room for the suffix (" 副本", " copy") and a number (" 12"): the name stays within MAX_NAME_LENGTH graphemes.
        const room = MAX_NAME_LENGTH - [...t('store_copy_name', '')].length - 3;
        const base = t('store_copy_name', cutGraphemes(source.displayName, room));
        const copy = duplicateProfile(source, freeName(base, await takenNames()));
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
        emptyTrash();
        trash = { profile: gone, images, timer: setTimeout(emptyTrash, UNDO_KEEP_MS) };
        return { ok: true, id: gone.id, name: gone.displayName };
      }
      case 'restore': {
        const kept = trash?.profile.id === command.id ? trash : null;
        if (!kept) return { ok: false, message: t('profile_restore_gone') };
        // Images a copy of the profile still uses stayed in storage; only the others go back.
        const missing: Record<string, StoredAttachment> = {};
        for (const [id, image] of Object.entries(kept.images)) {
          if (!(await store.getAttachment(id))) missing[id] = image;
        }
        await store.save(kept.profile, missing);
        await store.setActiveId(kept.profile.id);
        emptyTrash();
        return { ok: true, id: kept.profile.id, name: kept.profile.displayName };
      }
      case 'set-active':
        await named(command.id);
        await store.setActiveId(command.id);
        return { ok: true, id: command.id };
    }
  }

  return {
    view,
    async run(command: ProfileCommand): Promise<CommandResult> {
      if (!isLockCommand(command))
        return run(command).catch((e) => ({ ok: false, message: t('profile_op_failed', messageOf(e)) }));
      if (command.op === 'unlock' && !command.passphrase) return { ok: false, message: t('ui_enter_passphrase') };
      // Deleted data does not outlive the key in memory.
      if (command.op === 'lock-now') emptyTrash();
      try {
        await runLockCommand(store, command);
        return { ok: true };
      } catch (e) {
        return { ok: false, message: lockFailure(command, e) };
      }
    },
  };
}

export type ProfileCommands = ReturnType<typeof createProfileCommands>;
