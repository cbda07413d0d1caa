// Adapter to lib/transfer: export every profile with its images, import with a check first and conflicts resolved
// by the user (import as a copy, or skip). Every rejection comes back in Chinese.

import { asSealedExport, openSealedExport, SEALED_EXPORT_FORMAT, sealExport } from '../../lib/crypto/export-file';
import { DecryptError } from '../../lib/crypto/seal';
import { ExportMissingImageError, exportFileName, exportProfiles } from '../../lib/transfer/export';
import {
  applyImport,
  type ConflictDecision,
  type ImportPlan,
  type ImportResult,
  importProfiles,
  type ImportOutcome as PlainOutcome,
} from '../../lib/transfer/import';
import { profileStore } from './store';

export type { ImportPlan, ImportResult };
/** 'passphrase': an encrypted export file; ask for its passphrase and call importFile again with it. */
export type ImportOutcome = PlainOutcome | { status: 'passphrase'; message?: string };

/** With a passphrase, the file is sealed whole (lib/crypto/export-file.ts). */
export async function exportAll(
  now = new Date(),
  passphrase?: string,
): Promise<{ ok: true; text: string; name: string } | { ok: false; message: string }> {
  try {
    const text = await exportProfiles(profileStore(), now);
    if (!passphrase) return { ok: true, text, name: exportFileName(now) };
    return {
      ok: true,
      text: await sealExport(text, passphrase),
      name: exportFileName(now).replace(/\.json$/, '.加密.json'),
    };
  } catch (e) {
    return {
      ok: false,
      message: e instanceof ExportMissingImageError ? e.message : `导出失败：${(e as Error).message}`,
    };
  }
}

export async function importFile(bytes: Uint8Array, fileName: string, passphrase?: string): Promise<ImportOutcome> {
  try {
    const head = new TextDecoder().decode(bytes.subarray(0, 200));
    const sealed = head.includes(SEALED_EXPORT_FORMAT) ? asSealedExport(new TextDecoder().decode(bytes)) : null;
    if (!sealed) return await importProfiles(bytes, profileStore(), { fileName });
    if (!passphrase) return { status: 'passphrase' };
    let text: string;
    try {
      text = await openSealedExport(sealed, passphrase);
    } catch (e) {
      if (e instanceof DecryptError) return { status: 'passphrase', message: '文件口令不正确，没有写入任何资料' };
      throw e;
    }
    return await importProfiles(text, profileStore(), { fileName });
  } catch (e) {
    return { status: 'rejected', errors: [`导入失败，没有写入任何资料：${(e as Error).message}`] };
  }
}

/** Writes a checked plan, with one decision for every conflicting profile. */
export async function resolveImport(plan: ImportPlan, decision: ConflictDecision): Promise<ImportOutcome> {
  const decisions = Object.fromEntries(plan.conflicts.map((c) => [c.id, decision]));
  try {
    return { status: 'imported', ...(await applyImport(plan, profileStore(), { decisions })) };
  } catch (e) {
    return { status: 'rejected', errors: [`导入失败，没有写入任何资料：${(e as Error).message}`] };
  }
}
