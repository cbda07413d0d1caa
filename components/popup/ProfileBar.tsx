// The profiles in the popup: pick the active one (当前资料), create, rename, duplicate, delete with undo.
// Every action is a command the background runs (lib/store/profile-commands.ts); this component only asks.
import { useEffect, useRef, useState } from 'preact/hooks';
import { freeName, MAX_NAME_LENGTH } from '../../lib/profile/names';
import type { CommandResult, ProfileCommand, ProfileSummary } from '../../lib/store/profile-commands';

type Mode = { kind: 'idle' } | { kind: 'name'; action: 'create' | 'rename'; text: string } | { kind: 'confirm-delete' };

export const UNDO_MS = 8000;

export interface ProfileBarProps {
  profiles: ProfileSummary[];
  active: ProfileSummary | null;
  run(command: ProfileCommand): Promise<CommandResult>;
}

export function ProfileBar({ profiles, active, run }: ProfileBarProps) {
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const names = profiles.map((p) => p.displayName);

  /** Runs a command; on success shows `done(name)`, else the background's message. */
  const act = async (command: ProfileCommand, done: (name: string) => string) => {
    const r = await run(command);
    setStatus(r.ok ? done(r.name ?? '') : r.message);
    return r.ok;
  };
  const submitName = async (e: Event) => {
    e.preventDefault();
    if (mode.kind !== 'name') return;
    const ok =
      mode.action === 'create'
        ? await act({ op: 'create', name: mode.text }, (n) => `已新建「${n}」`)
        : active
          ? await act({ op: 'rename', id: active.id, name: mode.text }, (n) => `已重命名为「${n}」`)
          : false;
    if (ok) setMode({ kind: 'idle' });
  };
  const duplicate = () => active && act({ op: 'duplicate', id: active.id }, (n) => `已复制为「${n}」`);
  const remove = async () => {
    if (!active) return;
    const r = await run({ op: 'remove', id: active.id });
    setMode({ kind: 'idle' });
    if (!r.ok) return setStatus(r.message);
    setDeleted({ id: active.id, name: active.displayName });
    setStatus('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setDeleted(null), UNDO_MS);
  };
  const undo = async () => {
    if (!deleted) return;
    setDeleted(null);
    await act({ op: 'restore', id: deleted.id }, (n) => `已恢复「${n}」`);
  };

  return (
    <section class="profile-bar" aria-label="资料">
      {profiles.length > 0 ? (
        <div class="row">
          <label for="active-profile">当前资料</label>
          <select
            id="active-profile"
            value={active?.id ?? ''}
            onChange={(e) => void act({ op: 'set-active', id: e.currentTarget.value }, () => '')}
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
            maxLength={MAX_NAME_LENGTH}
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
            已删除「{deleted.name}」{' '}
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
