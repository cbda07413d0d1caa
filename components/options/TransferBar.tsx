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
import { t } from '../i18n';

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
  if (outcome.status === 'rejected') return { ok: false, lines: [t('import_rejected', fileName), ...outcome.errors] };
  if (outcome.status === 'conflicts') return { conflicts: outcome.plan };
  const names = outcome.imported.map((p) => p.displayName).join('、');
  const lines = [outcome.imported.length ? t('import_done', outcome.imported.length, names) : t('import_none')];
  if (outcome.skipped.length) lines.push(t('import_skipped', outcome.skipped.length));
  if (outcome.links?.added) lines.push(t('import_links', outcome.links.added));
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
    if (tooBig) return setShown({ ok: false, lines: [t('import_rejected', file.name), tooBig] });
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
      return setShown({ ok: false, lines: [t('export_pass_short', MIN_PASSPHRASE_LENGTH)] });
    const r = await deps.exportAll(new Date(), encrypt ? exportPass : undefined, encrypt ? undefined : storePass);
    setStorePass('');
    if (!r.ok) return setShown({ ok: false, lines: [r.message] });
    deps.download(r.name, r.text);
    const done = encrypt ? t('export_done_sealed', profileCount) : t('export_done', profileCount);
    setShown({ ok: true, lines: r.warning ? [done, r.warning] : [done] });
  };
  return (
    <section class="transfer" aria-label={t('transfer_region')}>
      <div class="row">
        <input
          id={id}
          class="sr-only"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget)}
        />
        <label for={id} class="file-button">
          {t('transfer_import')}
        </label>
        <button
          type="button"
          onClick={onExport}
          disabled={!profileCount}
          title={profileCount ? undefined : t('export_nothing')}
        >
          {t('transfer_export')}
        </button>
      </div>
      {/* The export's options only once there is something to export. */}
      {profileCount > 0 && (
        <label class="inline">
          <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.currentTarget.checked)} />{' '}
          {t('export_encrypt')}
        </label>
      )}
      {profileCount > 0 && encrypt && (
        <input
          type="password"
          aria-label={t('export_pass_label', MIN_PASSPHRASE_LENGTH)}
          placeholder={t('export_pass')}
          autocomplete="new-password"
          value={exportPass}
          onInput={(e) => setExportPass(e.currentTarget.value)}
        />
      )}
      {profileCount > 0 && locked && !encrypt && (
        <>
          <p class="msg tone tone-warning">{t('export_plain_warning')}</p>
          <input
            type="password"
            aria-label={t('export_store_pass_label')}
            placeholder={t('export_store_pass')}
            autocomplete="current-password"
            value={storePass}
            onInput={(e) => setStorePass(e.currentTarget.value)}
          />
        </>
      )}
      <div aria-live="polite" role="status">
        {shown && 'sealed' in shown ? (
          <form class="msg msg-warning" onSubmit={(e) => void openSealed(e, shown.sealed)}>
            <p>{t('import_sealed', shown.sealed.fileName)}</p>
            {shown.sealed.message && <p class="msg tone tone-error">{shown.sealed.message}</p>}
            <input
              type="password"
              aria-label={t('import_pass_label')}
              autocomplete="off"
              value={filePass}
              onInput={(e) => setFilePass(e.currentTarget.value)}
            />
            <button type="submit" class="small">
              {t('import_decrypt')}
            </button>
          </form>
        ) : shown && 'conflicts' in shown ? (
          <div class="msg msg-warning">
            <p>
              {t('import_conflicts')}
              {shown.conflicts.conflicts.map((c) => `「${c.displayName}」`).join('')}
            </p>
            <div class="row">
              <button type="button" class="small" onClick={() => void decide(shown.conflicts, 'copy')}>
                {t('import_as_copies')}
              </button>
              <button type="button" class="small" onClick={() => void decide(shown.conflicts, 'skip')}>
                {t('import_skip_these')}
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
