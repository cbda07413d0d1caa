// Adapter to lib/transfer: export every profile with its images, import with a check first and conflicts resolved
// by the user (import as a copy, or skip). Every rejection comes back in Chinese.

import { ExportMissingImageError, exportFileName, exportProfiles } from '../../lib/transfer/export';
import {
  applyImport,
  type ConflictDecision,
  type ImportOutcome,
  type ImportPlan,
  type ImportResult,
  importProfiles,
} from '../../lib/transfer/import';
import { profileStore } from './store';

export type { ImportOutcome, ImportPlan, ImportResult };

export async function exportAll(
  now = new Date(),
): Promise<{ ok: true; text: string; name: string } | { ok: false; message: string }> {
  try {
    return { ok: true, text: await exportProfiles(profileStore(), now), name: exportFileName(now) };
  } catch (e) {
    return {
      ok: false,
      message: e instanceof ExportMissingImageError ? e.message : `导出失败：${(e as Error).message}`,
    };
  }
}

export async function importFile(bytes: Uint8Array, fileName: string): Promise<ImportOutcome> {
  try {
    return await importProfiles(bytes, profileStore(), { fileName });
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
