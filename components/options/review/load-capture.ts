// The tab's capture, with its images checked and decoded here (as a picked image is) and waiting as pending
// attachments until the save; an image that fails is named, never stored.

import type { TabCapture } from '../../../lib/capture/types';
import { base64ToBytes } from '../../../lib/encoding/base64';
import type { ImageRef } from '../../../lib/profile/schema';
import { checkPicked, putAttachment } from '../../data/attachments';
import { t } from '../../i18n';

export interface LoadedCapture {
  capture: TabCapture;
  refs: Map<string, ImageRef[]>;
  /** Images the page showed that are not usable, in the user's words. */
  refused: string[];
}

export const refKey = (page: string, key: string) => `${page}|${key}`;

export async function loadImages(capture: TabCapture): Promise<LoadedCapture> {
  const refs = new Map<string, ImageRef[]>();
  const refused: string[] = [];
  for (const page of capture.pages) {
    for (const field of page.fields) {
      if (!field.images?.length) continue;
      const list: ImageRef[] = [];
      for (const image of field.images) {
        const bytes = base64ToBytes(image.dataBase64);
        const checked = bytes
          ? await checkPicked(new Blob([bytes as BlobPart]), field.label)
          : { ok: false as const, message: t('review_image_unreadable', field.label) };
        if (checked.ok) list.push(putAttachment(checked.bytes, checked.type, image.name));
        else refused.push(checked.message);
      }
      refs.set(refKey(page.page, field.key), list);
    }
  }
  return { capture, refs, refused };
}
