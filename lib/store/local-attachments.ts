// Attachments in storage.local (via WXT storage), one key per image, base64 inside JSON.
// Why storage.local and not IndexedDB: the content script can read it directly (IndexedDB there would be the
// platform page's origin, not ours), fakeBrowser tests it for real, and with `unlimitedStorage` neither Chrome nor
// Firefox caps it: 20 profiles × 12 images × 5 MB = 1.2 GB of bytes ≈ 1.6 GB of base64. Only the key asked for is
// read, so the cost of that size is disk, not memory.
import { storage } from 'wxt/utils/storage';
import { base64ToBytes, bytesToBase64 } from '../encoding/base64';
import { AttachmentExistsError, type AttachmentStore, type StoredAttachment } from './attachments';

interface Stored {
  type: StoredAttachment['type'];
  data: string;
}

/** Where and how images are kept: key prefix, index key, and the value codec (plain base64 or sealed). */
export interface AttachmentLayout {
  prefix: `local:${string}`;
  /** Ids of stored attachments: storage.local cannot list keys without reading every value. */
  index: `local:${string}`;
  /** `id` is the image's id: a sealed layout binds the value to the key it is stored under. */
  encode(a: StoredAttachment, id: string): Promise<unknown>;
  decode(v: unknown, id: string): Promise<StoredAttachment | null>;
}

export const PLAIN_ATTACHMENTS: AttachmentLayout = {
  prefix: 'local:attachment:',
  index: 'local:attachmentIndex',
  encode: async (a) => ({ type: a.type, data: bytesToBase64(a.bytes) }) satisfies Stored,
  async decode(v) {
    const s = v as Stored | null;
    const bytes = s && typeof s.data === 'string' ? base64ToBytes(s.data) : null;
    return s && bytes ? { type: s.type, bytes } : null;
  },
};

export function createLocalAttachmentStore(layout: AttachmentLayout = PLAIN_ATTACHMENTS): AttachmentStore {
  const { prefix: PREFIX, index: INDEX } = layout;
  const index = async () => (await storage.getItem<string[]>(INDEX)) ?? [];
  return {
    async get(id) {
      const v = await storage.getItem<unknown>(`${PREFIX}${id}`);
      return v == null ? null : layout.decode(v, id);
    },
    async putMany(entries) {
      if (entries.length === 0) return;
      const known = new Set(await index());
      for (const [id] of entries) if (known.has(id)) throw new AttachmentExistsError(id);
      const values = await Promise.all(entries.map(([id, a]) => layout.encode(a, id)));
      // One storage.local.set: the images and the index that lists them land together or not at all.
      await storage.setItems([
        ...entries.map(([id], i) => ({ key: `${PREFIX}${id}` as const, value: values[i] })),
        { key: INDEX, value: [...known, ...entries.map(([id]) => id)] },
      ]);
    },
    async remove(ids) {
      if (ids.length === 0) return;
      // Data first, then the index: a crash in between leaves an index entry without data (harmless, cleaned by
      // the next GC), never data without an index entry (a leak nobody could find).
      await storage.removeItems(ids.map((id) => `${PREFIX}${id}` as const));
      const gone = new Set(ids);
      await storage.setItem(
        INDEX,
        (await index()).filter((id) => !gone.has(id)),
      );
    },
    ids: index,
  };
}
