// The editor's reads and writes as the background runs them (lib/messaging/editor-protocol.ts), each inside the
// one command queue (store-handlers.ts). Every failure answers in the UI's language and leaves the store as it was: the
// profile is checked before anything is written, and the store's save and addMany are atomic.
import { bytesToBase64 } from '../encoding/base64';
import type { FieldLink } from '../fill/links';
import { t } from '../i18n';
import type { EditorCommand, EditorFailure, EditorReply, EditorResults } from '../messaging/editor-protocol';
import { newProfile, nowIso } from '../profile/factory';
import { type ImageBytes, imageRefs, refsWithPaths } from '../profile/image-paths';
import { merge3 } from '../profile/merge';
import { checkName, freeName } from '../profile/names';
import { type Profile, ProfileSchema, schemaErrors } from '../profile/schema';
import { applyImport, type ImportPlan } from '../transfer/import';
import { fileLinks } from '../transfer/import-links';
import { describeProfilePath } from '../transfer/path-label';
import { LockedError } from './key-holder';
import { type LockableStore, WrongPassphraseError } from './lock';
import { messageOf } from './lock-commands';
import { effectiveActive } from './profiles';
import type { StagedImages } from './staged-images';

const locked = (): EditorFailure => ({ ok: false, locked: true, message: t('store_locked_nothing') });
const fail = (message: string): EditorFailure => ({ ok: false, message });

/** The first schema problem of a profile, naming its field; null when it is valid. */
function firstProblem(p: unknown): string | null {
  const r = ProfileSchema.safeParse(p, { error: schemaErrors() });
  if (r.success) return null;
  const issue = r.error.issues[0];
  const field = issue ? describeProfilePath(issue.path) : '';
  return t('store_field_problem', field || t('store_content'), issue?.message ?? t('store_bad_format'));
}

export interface EditorDeps {
  store: LockableStore;
  staged: StagedImages;
  /** The taught fields of an import, through the link store's own commands. */
  mergeLinks(links: readonly FieldLink[]): Promise<void>;
}

export function createEditorCommands({ store, staged, mergeLinks }: EditorDeps) {
  async function snapshot(): Promise<EditorResults['snapshot']> {
    const lock = await store.lockState();
    const stored = (await store.getActiveId()) || null;
    const idleMinutes = await store.idleMinutes();
    const profiles = lock === 'locked' ? null : await store.list().catch(lockedAsNull);
    if (!profiles) return { ok: true, lock: 'locked', activeId: stored, profiles: [], idleMinutes, idleLeftMs: null };
    const active = effectiveActive(profiles, stored);
    if (active && active.id !== stored) await store.setActiveId(active.id);
    const idleLeftMs = lock === 'unlocked' ? await store.holder.expireIfIdle() : null;
    return { ok: true, lock, activeId: active?.id ?? null, profiles, idleMinutes, idleLeftMs };
  }

  /** The staged images a profile refers to (the others are stored already, or the store says they are missing). */
  const stagedFor = (profiles: readonly Profile[]) => {
    const out: Record<string, ImageBytes> = {};
    for (const ref of profiles.flatMap(imageRefs)) {
      const image = staged.get(ref.id);
      if (image) out[ref.id] = image;
    }
    return out;
  };

  async function save(c: Extract<EditorCommand, { op: 'save' }>): Promise<EditorReply<'save'>> {
    const problem = firstProblem(c.draft);
    if (problem) return fail(t('store_save_failed', problem));
    const fresh = await store.get(c.draft.id);
    const merged = fresh && c.base ? merge3(c.base, c.draft, fresh) : { value: c.draft, conflicts: [] };
    const out: Profile = { ...merged.value, updatedAt: nowIso() };
    // The merge can bring in the other window's values; they are checked too before anything is written.
    const parsed = ProfileSchema.safeParse(out, { error: schemaErrors() });
    if (!parsed.success) return fail(t('store_save_failed', firstProblem(out) ?? ''));
    const first = c.activateIfFirst && !fresh && (await store.list()).length === 0;
    await store.save(parsed.data, stagedFor([parsed.data]));
    if (first) await store.setActiveId(parsed.data.id);
    const conflicts = merged.conflicts.filter((p) => p !== 'updatedAt');
    return { ok: true, saved: parsed.data, merged: out, conflicts };
  }

  async function create(name: string): Promise<EditorReply<'create'>> {
    const checked = checkName(name);
    if ('message' in checked) return fail(checked.message);
    const list = await store.list();
    const p = newProfile(
      freeName(
        checked.name,
        list.map((x) => x.displayName),
      ),
    );
    await store.save(p);
    if (list.length === 0) await store.setActiveId(p.id);
    return { ok: true, id: p.id, name: p.displayName };
  }

  async function importFile(c: Extract<EditorCommand, { op: 'import' }>): Promise<EditorReply<'import'>> {
    const file = c.fileName;
    const profiles: Profile[] = [];
    const attachments = new Map<string, ImageBytes>();
    for (const [i, raw] of (Array.isArray(c.profiles) ? c.profiles : []).entries()) {
      const problem = firstProblem(raw);
      if (problem) return fail(t('store_import_invalid', file, i + 1, problem));
      const p = ProfileSchema.parse(raw);
      for (const { ref, path } of refsWithPaths(p)) {
        const image = staged.get(ref.id);
        if (!image) {
          return fail(t('store_import_unsent', file, i + 1, p.displayName, describeProfilePath(path)));
        }
        attachments.set(ref.id, image);
      }
      profiles.push(p);
    }
    // Conflicts as the store is now, inside the queue: another window may have imported the same file meanwhile.
    const existing = new Map((await store.list()).map((p) => [p.id, p.displayName]));
    const conflicts = profiles.flatMap((p, index) => {
      const existingDisplayName = existing.get(p.id);
      return existingDisplayName === undefined
        ? []
        : [{ index, id: p.id, displayName: p.displayName, existingDisplayName }];
    });
    const plan: ImportPlan = {
      fileName: c.fileName,
      profiles,
      attachments,
      conflicts,
      fieldLinks: fileLinks(c.fieldLinks),
    };
    const target = { list: () => store.list(), addMany: store.addMany, mergeLinks };
    const r = await applyImport(plan, target, { decisions: c.decisions ?? {} }).catch((e: unknown) => e as Error);
    if (r instanceof Error) {
      if (r instanceof LockedError) return locked();
      return fail(t('import_failed', messageOf(r)));
    }
    const imported = r.imported.map((p) => ({ id: p.id, displayName: p.displayName }));
    return { ok: true, imported, skipped: r.skipped, links: r.links };
  }

  async function run(c: EditorCommand): Promise<EditorReply> {
    switch (c?.op) {
      case 'snapshot':
        return snapshot();
      case 'image': {
        const image = typeof c.id === 'string' ? await store.getAttachment(c.id) : null;
        return { ok: true, image: image ? { type: image.type, dataBase64: bytesToBase64(image.bytes) } : null };
      }
      case 'stage':
        return staged.put(c.id, c.dataBase64);
      case 'save':
        return save(c);
      case 'create':
        return create(String(c.name ?? ''));
      case 'import':
        return importFile(c);
      case 'check-passphrase':
        await store.checkPassphrase(String(c.passphrase ?? ''));
        return { ok: true };
      case 'expire-idle':
        return { ok: true, leftMs: await store.holder.expireIfIdle() };
      default:
        return fail(t('refuse_unknown_op'));
    }
  }

  return {
    /** Never throws: a locked store, a wrong passphrase and the browser's errors come back as failures. */
    async run(c: EditorCommand): Promise<EditorReply> {
      try {
        return await run(c);
      } catch (e) {
        if (e instanceof LockedError) return locked();
        if (e instanceof WrongPassphraseError) return { ...fail(messageOf(e)), wrong: true };
        const why = messageOf(e);
        if (c?.op === 'save') return fail(t('store_save_failed', why));
        return fail(c?.op === 'create' ? t('store_create_failed', why) : t('profile_op_failed', why));
      } finally {
        // Whatever the outcome: the editor keeps its images and sends them again with its next attempt.
        if (c?.op === 'save' || c?.op === 'import') staged.drop(idsIn(c.op === 'save' ? [c.draft] : c.profiles));
      }
    },
  };
}

/** The image ids a command's profiles name, whatever their shape (a failed command may carry a broken one). */
function idsIn(profiles: unknown): string[] {
  if (!Array.isArray(profiles)) return [];
  return profiles.flatMap((p) => {
    try {
      return imageRefs(p as Profile).map((r) => r.id);
    } catch {
      return [];
    }
  });
}

const lockedAsNull = (e: unknown) => {
  if (e instanceof LockedError) return null; // the idle time ran out between the two reads
  throw e;
};
