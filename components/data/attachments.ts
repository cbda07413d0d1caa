// Images for the editor. A picked image gets its ImageRef at once and waits here until the profile that refers to
// it is saved: the save sends it to the background first (one message per image, see lib/store/staged-images.ts),
// and the background writes it together with the profile. Stored images are asked of the background.

import { base64ToBytes, bytesToBase64 } from '../../lib/encoding/base64';
import { newId } from '../../lib/profile/factory';
import { type ImageBytes, imageRefs } from '../../lib/profile/image-paths';
import { cutGraphemes, normaliseText, quotable } from '../../lib/profile/names';
import type { ImageRef, Profile } from '../../lib/profile/schema';
import { type ImageType, inspectImage, typeName } from '../../lib/rules/files';
import { t } from '../i18n';
import { ask } from './client';

const pending = new Map<string, ImageBytes>();
const urls = new Map<string, string>();

/** The waiting images a profile refers to. */
export function pendingFor(profile: Profile): Record<string, ImageBytes> {
  const out: Record<string, ImageBytes> = {};
  for (const ref of imageRefs(profile)) {
    const a = pending.get(ref.id);
    if (a) out[ref.id] = a;
  }
  return out;
}

export function released(ids: readonly string[]): void {
  for (const id of ids) pending.delete(id);
}

/** Sends images to the background ahead of the save or import that refers to them; null, or why not. */
export async function stageImages(images: Iterable<readonly [string, ImageBytes]>): Promise<string | null> {
  for (const [id, image] of images) {
    const r = await ask({ op: 'stage', id, dataBase64: bytesToBase64(image.bytes) });
    if (!r.ok) return r.message;
  }
  return null;
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
  if (!size) return { ok: false, message: t('import_undecodable', field, typeName(type)) };
  return { ok: true, bytes, type };
}

/** Keeps checked bytes until the profile is saved. The file name is cleaned: it is shown and stored. */
export function putAttachment(bytes: Uint8Array, type: ImageType, name: string): ImageRef {
  const id = newId('img');
  pending.set(id, { type, bytes });
  const clean = cutGraphemes(normaliseText(quotable(name)), 100) || (type === 'image/png' ? '图片.png' : '图片.jpg');
  return { id, name: clean, type, size: bytes.length };
}

/** A stored image's bytes, or null when it is gone (or the store is locked). */
export async function storedImage(id: string): Promise<ImageBytes | null> {
  const r = await ask({ op: 'image', id });
  const bytes = r.ok && r.image ? base64ToBytes(r.image.dataBase64) : null;
  return r.ok && r.image && bytes ? { type: r.image.type, bytes } : null;
}

/** A URL to show the image, or null when it is gone. */
export async function attachmentUrl(id: string): Promise<string | null> {
  const known = urls.get(id);
  if (known) return known;
  const a = pending.get(id) ?? (await storedImage(id));
  if (!a) return null;
  const url = URL.createObjectURL(new Blob([a.bytes as BlobPart], { type: a.type }));
  urls.set(id, url);
  return url;
}
