// Adapter to the attachment store of lib/store: image bytes live apart from the profile, which holds an ImageRef.
// Until it lands: a data URL per image under its own storage key.
import { storage } from 'wxt/utils/storage';
import type { ImageRef } from '../../lib/profile/schema';
import { newId } from './factory';

const keyOf = (id: string) => `local:ui.attachment.${id}` as const;

function toDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

export async function putAttachment(blob: Blob, name: string): Promise<ImageRef> {
  const type = blob.type === 'image/png' ? 'image/png' : 'image/jpeg';
  const id = newId('img');
  await storage.setItem(keyOf(id), await toDataUrl(blob));
  return { id, name, type, size: blob.size };
}

/** A URL to show the image, or null when it is gone. */
export async function attachmentUrl(id: string): Promise<string | null> {
  return storage.getItem<string>(keyOf(id));
}

export async function removeAttachment(id: string): Promise<void> {
  await storage.removeItem(keyOf(id));
}
