// Adapter to lib/transfer: export every profile with its images, import with a check first and conflicts resolved
// by the user (import as a copy, or skip). The file is read and checked here (decoding needs the page); the write
// is the background's, all or nothing, with the images sent ahead one by one. Every rejection comes back in Chinese.

import { asSealedExport, openSealedExport, SEALED_EXPORT_FORMAT, sealExport } from '../../lib/crypto/export-file';
import { DecryptError } from '../../lib/crypto/seal';
import { ExportMissingImageError, exportFileName, exportProfiles } from '../../lib/transfer/export';
import { MAX_IMPORT_BYTES } from '../../lib/transfer/format';
import { type ConflictDecision, type ImportPlan, planImport } from '../../lib/transfer/import';
import type { LinksOutcome } from '../../lib/transfer/import-links';
import { t } from '../i18n';
import { decodeImage, stageImages, storedImage } from './attachments';
import { ask } from './client';
import { listLinks } from './links';
import { loadSnapshot } from './store';

/** Where the page can decode (the options page), imported images are decoded before anything is written. */
const decode = typeof createImageBitmap === 'function' ? decodeImage : undefined;

export type { ImportPlan };
export interface ImportResult {
  imported: { id: string; displayName: string }[];
  skipped: string[];
  links: LinksOutcome;
}
/** 'passphrase': an encrypted export file; ask for its passphrase and call importFile again with it. */
export type ImportOutcome =
  | { status: 'rejected'; errors: string[] }
  | { status: 'conflicts'; plan: ImportPlan }
  | ({ status: 'imported' } & ImportResult)
  | { status: 'passphrase'; message?: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, '')}MB`;

export type ExportResult =
  | { ok: true; text: string; name: string; warning?: string }
  /** `askPassphrase`: the lock is on; a plaintext file needs the store's passphrase again. */
  | { ok: false; message: string; askPassphrase?: true };

/**
 * With `passphrase`, the file is sealed whole (lib/crypto/export-file.ts). With the lock on, a plaintext file (every
 * ID photo in the clear) is written only after the lock's own passphrase is given again, as password managers do.
 */
export async function exportAll(
  now = new Date(),
  passphrase?: string,
  storePassphrase?: string,
): Promise<ExportResult> {
  try {
    const snap = await loadSnapshot();
    if (snap.lock === 'locked') return { ok: false, message: t('export_locked') };
    if (!passphrase && snap.lock !== 'off') {
      const askPassphrase = true as const;
      if (!storePassphrase) {
        return { ok: false, askPassphrase, message: t('export_confirm_plain') };
      }
      const checked = await ask({ op: 'check-passphrase', passphrase: storePassphrase });
      if (!checked.ok && checked.wrong) return { ok: false, askPassphrase, message: t('export_wrong_pass') };
      if (!checked.ok) throw new Error(checked.message);
    }
    const plain = await exportProfiles(
      { list: async () => snap.profiles, getAttachment: storedImage, fieldLinks: listLinks },
      now,
    );
    const text = passphrase ? await sealExport(plain, passphrase) : plain;
    const name = exportFileName(now, Boolean(passphrase));
    const size = new Blob([text]).size;
    // Still written (it is a backup), but this extension could not read it back.
    const warning = size > MAX_IMPORT_BYTES ? t('export_too_big', mb(size), mb(MAX_IMPORT_BYTES)) : undefined;
    return { ok: true, text, name, ...(warning ? { warning } : {}) };
  } catch (e) {
    return {
      ok: false,
      message: e instanceof ExportMissingImageError ? e.message : t('export_failed', (e as Error).message),
    };
  }
}

/** Why a file of this size is not read at all, or null. The same limit for plain and encrypted exports. */
export function sizeProblem(size: number, fileName: string): string | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return t('import_too_big', fileName, mb(size), mb(MAX_IMPORT_BYTES));
}

/** Checks the file against the store as it is now; writes when nothing conflicts. */
async function check(input: string | Uint8Array, fileName: string): Promise<ImportOutcome> {
  const snap = await loadSnapshot();
  if (snap.lock === 'locked') return { status: 'rejected', errors: [t('import_locked')] };
  const target = { list: async () => snap.profiles, addMany: async () => undefined };
  const r = await planImport(input, target, { fileName, ...(decode ? { decode } : {}) });
  if (!r.ok) return { status: 'rejected', errors: r.errors };
  if (r.plan.conflicts.length) return { status: 'conflicts', plan: r.plan };
  return write(r.plan, {});
}

/** The background writes the plan's profiles and images all or nothing, then adds the file's taught fields. */
async function write(plan: ImportPlan, decisions: Record<string, ConflictDecision>): Promise<ImportOutcome> {
  const unsent = await stageImages(plan.attachments);
  if (unsent) return { status: 'rejected', errors: [t('import_failed', unsent)] };
  const r = await ask({
    op: 'import',
    fileName: plan.fileName,
    profiles: plan.profiles,
    fieldLinks: plan.fieldLinks,
    decisions,
  });
  if (!r.ok) return { status: 'rejected', errors: [r.message] };
  return { status: 'imported', imported: r.imported, skipped: r.skipped, links: r.links };
}

export async function importFile(bytes: Uint8Array, fileName: string, passphrase?: string): Promise<ImportOutcome> {
  try {
    const tooBig = sizeProblem(bytes.length, fileName);
    if (tooBig) return { status: 'rejected', errors: [tooBig] };
    const head = new TextDecoder().decode(bytes.subarray(0, 200));
    const sealed = head.includes(SEALED_EXPORT_FORMAT) ? asSealedExport(new TextDecoder().decode(bytes)) : null;
    if (!sealed) return await check(bytes, fileName);
    if (!passphrase) return { status: 'passphrase' };
    let text: string;
    try {
      text = await openSealedExport(sealed, passphrase);
    } catch (e) {
      if (e instanceof DecryptError) return { status: 'passphrase', message: t('import_wrong_pass') };
      throw e;
    }
    return await check(text, fileName);
  } catch (e) {
    return { status: 'rejected', errors: [t('import_failed', (e as Error).message)] };
  }
}

/** Writes a checked plan, with one decision for every conflicting profile. */
export async function resolveImport(plan: ImportPlan, decision: ConflictDecision): Promise<ImportOutcome> {
  const decisions = Object.fromEntries(plan.conflicts.map((c) => [c.id, decision]));
  try {
    return await write(plan, decisions);
  } catch (e) {
    return { status: 'rejected', errors: [t('import_failed', (e as Error).message)] };
  }
}
