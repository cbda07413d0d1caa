// 导入 (file input) and 导出 (button) of profiles in lib/transfer's format; rejections explained in Chinese,
// profiles whose id already exists imported as copies or skipped, as the user chooses.

import { useEffect, useId, useState } from 'preact/hooks';
import type { LockState } from '../../lib/store/lock';
import { MIN_PASSPHRASE_LENGTH } from '../data/lock';
import {
  exportAll,
  type ImportOutcome,
  type ImportPlan,
  importFile,
  resolveImport,
  sizeProblem,
} from '../data/transfer';

export interface TransferDeps {
  importFile: typeof importFile;
  resolveImport: typeof resolveImport;
  exportAll: typeof exportAll;
  download: (name: string, text: string) => void;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const DEFAULT: TransferDeps = { importFile, resolveImport, exportAll, download };

type Shown =
  | { ok: boolean; lines: string[] }
  | { conflicts: ImportPlan }
  | { sealed: { bytes: Uint8Array; fileName: string; message?: string } };

function toShown(outcome: ImportOutcome, fileName: string, bytes: Uint8Array = new Uint8Array()): Shown {
  if (outcome.status === 'passphrase') {
    return { sealed: { bytes, fileName, ...(outcome.message ? { message: outcome.message } : {}) } };
  }
  if (outcome.status === 'rejected') return { ok: false, lines: [`未导入“${fileName}”，原因：`, ...outcome.errors] };
  if (outcome.status === 'conflicts') return { conflicts: outcome.plan };
  const names = outcome.imported.map((p) => p.displayName).join('、');
  const lines = [outcome.imported.length ? `已导入 ${outcome.imported.length} 份资料：${names}` : '没有导入任何资料'];
  if (outcome.skipped.length) lines.push(`跳过 ${outcome.skipped.length} 份已有的资料`);
  if (outcome.links?.added) lines.push(`导入 ${outcome.links.added} 个已教会的字段`);
  if (outcome.links?.failed) lines.push(outcome.links.failed);
  return { ok: true, lines };
}

export interface TransferBarProps {
  profileCount: number;
  /** With the lock on, exports are encrypted by default and a plaintext one needs the passphrase again. */
  lock?: LockState;
  deps?: TransferDeps;
  /** The file input's id, so the empty state's 导入 can open the same input (one place for the outcome). */
  inputId?: string;
}

export function TransferBar({ profileCount, lock = 'off', deps = DEFAULT, inputId }: TransferBarProps) {
  const ownId = useId();
  const id = inputId ?? ownId;
  const locked = lock !== 'off';
  const [shown, setShown] = useState<Shown | null>(null);
  const [fileName, setFileName] = useState('');
  const [encrypt, setEncrypt] = useState(locked);
  const [exportPass, setExportPass] = useState('');
  const [storePass, setStorePass] = useState('');
  const [filePass, setFilePass] = useState('');
  useEffect(() => {
    if (locked) setEncrypt(true);
  }, [locked]);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setFileName(file.name);
    // Before reading: a 1 GB file is not loaded into memory only to be refused.
    const tooBig = sizeProblem(file.size, file.name);
    if (tooBig) return setShown({ ok: false, lines: [`未导入“${file.name}”，原因：`, tooBig] });
    const bytes = new Uint8Array(await file.arrayBuffer());
    setShown(toShown(await deps.importFile(bytes, file.name), file.name, bytes));
  };
  const openSealed = async (e: Event, sealed: { bytes: Uint8Array; fileName: string }) => {
    e.preventDefault();
    const outcome = await deps.importFile(sealed.bytes, sealed.fileName, filePass);
    setFilePass('');
    setShown(toShown(outcome, sealed.fileName, sealed.bytes));
  };
  const decide = async (plan: ImportPlan, decision: 'copy' | 'skip') =>
    setShown(toShown(await deps.resolveImport(plan, decision), fileName));
  const onExport = async () => {
    if (encrypt && exportPass.length < MIN_PASSPHRASE_LENGTH)
      return setShown({ ok: false, lines: [`加密导出的口令至少 ${MIN_PASSPHRASE_LENGTH} 个字符。`] });
    const r = await deps.exportAll(new Date(), encrypt ? exportPass : undefined, encrypt ? undefined : storePass);
    setStorePass('');
    if (!r.ok) return setShown({ ok: false, lines: [r.message] });
    deps.download(r.name, r.text);
    const done = `已导出 ${profileCount} 份资料（含照片）${encrypt ? '，文件已用口令加密' : ''}。`;
    setShown({ ok: true, lines: r.warning ? [done, r.warning] : [done] });
  };
  return (
    <section class="transfer" aria-label="资料文件">
      <div class="row">
        <input
          id={id}
          class="sr-only"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget)}
        />
        <label for={id} class="file-button">
          导入
        </label>
        <button
          type="button"
          onClick={onExport}
          disabled={!profileCount}
          title={profileCount ? undefined : '还没有可导出的资料'}
        >
          导出
        </button>
      </div>
      {/* The export's options only once there is something to export. */}
      {profileCount > 0 && (
        <label class="inline">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />{' '}
          用口令加密文件
        </label>
      )}
      {profileCount > 0 && encrypt && (
        <input
          type="password"
          aria-label={`文件口令（至少 ${MIN_PASSPHRASE_LENGTH} 个字符）`}
          placeholder="文件口令"
          autocomplete="new-password"
          value={exportPass}
          onInput={(e) => setExportPass(e.currentTarget.value)}
        />
      )}
      {profileCount > 0 && locked && !encrypt && (
        <>
          <p class="msg tone tone-warning">
            不加密的文件含全部证件照片和号码，任何人拿到都能读取。请再次输入资料口令以确认。
          </p>
          <input
            type="password"
            aria-label="资料口令（导出不加密的文件）"
            placeholder="资料口令"
            autocomplete="current-password"
            value={storePass}
            onInput={(e) => setStorePass(e.currentTarget.value)}
          />
        </>
      )}
      <div aria-live="polite" role="status">
        {shown && 'sealed' in shown ? (
          <form class="msg msg-warning" onSubmit={(e) => void openSealed(e, shown.sealed)}>
            <p>“{shown.sealed.fileName}”是加密的导出文件，请输入导出时设置的口令。</p>
            {shown.sealed.message && <p class="msg tone tone-error">{shown.sealed.message}</p>}
            <input
              type="password"
              aria-label="导入文件的口令"
              autocomplete="off"
              value={filePass}
              onInput={(e) => setFilePass(e.currentTarget.value)}
            />
            <button type="submit" class="small">
              解密并继续
            </button>
          </form>
        ) : shown && 'conflicts' in shown ? (
          <div class="msg msg-warning">
            <p>
              以下资料与已有资料是同一份（编号相同）：
              {shown.conflicts.conflicts.map((c) => `「${c.displayName}」`).join('')}
            </p>
            <div class="row">
              <button type="button" class="small" onClick={() => void decide(shown.conflicts, 'copy')}>
                导入为副本
              </button>
              <button type="button" class="small" onClick={() => void decide(shown.conflicts, 'skip')}>
                跳过这些
              </button>
            </div>
          </div>
        ) : (
          shown?.lines.map((l) => (
            <p key={l} class={`msg tone tone-${shown.ok ? 'ok' : 'error'}`}>
              {l}
            </p>
          ))
        )}
      </div>
    </section>
  );
}
