// The profiles in the popup: pick the active one (当前资料), create, rename, duplicate, delete with undo.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Profile } from '../../lib/profile/schema';
import { duplicateProfile, freeName, newProfile, nowIso } from '../data/factory';
import { putProfile, removeProfile, setActiveId } from '../data/store';

type Mode = { kind: 'idle' } | { kind: 'name'; action: 'create' | 'rename'; text: string } | { kind: 'confirm-delete' };

export const UNDO_MS = 8000;

export interface ProfileBarProps {
  profiles: Profile[];
  active: Profile | null;
}

export function ProfileBar({ profiles, active }: ProfileBarProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<Profile | null>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const names = profiles.map((p) => p.displayName);

  const submitName = async (e: Event) => {
    e.preventDefault();
    if (mode.kind !== 'name') return;
    const text = mode.text.trim();
    if (!text) return setStatus('请输入资料名称');
    if (text.length > 60) return setStatus('资料名称最多60个字');
    if (mode.action === 'create') {
      const p = newProfile(freeName(text, names));
      await putProfile(p);
      await setActiveId(p.id);
      setStatus(`已新建「${p.displayName}」`);
    } else if (active) {
      await putProfile({ ...active, displayName: text, updatedAt: nowIso() });
      setStatus(`已重命名为「${text}」`);
    }
    setMode({ kind: 'idle' });
  };
  const duplicate = async () => {
    if (!active) return;
    const copy = duplicateProfile(active, freeName(`${active.displayName} 副本`, names));
    await putProfile(copy);
    await setActiveId(copy.id);
    setStatus(`已复制为「${copy.displayName}」`);
  };
  const remove = async () => {
    if (!active) return;
    const gone = active;
    await removeProfile(gone.id);
    setMode({ kind: 'idle' });
    setDeleted(gone);
    setStatus('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setDeleted(null), UNDO_MS);
  };
  const undo = async () => {
    if (!deleted) return;
    await putProfile(deleted);
    await setActiveId(deleted.id);
    setStatus(`已恢复「${deleted.displayName}」`);
    setDeleted(null);
  };

  return (
    <section class="profile-bar" aria-label="资料">
      {profiles.length > 0 ? (
        <div class="row">
          <label for="active-profile">当前资料</label>
          <select
            id="active-profile"
            value={active?.id ?? ''}
            onChange={(e) => void setActiveId(e.currentTarget.value)}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p class="empty">
          还没有资料。新建一份，或在编辑器中导入。
          <br />
          <span lang="en">No profile yet.</span>
        </p>
      )}
      {mode.kind === 'name' ? (
        <form class="row" onSubmit={submitName}>
          <label for="profile-name">{mode.action === 'create' ? '新资料名称' : '新名称'}</label>
          <input
            id="profile-name"
            value={mode.text}
            maxLength={60}
            onInput={(e) => setMode({ ...mode, text: e.currentTarget.value })}
            ref={(el) => el?.focus()}
          />
          <button type="submit" class="primary small">
            确定
          </button>
          <button type="button" class="small" onClick={() => setMode({ kind: 'idle' })}>
            取消
          </button>
        </form>
      ) : mode.kind === 'confirm-delete' && active ? (
        <div class="row confirm" role="alertdialog" aria-label="确认删除">
          <span>删除「{active.displayName}」？</span>
          <button type="button" class="danger small" onClick={remove} ref={(el) => el?.focus()}>
            确定删除
          </button>
          <button type="button" class="small" onClick={() => setMode({ kind: 'idle' })}>
            取消
          </button>
        </div>
      ) : (
        <div class="row actions">
          <button
            type="button"
            class="small"
            onClick={() => setMode({ kind: 'name', action: 'create', text: freeName('新资料', names) })}
          >
            新建
          </button>
          {active && (
            <>
              <button
                type="button"
                class="small"
                onClick={() => setMode({ kind: 'name', action: 'rename', text: active.displayName })}
              >
                重命名
              </button>
              <button type="button" class="small" onClick={duplicate}>
                复制
              </button>
              <button type="button" class="small danger" onClick={() => setMode({ kind: 'confirm-delete' })}>
                删除
              </button>
            </>
          )}
        </div>
      )}
      <div class="status" aria-live="polite">
        {deleted ? (
          <span>
            已删除「{deleted.displayName}」{' '}
            <button type="button" class="link" onClick={undo}>
              撤销
            </button>
          </span>
        ) : (
          status
        )}
      </div>
    </section>
  );
}
