// The taught fields for the editor: listed and removed by the background (its one queue, shared with the panel's
// 这是…), followed live through the storage change.
import { storage } from 'wxt/utils/storage';
import type { FieldLink } from '../../lib/fill/links';
import { type LinksResult, sendMessage } from '../../lib/messaging/protocol';
import { FIELD_LINKS_KEY } from '../../lib/store/field-links';
import { t } from '../i18n';

const asked = (command: Parameters<typeof sendMessage<'bg:links'>>[1]): Promise<LinksResult> =>
  sendMessage('bg:links', command).catch((e: Error) => ({
    ok: false as const,
    message: t('links_remove_failed', e.message),
  }));

export async function listLinks(): Promise<FieldLink[]> {
  const r = await asked({ op: 'list' });
  if (!r.ok) throw new Error(r.message);
  return r.links;
}

export const removeLink = (link: FieldLink) => asked({ op: 'remove', link });

/** Calls `cb` with the list now and after every change, from any window. */
export function watchLinks(cb: (links: FieldLink[]) => void): () => void {
  const load = () => void listLinks().then(cb, () => undefined);
  load();
  return storage.watch<unknown>(FIELD_LINKS_KEY, load);
}
