// Edits of one profile: kept locally, saved after a pause through the store, merged per field with changes
// other windows (another editor tab, the popup) made meanwhile. A field both sides changed keeps this window's
// value, and the editor says so.
import { useEffect, useRef, useState } from 'preact/hooks';
import { merge3 } from '../../lib/profile/merge';
import { type Profile, ProfileSchema } from '../../lib/profile/schema';
import { saveProfile } from '../data/store';
import { setPath } from './path';

export const SAVE_DELAY_MS = 400;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** What the store keeps of a draft (trimmed texts, defaults), so trailing spaces being typed are not a change. */
const stored = (p: Profile): Profile => ProfileSchema.safeParse(p).data ?? p;
const unchanged = (draft: Profile, base: Profile) => same(stored(draft), base);
const withoutStamp = (paths: string[]) => paths.filter((p) => p !== 'updatedAt');

export interface ProfileEditor {
  draft: Profile;
  status: SaveStatus;
  /** A merge where both windows changed the same fields. */
  conflict: string[] | null;
  /** Why the last save failed, in Chinese (a locked store says so). */
  error: string | null;
  dismissConflict: () => void;
  set: (path: string, value: unknown) => void;
  update: (fn: (p: Profile) => Profile) => void;
  flush: () => Promise<void>;
}

export function useProfileEditor(fromStore: Profile): ProfileEditor {
  const [draft, setDraft] = useState(fromStore);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [conflict, setConflict] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = useRef(fromStore);
  const mine = useRef(fromStore);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saving = useRef<Promise<void> | null>(null);

  const show = (p: Profile) => {
    mine.current = p;
    setDraft(p);
  };

  // Another window saved: merge its change into ours.
  useEffect(() => {
    if (same(fromStore, base.current)) return;
    const { value, conflicts } = merge3(base.current, mine.current, fromStore);
    base.current = fromStore;
    show(value);
    const real = withoutStamp(conflicts);
    if (real.length) setConflict(real);
  }, [fromStore]);

  const save = async () => {
    clearTimeout(timer.current);
    if (unchanged(mine.current, base.current)) return setStatus('saved');
    setStatus('saving');
    const editing = mine.current;
    // The background merges with what was stored since base.current and saves, in its one queue.
    const r = await saveProfile(editing, base.current);
    if (!r.ok) {
      setError(r.message);
      return setStatus('error');
    }
    setError(null);
    base.current = r.saved;
    // Keep edits typed while saving; otherwise show the saved (merged) version.
    if (mine.current === editing) show(r.merged);
    else show(merge3(editing, mine.current, r.merged).value);
    if (r.conflicts.length) setConflict(r.conflicts);
    const more = !unchanged(mine.current, base.current);
    setStatus(more ? 'pending' : 'saved');
    if (more) timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };
  const flush = async () => {
    while (saving.current) await saving.current;
    saving.current = save().finally(() => {
      saving.current = null;
    });
    await saving.current;
  };

  const update = (fn: (p: Profile) => Profile) => {
    show(fn(mine.current));
    setStatus('pending');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), SAVE_DELAY_MS);
  };

  useEffect(() => {
    const onHide = () => void flush();
    addEventListener('pagehide', onHide);
    return () => {
      removeEventListener('pagehide', onHide);
      clearTimeout(timer.current);
      void flush();
    };
  }, []);

  return {
    draft,
    status,
    conflict,
    error,
    dismissConflict: () => setConflict(null),
    set: (path, value) => update((p) => setPath(p, path, value)),
    update,
    flush,
  };
}
