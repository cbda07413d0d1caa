// The options page (资料编辑器): the profiles on the left (pick, import/export, lock), the editor on the right; on a
// first visit, a card whose own buttons are 新建资料 and 导入.
import { useRef, useState } from 'preact/hooks';
import { sendMessage } from '../../lib/messaging/protocol';
import { freeName, newProfile } from '../../lib/profile/factory';
import { localToday } from '../../lib/rules/day';
import type { CommandResult, ProfileCommand } from '../../lib/store/profile-commands';
import { ProfileActions } from '../common/ProfileActions';
import { UnlockForm } from '../common/UnlockForm';
import { unlock } from '../data/lock';
import { activeOf, putProfile, setActiveId } from '../data/store';
import { useStore } from '../data/useStore';
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

  const create = async () => {
    const p = newProfile(freeName('新资料', names));
    await putProfile(p);
    if (!store.profiles.length) await setActiveId(p.id);
    setEditingId(p.id);
  };

  return (
    <div class="options">
      <header class="top">
        <h1>资料编辑器</h1>
        <p class="hint">公安备案填表助手 · 资料只保存在本机浏览器中，改动自动保存。</p>
      </header>
      <div class="layout">
        <nav class="sidebar" aria-label="资料列表">
          <h2>资料</h2>
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
                  {p.id === active?.id && <span class="badge">当前</span>}
                </button>
              </li>
            ))}
          </ul>
          {!locked && store.profiles.length > 0 && (
            <button type="button" onClick={create}>
              ＋ 新建资料
            </button>
          )}
          {editing && editing.id !== active?.id && (
            <button type="button" onClick={() => void setActiveId(editing.id)}>
              设为当前资料
            </button>
          )}
          {!locked && <TransferBar profileCount={store.profiles.length} lock={store.lock} inputId={IMPORT_INPUT} />}
          {store.loaded && <LockSection lock={store.lock} />}
          {store.loaded && <FieldLinksSection />}
          {editing && (
            <nav class="toc" aria-label="章节">
              <a href="#sec-subject">开办主体</a>
              <a href="#sec-people">人员</a>
              <a href="#sec-websites">网站</a>
              <a href="#sec-apps">APP</a>
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
            <p class="hint">正在读取…</p>
          ) : locked ? (
            <div class="card locked">
              <h2>资料已加锁</h2>
              <p>请输入口令解锁后查看和编辑资料。</p>
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
              <h2>还没有资料</h2>
              <p>新建一份资料开始填写，或导入以前导出的资料文件。</p>
              <div class="row">
                <button type="button" class="primary big-inline" onClick={create}>
                  新建资料
                </button>
                <button
                  type="button"
                  class="primary big-inline"
                  onClick={() => document.getElementById(IMPORT_INPUT)?.click()}
                >
                  导入资料文件
                </button>
              </div>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
