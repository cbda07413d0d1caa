// Adapter to lib/transfer: export every profile with its images, import with a check first and conflicts resolved
// by the user (import as a copy, or skip). Every rejection comes back in Chinese.

import { asSealedExport, openSealedExport, SEALED_EXPORT_FORMAT, sealExport } from '../../lib/crypto/export-file';
import { DecryptError } from '../../lib/crypto/seal';
import type { FieldLink } from '../../lib/fill/links';
import { sendMessage } from '../../lib/messaging/protocol';
import { createFieldLinkStore } from '../../lib/store/field-links';
import { WrongPassphraseError } from '../../lib/store/lock';
import { ExportMissingImageError, exportFileName, exportProfiles } from '../../lib/transfer/export';
import { MAX_IMPORT_BYTES } from '../../lib/transfer/format';
import {
  applyImport,
  type ConflictDecision,
  type ImportPlan,
  type ImportResult,
  importProfiles,
  type ImportOutcome as PlainOutcome,
} from '../../lib/transfer/import';
import { decodeImage } from './attachments';
import { profileStore } from './store';

/** Reading the taught fields here is safe; writes go through the background's one queue (the panel adds to them). */
const taughtFields = () => createFieldLinkStore().list();
/** The profile store, with the file's taught fields added through the background. */
function importTarget() {
  const store = profileStore();
  return {
    list: () => store.list(),
    addMany: store.addMany.bind(store),
    async mergeLinks(links: readonly FieldLink[]) {
      const result = await sendMessage('bg:links', { op: 'merge', links: [...links] });
      if (!result.ok) throw new Error(result.message);
    },
  };
}

/** Where the page can decode (the options page), imported images are decoded before anything is written. */
const decode = typeof createImageBitmap === 'function' ? decodeImage : undefined;

export type { ImportPlan, ImportResult };
/** 'passphrase': an encrypted export file; ask for its passphrase and call importFile again with it. */
export type ImportOutcome = PlainOutcome | { status: 'passphrase'; message?: string };

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
    const store = profileStore();
    if (!passphrase && (await store.lockState()) !== 'off') {
      const askPassphrase = true as const;
      if (!storePassphrase) {
        return { ok: false, askPassphrase, message: '已开启口令保护：导出不加密的文件前，请再次输入资料口令。' };
      }
      try {
        await store.checkPassphrase(storePassphrase);
      } catch (e) {
        if (e instanceof WrongPassphraseError) return { ok: false, askPassphrase, message: '资料口令不正确，未导出。' };
        throw e;
      }
    }
    const plain = await exportProfiles(
      { list: () => store.list(), getAttachment: (id) => store.getAttachment(id), fieldLinks: taughtFields },
      now,
    );
    const text = passphrase ? await sealExport(plain, passphrase) : plain;
    const name = passphrase ? exportFileName(now).replace(/\.json$/, '.加密.json') : exportFileName(now);
    const size = new Blob([text]).size;
    // Still written (it is a backup), but this extension could not read it back.
    const warning =
      size > MAX_IMPORT_BYTES
        ? `注意：文件大小 ${mb(size)} 超过导入上限 ${mb(MAX_IMPORT_BYTES)}，无法再导入本扩展；请删去部分照片或分批保存资料后再导出。`
        : undefined;
    return { ok: true, text, name, ...(warning ? { warning } : {}) };
  } catch (e) {
    return {
      ok: false,
      message: e instanceof ExportMissingImageError ? e.message : `导出失败：${(e as Error).message}`,
    };
  }
}

/** Why a file of this size is not read at all, or null. The same limit for plain and encrypted exports. */
export function sizeProblem(size: number, fileName: string): string | null {
  if (size <= MAX_IMPORT_BYTES) return null;
  return `文件「${fileName}」大小 ${mb(size)} 超过导入上限 ${mb(MAX_IMPORT_BYTES)}，未读取`;
}

export async function importFile(bytes: Uint8Array, fileName: string, passphrase?: string): Promise<ImportOutcome> {
  try {
    const tooBig = sizeProblem(bytes.length, fileName);
    if (tooBig) return { status: 'rejected', errors: [tooBig] };
    const head = new TextDecoder().decode(bytes.subarray(0, 200));
    const sealed = head.includes(SEALED_EXPORT_FORMAT) ? asSealedExport(new TextDecoder().decode(bytes)) : null;
    if (!sealed) return await importProfiles(bytes, importTarget(), { fileName, ...(decode ? { decode } : {}) });
    if (!passphrase) return { status: 'passphrase' };
    let text: string;
    try {
      text = await openSealedExport(sealed, passphrase);
    } catch (e) {
      if (e instanceof DecryptError) return { status: 'passphrase', message: '文件口令不正确，没有写入任何资料' };
      throw e;
    }
    return await importProfiles(text, importTarget(), { fileName, ...(decode ? { decode } : {}) });
  } catch (e) {
    return { status: 'rejected', errors: [`导入失败，没有写入任何资料：${(e as Error).message}`] };
  }
}

/** Writes a checked plan, with one decision for every conflicting profile. */
export async function resolveImport(plan: ImportPlan, decision: ConflictDecision): Promise<ImportOutcome> {
  const decisions = Object.fromEntries(plan.conflicts.map((c) => [c.id, decision]));
  try {
    return { status: 'imported', ...(await applyImport(plan, importTarget(), { decisions })) };
  } catch (e) {
    return { status: 'rejected', errors: [`导入失败，没有写入任何资料：${(e as Error).message}`] };
  }
}
