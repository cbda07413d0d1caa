// Images the editor sends ahead of the save or import that refers to them, one message per image: a browser
// message has a size limit (Chrome: 64 MiB of JSON) and a profile's twelve 5 MB photos as base64 are ~80 MB. The
// save takes them from here; what no save takes (the editor closed) is dropped after a while or on 立即加锁.
import { base64ToBytes } from '../encoding/base64';
import { t } from '../i18n';
import type { ImageBytes } from '../profile/image-paths';
import { inspectImage, MAX_IMAGE_BYTES } from '../rules/files';

export const STAGED_KEEP_MS = 10 * 60_000;
/** More than one full import file's images (100 MB of file); past it something is sending without saving. */
export const MAX_STAGED_BYTES = 200 * 1024 * 1024;

export function createStagedImages(now: () => number = Date.now) {
  const held = new Map<string, { image: ImageBytes; at: number }>();
  const bytes = () => [...held.values()].reduce((n, h) => n + h.image.bytes.length, 0);
  const sweep = () => {
    for (const [id, h] of held) if (now() - h.at > STAGED_KEEP_MS) held.delete(id);
  };
  return {
    /** Checks the image by content (as the editor did) and keeps it; or says why not. */
    put(id: unknown, dataBase64: unknown): { ok: true } | { ok: false; message: string } {
      sweep();
      if (typeof id !== 'string' || !id || id.length > 64 || typeof dataBase64 !== 'string') {
        return { ok: false, message: t('store_photo_incomplete') };
      }
      const data = base64ToBytes(dataBase64);
      if (!data) return { ok: false, message: t('store_photo_base64') };
      if (data.length > MAX_IMAGE_BYTES) return { ok: false, message: t('store_photo_too_big') };
      const inspected = inspectImage(data);
      if (!inspected.ok) return { ok: false, message: t('store_photo_unusable', inspected.problem) };
      if (bytes() + data.length > MAX_STAGED_BYTES) return { ok: false, message: t('store_photos_waiting') };
      held.set(id, { image: { type: inspected.info.type, bytes: data }, at: now() });
      return { ok: true };
    },
    get: (id: string): ImageBytes | undefined => held.get(id)?.image,
    /** Forgets these ids (after the command that used them, whatever its outcome: the editor sends again). */
    drop(ids: Iterable<string>) {
      for (const id of ids) held.delete(id);
    },
    clear: () => held.clear(),
    size: () => held.size,
  };
}

export type StagedImages = ReturnType<typeof createStagedImages>;
