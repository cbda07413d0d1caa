// Images for the editor. A picked image gets its ImageRef at once and waits here until the profile that refers to
// it is saved (store.ts passes it to lib/store's atomic save); stored images are read from lib/store.

import { newId } from '../../lib/profile/factory';
import { cutGraphemes, normaliseText, quotable } from '../../lib/profile/names';
import type { ImageRef } from '../../lib/profile/schema';
import { type ImageType, inspectImage, typeName } from '../../lib/rules/files';
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

/** Decodes in this page (createImageBitmap) and gives the size; throws when the browser cannot decode it. */
export async function decodeImage(bytes: Uint8Array, type: ImageType): Promise<{ width: number; height: number }> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type }));
  try {
    return { width: bitmap.width, height: bitmap.height };
  } finally {
    bitmap.close();
  }
}

/** A picked image, checked by content (lib/rules/files.ts), then decoded; or why not, naming the field. */
export async function checkPicked(
  blob: Blob,
  field: string,
  decode = decodeImage,
): Promise<{ ok: true; bytes: Uint8Array; type: ImageType } | { ok: false; message: string }> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const inspected = inspectImage(bytes);
  if (!inspected.ok) return { ok: false, message: `${field}：${inspected.problem}` };
  const { type } = inspected.info;
  const size = await decode(bytes, type).catch(() => null);
  if (!size) return { ok: false, message: `${field}：图片无法解码（已损坏或不是真正的 ${typeName(type)} 图片）` };
  return { ok: true, bytes, type };
}

/** Keeps checked bytes until the profile is saved. The file name is cleaned: it is shown and stored. */
export function putAttachment(bytes: Uint8Array, type: ImageType, name: string): ImageRef {
  const id = newId('img');
  pending.set(id, { type, bytes });
  const clean = cutGraphemes(normaliseText(quotable(name)), 100) || (type === 'image/png' ? '图片.png' : '图片.jpg');
  return { id, name: clean, type, size: bytes.length };
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
