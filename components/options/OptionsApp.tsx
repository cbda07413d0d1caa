// The options page (资料编辑器): the profiles on the left (pick, import/export, lock), the editor on the right; on a
// first visit, a card whose own buttons are 新建资料 and 导入.
import { useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/protocol';
import { localToday } from '../../lib/rules/day';
import type { CommandResult, ProfileCommand } from '../../lib/store/profile-commands';
import { ProfileActions } from '../common/ProfileActions';
import { UnlockForm } from '../common/UnlockForm';
import { ask } from '../data/client';
import { unlock } from '../data/lock';
import { activeOf } from '../data/store';
import { useStore } from '../data/useStore';
import { t } from '../i18n';
import { Editor } from './Editor';
import { FieldLinksSection } from './FieldLinksSection';
import { LockSection } from './LockSection';
import { TransferBar } from './TransferBar';
import { useFieldLink } from './useFieldLink';

const IMPORT_INPUT = 'import-file';

export interface OptionsDeps {
  /** The background's profile commands (copy, delete with undo), the popup's own. */
  run: (command: ProfileCommand) => Promise<CommandResult>;
}

const DEFAULT_DEPS: OptionsDeps = { run: (command) => sendMessage('bg:profile', command) };

export function OptionsApp({ deps = DEFAULT_DEPS }: { deps?: OptionsDeps }) {
  const store = useStore();
  const [editingId, setEditingId] = useState<string | null>(null);
  // The open editor's save, run before a copy or a delete so neither loses what was just typed.
  const flush = useRef<() => Promise<void>>(async () => undefined);
  const active = activeOf(store);
  const editing = store.profiles.find((p) => p.id === editingId) ?? active;
  const locked = store.lock === 'locked';
  const names = store.profiles.map((x) => x.displayName);
  // A problem's link from the popup, the panel or the list below: that profile, that field.
  useFieldLink(setEditingId, editing?.id, store.loaded && !locked ? store.profiles.map((x) => x.id) : null);

  // The background picks a free name and makes it the active profile when it is the first one.
  const create = async () => {
    const r = await ask({ op: 'create', name: t('ui_default_name') });
    if (r.ok) setEditingId(r.id);
  };

  return (
    <div class="options">
      <header class="top">
        <h1>{t('editor_title')}</h1>
        <p class="hint">{t('editor_lead')}</p>
      </header>
      <div class="layout">
        <nav class="sidebar" aria-label={t('editor_profile_list')}>
          <h2>{t('popup_profiles_region')}</h2>
          <ul>
            {store.profiles.map((p) => (
              <li key={p.id}>
                <button
                  type="button"
                  class={`pick${p.id === editing?.id ? ' current' : ''}`}
                  aria-current={p.id === editing?.id ? 'true' : undefined}
                  onClick={() => setEditingId(p.id)}
                >
                  {p.displayName}
                  {p.id === active?.id && <span class="badge">{t('editor_active_badge')}</span>}
                </button>
              </li>
            ))}
          </ul>
          {!locked && store.profiles.length > 0 && (
            <button type="button" onClick={create}>
              ＋ {t('editor_new_profile')}
            </button>
          )}
          {editing && editing.id !== active?.id && (
            <button type="button" onClick={() => void deps.run({ op: 'set-active', id: editing.id })}>
              {t('editor_make_active')}
            </button>
          )}
          {!locked && <TransferBar profileCount={store.profiles.length} lock={store.lock} inputId={IMPORT_INPUT} />}
          {store.loaded && <LockSection lock={store.lock} />}
          {store.loaded && <FieldLinksSection />}
          {editing && (
            <nav class="toc" aria-label={t('editor_sections')}>
              <a href="#sec-subject">{t('editor_subject')}</a>
              <a href="#sec-people">{t('editor_people')}</a>
              <a href="#sec-websites">{t('editor_websites')}</a>
              <a href="#sec-apps">{t('editor_apps')}</a>
            </nav>
          )}
        </nav>
        <main class="content">
          {store.loaded && !locked && (
            <ProfileActions
              profile={editing}
              names={names}
              run={deps.run}
              offer={{ create: false, rename: false }}
              beforeChange={() => flush.current()}
              onMade={setEditingId}
            />
          )}
          {!store.loaded ? (
            <p class="hint">{t('editor_loading')}</p>
          ) : locked ? (
            <div class="card locked">
              <h2>{t('popup_locked_region')}</h2>
              <p>{t('editor_locked')}</p>
              <UnlockForm onUnlock={unlock} />
            </div>
          ) : editing ? (
            <Editor
              key={editing.id}
              stored={editing}
              today={localToday(new Date())}
              onFlush={(f) => {
                flush.current = f;
              }}
            />
          ) : (
            <div class="card empty">
              <h2>{t('editor_empty')}</h2>
              <p>{t('editor_empty_lead')}</p>
              <div class="row">
                <button type="button" class="primary big-inline" onClick={create}>
                  {t('editor_new_profile')}
                </button>
                <button
                  type="button"
                  class="primary big-inline"
                  onClick={() => document.getElementById(IMPORT_INPUT)?.click()}
                >
                  {t('editor_import_file')}
                </button>
              </div>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
