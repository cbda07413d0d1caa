// Attachments in storage.local (via WXT storage), one key per image, base64 inside JSON.
// Why storage.local and not IndexedDB: the content script can read it directly (IndexedDB there would be the
// platform page's origin, not ours), fakeBrowser tests it for real, and with `unlimitedStorage` neither Chrome nor
// Firefox caps it: 20 profiles × 12 images × 5 MB = 1.2 GB of bytes ≈ 1.6 GB of base64. Only the key asked for is
// read, so the cost of that size is disk, not memory.
import { storage } from 'wxt/utils/storage';
import { AttachmentExistsError, type AttachmentStore, type StoredAttachment } from './attachments';
import { base64ToBytes, bytesToBase64 } from './base64';

const PREFIX = 'local:attachment:' as const;
/** Ids of stored attachments: storage.local cannot list keys without reading every value. */
const INDEX = 'local:attachmentIndex' as const;

interface Stored {
  type: StoredAttachment['type'];
  data: string;
}

export function createLocalAttachmentStore(): AttachmentStore {
  const index = async () => (await storage.getItem<string[]>(INDEX)) ?? [];
  return {
    async get(id) {
      const v = await storage.getItem<Stored>(`${PREFIX}${id}`);
      const bytes = v ? base64ToBytes(v.data) : null;
      return v && bytes ? { type: v.type, bytes } : null;
    },
    async putMany(entries) {
      if (entries.length === 0) return;
      const known = new Set(await index());
      for (const [id] of entries) if (known.has(id)) throw new AttachmentExistsError(id);
      // One storage.local.set: the images and the index that lists them land together or not at all.
      await storage.setItems([
        ...entries.map(([id, a]) => ({
          key: `${PREFIX}${id}` as const,
          value: { type: a.type, data: bytesToBase64(a.bytes) } satisfies Stored,
        })),
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
