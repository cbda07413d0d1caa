// An encrypted export file: the ordinary export JSON, sealed whole with a passphrase of its own (fresh salt and
// IV per file, PBKDF2 at the production count). Import recognises it by its format and asks for the passphrase.
import { MAX_IMPORT_BYTES } from '../transfer/format';
import { decryptBytes, deriveKey, type Envelope, encryptBytes, isEnvelope, keyForEnvelope } from './seal';

export const SEALED_EXPORT_FORMAT = 'beian-autofill-profiles-encrypted';

export type SealedExportFile = Envelope & { format: typeof SEALED_EXPORT_FORMAT };

export async function sealExport(text: string, passphrase: string): Promise<string> {
  const env = await encryptBytes(await deriveKey(passphrase), new TextEncoder().encode(text));
  return JSON.stringify({ format: SEALED_EXPORT_FORMAT, ...env } satisfies SealedExportFile, null, 1);
}

/** The envelope when `text` is an encrypted export, else null (an ordinary file, or not JSON at all). */
export function asSealedExport(text: string): SealedExportFile | null {
  // Cheap test first: plain exports can be 100 MB and are parsed later anyway. Over the import limit (the same for
  // both formats) it is not parsed here: the plain import refuses it by size.
  if (!text.slice(0, 200).includes(SEALED_EXPORT_FORMAT) || text.length > MAX_IMPORT_BYTES) return null;
  try {
    const v = JSON.parse(text) as { format?: unknown };
    return v?.format === SEALED_EXPORT_FORMAT && isEnvelope(v) ? (v as SealedExportFile) : null;
  } catch {
    return null;
  }
}

/** The export JSON inside; throws DecryptError for a wrong passphrase or a damaged file. */
export async function openSealedExport(file: SealedExportFile, passphrase: string): Promise<string> {
  const bytes = await decryptBytes(await keyForEnvelope(passphrase, file), file);
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
