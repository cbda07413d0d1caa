// The editor follows an address of one field (options.html#field=…&profile=…, see lib/messaging/editor-link.ts):
// it selects that profile, opens the section and scrolls to and focuses the input, on load and whenever only the
// hash changes (the background points the open editor tab at another field).
import { useEffect, useState } from 'preact/hooks';
import { type FieldTarget, readFieldHash, sectionOf } from '../../lib/messaging/editor-link';

/** The row of a profile path (Field, Group and ImagePicker carry data-path), else its nearest parent's, else its section. */
export function focusField(doc: Document, path: string): boolean {
  let at = path;
  let row: Element | null = null;
  while (at && !row) {
    row = doc.querySelector(`[data-path="${CSS.escape(at)}"]`);
    at = at.includes('.') ? at.slice(0, at.lastIndexOf('.')) : '';
  }
  const el = row ?? doc.getElementById(sectionOf(path));
  if (!el) return false;
  for (let d = el.closest('details'); d; d = d.parentElement?.closest('details') ?? null) d.open = true;
  el.scrollIntoView?.({ block: 'center' });
  const control = row?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea, button');
  control?.focus({ preventScroll: true });
  return true;
}

/**
 * `select` picks the profile; `editingId` is the one the editor shows and `known` the ids there are (null while
 * the store loads or is locked: the link waits).
 */
export function useFieldLink(
  select: (profileId: string) => void,
  editingId: string | undefined,
  known: string[] | null,
) {
  const [target, setTarget] = useState<FieldTarget | null>(() => readFieldHash(location.hash));
  useEffect(() => {
    const follow = () => {
      const next = readFieldHash(location.hash);
      if (next) setTarget(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (!target || !known) return;
    if (!known.includes(target.profileId)) return setTarget(null);
    if (editingId !== target.profileId) return select(target.profileId);
    focusField(document, target.path);
    setTarget(null);
    // Dropped from the address, so that the same link followed again is a change of hash again.
    history.replaceState(null, '', location.pathname + location.search);
  });
}
