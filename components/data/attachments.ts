// Images for the editor. A picked image gets its ImageRef at once and waits here until the profile that refers to
// it is saved (store.ts passes it to lib/store's atomic save); stored images are read from lib/store.

import { newId } from '../../lib/profile/factory';
import type { ImageRef } from '../../lib/profile/schema';
import type { StoredAttachment } from '../../lib/store/attachments';
import { imageRefs } from '../../lib/store/profiles';
import { profileStore } from './store';

const pending = new Map<string, StoredAttachment>();
const urls = new Map<string, string>();

/** The waiting images a profile refers to. */
export function pendingFor(profile: Parameters<typeof imageRefs>[0]): Record<string, StoredAttachment> {
  const out: Record<string, StoredAttachment> = {};
  for (const ref of imageRefs(profile)) {
    const a = pending.get(ref.id);
    if (a) out[ref.id] = a;
  }
  return out;
}

export function released(ids: readonly string[]): void {
  for (const id of ids) pending.delete(id);
}

export async function putAttachment(blob: Blob, name: string): Promise<ImageRef> {
  const type = blob.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const id = newId('img');
  pending.set(id, { type, bytes: new Uint8Array(await blob.arrayBuffer()) });
  return { id, name, type, size: blob.size };
}

/** A URL to show the image, or null when it is gone. */
export async function attachmentUrl(id: string): Promise<string | null> {
  const known = urls.get(id);
  if (known) return known;
  const a = pending.get(id) ?? (await profileStore().getAttachment(id));
  if (!a) return null;
  const url = URL.createObjectURL(new Blob([a.bytes as BlobPart], { type: a.type }));
  urls.set(id, url);
  return url;
}
