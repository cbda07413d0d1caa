// Image bytes live apart from the profile list: the list stays small (read on every popup open) and an image is
// read only when a fill or the editor needs it. One interface, two implementations (memory for tests, storage.local
// for the extension), so an IndexedDB one can replace storage.local without touching the profile store.
import type { ImageBytes } from '../profile/image-paths';

export type StoredAttachment = ImageBytes;

export interface AttachmentStore {
  get(id: string): Promise<StoredAttachment | null>;
  /** Writes all or (on a thrown error) nothing new that is referenced; never overwrites an existing id. */
  putMany(entries: ReadonlyArray<readonly [string, StoredAttachment]>): Promise<void>;
  remove(ids: readonly string[]): Promise<void>;
  ids(): Promise<string[]>;
}

export class AttachmentExistsError extends Error {
  constructor(readonly id: string) {
    super(`attachment ${id} already exists`);
  }
}

export function createMemoryAttachmentStore(): AttachmentStore & { failNextPut?: Error } {
  const data = new Map<string, StoredAttachment>();
  const store: AttachmentStore & { failNextPut?: Error } = {
    async get(id) {
      const a = data.get(id);
      return a ? { type: a.type, bytes: a.bytes.slice() } : null;
    },
    async putMany(entries) {
      for (const [id] of entries) if (data.has(id)) throw new AttachmentExistsError(id);
      if (store.failNextPut) {
        const e = store.failNextPut;
        store.failNextPut = undefined;
        throw e;
      }
      for (const [id, a] of entries) data.set(id, { type: a.type, bytes: a.bytes.slice() });
    },
    async remove(ids) {
      for (const id of ids) data.delete(id);
    },
    async ids() {
      return [...data.keys()];
    },
  };
  return store;
}
