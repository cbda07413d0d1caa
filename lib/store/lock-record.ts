// The lock record and the stateless steps of lock.ts's transitions: which generation and format are in charge,
// proving a passphrase against the record, and the sealed layouts under a fixed key.
import { storage } from 'wxt/utils/storage';
import {
  DecryptError,
  decryptJson,
  deriveKey,
  type Envelope,
  encryptJson,
  type KdfParams,
  type SealKey,
} from '../crypto/seal';
import { base64ToBytes } from '../encoding/base64';
import { t, uiError } from '../i18n';
import type { AttachmentStore } from './attachments';
import { LockedError } from './key-holder';
import { createLocalAttachmentStore } from './local-attachments';
import {
  aadFor,
  type SealContext,
  type SealedGen,
  type SealFormat,
  sealedAttachmentLayout,
  sealedKeys,
  sealedListBackend,
} from './sealed';

export const LOCK_KEY = 'local:lock' as const;
/** Encrypted in the lock record: decrypting it proves the passphrase before anything is written. */
const CHECK_VALUE = 'beian-autofill lock check v1';

export interface LockRecord {
  on: boolean;
  kdf: KdfParams;
  /** Its envelope's version is the store's format (sealed.ts): 2 binds values to their keys, 1 is the old one. */
  check: Envelope;
  idleMinutes: number;
  /** The generation of sealed keys in charge (sealed.ts); absent in records written before it existed. */
  gen?: SealedGen;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super(t('lock_wrong'));
    uiError(this);
  }
}

export const genOf = (r: LockRecord): SealedGen => r.gen ?? 0;
export const otherGen = (r: LockRecord): SealedGen => (genOf(r) === 0 ? 1 : 0);
export const formatOf = (r: LockRecord): SealFormat => (r.check.v === 2 ? 2 : 1);

export const sealedWith = (k: SealKey, gen: SealedGen, format: SealFormat = 2) => {
  const fixed = async (): Promise<SealContext> => ({ key: k, format });
  return {
    list: sealedListBackend(fixed, gen),
    att: createLocalAttachmentStore(sealedAttachmentLayout(fixed, gen)),
  };
};
/** Removes one generation of sealed keys (or both); removing needs no key. */
export async function clearSealed(gens: readonly SealedGen[] = [0, 1]) {
  for (const gen of gens) {
    const att = createLocalAttachmentStore(sealedAttachmentLayout(() => Promise.reject(new LockedError()), gen));
    await att.remove(await att.ids());
    const { list, index, counter } = sealedKeys(gen);
    await storage.removeItems([list, index, counter]);
  }
}
export const clearAll = async (att: AttachmentStore) => att.remove(await att.ids());

export async function copyImages(from: AttachmentStore, to: AttachmentStore) {
  // One image at a time: a large store would not fit in memory at once.
  for (const id of await from.ids()) {
    const a = await from.get(id);
    if (a) await to.putMany([[id, a]]);
  }
}

export async function verify(passphrase: string, r: LockRecord): Promise<SealKey> {
  const salt = base64ToBytes(r.kdf.salt);
  if (!salt) throw new DecryptError(t('lock_record_damaged'));
  const k = await deriveKey(passphrase, { salt, iterations: r.kdf.iterations });
  const ok = await decryptJson(k, r.check, formatOf(r) === 2 ? aadFor(LOCK_KEY, genOf(r)) : undefined).then(
    (v) => v === CHECK_VALUE,
    () => false,
  );
  if (!ok) throw new WrongPassphraseError();
  return k;
}

export const sealCheck = (k: SealKey, gen: SealedGen) => encryptJson(k, CHECK_VALUE, aadFor(LOCK_KEY, gen));
