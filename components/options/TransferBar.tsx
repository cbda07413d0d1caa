// 导入 (file input) and 导出 (button) of profiles in the transfer format; rejections explained in Chinese.
import { useId, useState } from 'preact/hooks';
import type { Profile } from '../../lib/profile/schema';
import { putProfile, setActiveId } from '../data/store';
import { exportProfiles, importProfiles } from '../data/transfer';

export interface TransferDeps {
  save: (p: Profile) => Promise<void>;
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

const DEFAULT: TransferDeps = { save: putProfile, download };

export function TransferBar({ profiles, deps = DEFAULT }: { profiles: Profile[]; deps?: TransferDeps }) {
  const id = useId();
  const [result, setResult] = useState<{ ok: boolean; lines: string[] } | null>(null);
  const onFile = async (file: File | undefined, input: HTMLInputElement) => {
    if (!file) return;
    input.value = '';
    if (file.size > 50 * 1024 * 1024)
      return setResult({ ok: false, lines: [`“${file.name}”太大（超过50MB），不是资料文件。`] });
    const r = importProfiles(await file.text());
    if (!r.ok) return setResult({ ok: false, lines: [`未导入“${file.name}”：`, ...r.errors] });
    const existing = new Set(profiles.map((p) => p.id));
    for (const p of r.profiles) await deps.save(p);
    if (profiles.length === 0 && r.profiles[0]) await setActiveId(r.profiles[0].id);
    const replaced = r.profiles.filter((p) => existing.has(p.id)).length;
    setResult({
      ok: true,
      lines: [
        `已导入 ${r.profiles.length} 份资料${replaced ? `（其中 ${replaced} 份替换了同一份资料的旧版本）` : ''}：${r.profiles.map((p) => p.displayName).join('、')}`,
      ],
    });
  };
  const onExport = () => {
    if (!profiles.length) return setResult({ ok: false, lines: ['没有可导出的资料。'] });
    deps.download(`beian-profiles-${new Date().toISOString().slice(0, 10)}.json`, exportProfiles(profiles));
    setResult({ ok: true, lines: [`已导出 ${profiles.length} 份资料（照片不包含在文件中）。`] });
  };
  return (
    <section class="transfer" aria-label="资料文件 Import/export">
      <div class="row">
        <input
          id={id}
          class="sr-only"
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onFile(e.currentTarget.files?.[0], e.currentTarget)}
        />
        <label for={id} class="file-button">
          导入
        </label>
        <button type="button" onClick={onExport}>
          导出
        </button>
      </div>
      <div aria-live="polite" role="status">
        {result?.lines.map((l) => (
          <p key={l} class={result.ok ? 'ok' : 'msg msg-error'}>
            {l}
          </p>
        ))}
      </div>
    </section>
  );
}
