// The editor's (options page, review) commands to the background, in a map of their own like the capture's. Every
// read and write of profile data by the editor is one of these: the background runs them in its one command queue
// with the popup's actions and the lock transitions (lib/store/command-queue.ts), and refuses them from anything
// but the extension's own pages. Images travel one per message (`stage`), ahead of the save that refers to them.
// `bg:open-field` points the editor at a field (from the popup or the panel).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { FieldLink } from '../fill/links';
import type { Profile } from '../profile/schema';
import type { LockState } from '../store/lock';
import type { ConflictDecision } from '../transfer/import';
import type { LinksOutcome } from '../transfer/import-links';
import type { FieldTarget } from './editor-link';

export type EditorCommand =
  /** Every profile in full, the lock and the effective active id (made the stored one). */
  | { op: 'snapshot' }
  /** One stored image, as base64 (null: gone). */
  | { op: 'image'; id: string }
  /** An image for the next save or import that refers to it by this id; checked by content on arrival. */
  | { op: 'stage'; id: string; dataBase64: string }
  /**
   * Saves the editor's draft, merged per field (lib/profile/merge.ts) with what was stored meanwhile since `base`,
   * the version the editor started from; new images must be staged. `activateIfFirst`: the review's new profile.
   */
  | { op: 'save'; draft: Profile; base?: Profile; activateIfFirst?: boolean }
  /** 新建资料 in the editor: a free name like this one; active only when it is the first profile. */
  | { op: 'create'; name: string }
  /** A checked import file's profiles (their images staged), all or nothing, then its taught fields. */
  | {
      op: 'import';
      fileName: string;
      profiles: Profile[];
      fieldLinks: FieldLink[];
      decisions: Record<string, ConflictDecision>;
    }
  /** The lock's passphrase again, before a plaintext export. */
  | { op: 'check-passphrase'; passphrase: string }
  /** Drops the key if its idle time is over (the editor's timer: a sleeping service worker has none). */
  | { op: 'expire-idle' };

export type EditorOp = EditorCommand['op'];

export interface EditorSnapshot {
  lock: LockState;
  activeId: string | null;
  profiles: Profile[];
  idleMinutes: number;
  /** Until the idle lock, when a key is held. */
  idleLeftMs: number | null;
}

export interface EditorResults {
  snapshot: { ok: true } & EditorSnapshot;
  image: { ok: true; image: { type: 'image/png' | 'image/jpeg'; dataBase64: string } | null };
  stage: { ok: true };
  /** `saved` as stored (trimmed, defaults); `merged` as merged, for the editor to keep what is being typed. */
  save: { ok: true; saved: Profile; merged: Profile; conflicts: string[] };
  create: { ok: true; id: string; name: string };
  import: { ok: true; imported: { id: string; displayName: string }[]; skipped: string[]; links: LinksOutcome };
  'check-passphrase': { ok: true };
  'expire-idle': { ok: true; leftMs: number | null };
}

/** Why not, in Chinese. `locked`: the store is locked (nothing was read or written); `wrong`: a wrong passphrase. */
export type EditorFailure = { ok: false; message: string; locked?: true; wrong?: true };

export type EditorReply<O extends EditorOp = EditorOp> = EditorResults[O] | EditorFailure;

interface EditorProtocol {
  'bg:editor'(command: EditorCommand): EditorReply;
  /** The popup or the panel frame → background: focus (or open) the editor tab on that profile's field. */
  'bg:open-field'(target: FieldTarget): void;
}

export const { sendMessage: sendEditorMessage, onMessage: onEditorMessage } =
  defineExtensionMessaging<EditorProtocol>();
