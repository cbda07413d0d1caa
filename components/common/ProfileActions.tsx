// 新建 / 重命名 / 复制 / 删除 (with 撤销) of one profile, shared by the popup and the editor. Every action is a
// command the background runs (lib/store/profile-commands.ts); this component only asks and says the outcome.
import { useEffect, useRef, useState } from 'preact/hooks';
import { freeName, MAX_NAME_LENGTH } from '../../lib/profile/names';
import type { CommandResult, ProfileCommand } from '../../lib/store/profile-commands';
import { t } from '../i18n';

type Mode = { kind: 'idle' } | { kind: 'name'; action: 'create' | 'rename'; text: string } | { kind: 'confirm-delete' };

export const UNDO_MS = 8000;

export interface ProfileActionsProps {
  /** The profile the actions apply to (none: only 新建). */
  profile: { id: string; displayName: string } | null;
  /** Every profile's name, for a free default name. */
  names: string[];
  run(command: ProfileCommand): Promise<CommandResult>;
  /** Which actions to offer; the editor renames through its 资料名称 field. */
  offer?: { create?: boolean; rename?: boolean };
  /** Before a copy or a delete: the editor saves what is typed, so the copy has it and nothing comes back. */
  beforeChange?: () => Promise<void>;
  /** After a command that made or brought back a profile: the editor shows that one. */
  onMade?: (id: string) => void;
}

export function ProfileActions({ profile, names, run, offer = {}, beforeChange, onMade }: ProfileActionsProps) {
  const { create = true, rename = true } = offer;
  const [mode, setMode] = useState<Mode>({ kind: 'idle' });
  const [deleted, setDeleted] = useState<{ id: string; name: string } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  /** Runs a command; on success shows `done(name)`, else the background's message. */
  const act = async (command: ProfileCommand, done: (name: string) => string) => {
    const r = await run(command);
    setStatus(r.ok ? { ok: true, text: done(r.name ?? '') } : { ok: false, text: r.message });
    if (r.ok && r.id && command.op !== 'rename') onMade?.(r.id);
    return r.ok;
  };
  const submitName = async (e: Event) => {
    e.preventDefault();
    if (mode.kind !== 'name') return;
    const ok =
      mode.action === 'create'
        ? await act({ op: 'create', name: mode.text }, (n) => t('ui_created', n))
        : profile
          ? await act({ op: 'rename', id: profile.id, name: mode.text }, (n) => t('ui_renamed', n))
          : false;
    if (ok) setMode({ kind: 'idle' });
  };
  const duplicate = async () => {
    if (!profile) return;
    await beforeChange?.();
    await act({ op: 'duplicate', id: profile.id }, (n) => t('ui_copied', n));
  };
  const remove = async () => {
    if (!profile) return;
    await beforeChange?.();
    const r = await run({ op: 'remove', id: profile.id });
    setMode({ kind: 'idle' });
    if (!r.ok) return setStatus({ ok: false, text: r.message });
    setDeleted({ id: profile.id, name: profile.displayName });
    setStatus(null);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setDeleted(null), UNDO_MS);
  };
  const undo = async () => {
    if (!deleted) return;
    setDeleted(null);
    await act({ op: 'restore', id: deleted.id }, (n) => t('ui_restored', n));
  };

  return (
    <div class="profile-actions">
      {mode.kind === 'name' ? (
        <form class="row" onSubmit={submitName}>
          <label for="profile-name">{mode.action === 'create' ? t('ui_new_name') : t('ui_rename_to')}</label>
          <input
            id="profile-name"
            value={mode.text}
            maxLength={MAX_NAME_LENGTH}
            onInput={(e) => setMode({ ...mode, text: e.currentTarget.value })}
            ref={(el) => el?.focus()}
          />
          <button type="submit" class="primary small">
            {t('ui_ok')}
          </button>
          <button type="button" class="small" onClick={() => setMode({ kind: 'idle' })}>
            {t('ui_cancel')}
          </button>
        </form>
      ) : mode.kind === 'confirm-delete' && profile ? (
        <div class="row confirm" role="alertdialog" aria-label={t('ui_confirm_delete')}>
          <span>{t('ui_delete_question', profile.displayName)}</span>
          <button type="button" class="danger small" onClick={remove} ref={(el) => el?.focus()}>
            {t('ui_delete_yes')}
          </button>
          <button type="button" class="small" onClick={() => setMode({ kind: 'idle' })}>
            {t('ui_cancel')}
          </button>
        </div>
      ) : (
        <div class="row actions">
          {create && (
            <button
              type="button"
              class="small"
              onClick={() => setMode({ kind: 'name', action: 'create', text: freeName(t('ui_default_name'), names) })}
            >
              {t('ui_new')}
            </button>
          )}
          {profile && (
            <>
              {rename && (
                <button
                  type="button"
                  class="small"
                  onClick={() => setMode({ kind: 'name', action: 'rename', text: profile.displayName })}
                >
                  {t('ui_rename')}
                </button>
              )}
              <button type="button" class="small" onClick={duplicate}>
                {t('ui_copy')}
              </button>
              <button type="button" class="small danger" onClick={() => setMode({ kind: 'confirm-delete' })}>
                {t('ui_delete')}
              </button>
            </>
          )}
        </div>
      )}
      <div class="status" aria-live="polite">
        {deleted ? (
          <span>
            {t('ui_deleted', deleted.name)}{' '}
            <button type="button" class="link" onClick={undo}>
              {t('ui_undo')}
            </button>
          </span>
        ) : (
          status?.text && <span class={`tone tone-${status.ok ? 'ok' : 'error'}`}>{status.text}</span>
        )}
      </div>
    </div>
  );
}
