// The options page: the profiles on the left (create, make active, import/export), the editor on the right.
import { useState } from 'preact/hooks';
import { freeName, newProfile } from '../../lib/profile/factory';
import { localToday } from '../../lib/rules/day';
import { UnlockForm } from '../common/UnlockForm';
import { unlock } from '../data/lock';
import { activeOf, putProfile, setActiveId } from '../data/store';
import { useStore } from '../data/useStore';
import { Editor } from './Editor';
import { FieldLinksSection } from './FieldLinksSection';
import { LockSection } from './LockSection';
import { TransferBar } from './TransferBar';

export function OptionsApp() {
  const store = useStore();
  const [editingId, setEditingId] = useState<string | null>(null);
  const active = activeOf(store);
  const editing = store.profiles.find((p) => p.id === editingId) ?? active;
  const locked = store.lock === 'locked';

  const create = async () => {
    const p = newProfile(
      freeName(
        '新资料',
        store.profiles.map((x) => x.displayName),
      ),
    );
    await putProfile(p);
    if (!store.profiles.length) await setActiveId(p.id);
    setEditingId(p.id);
  };

  return (
    <div class="options">
      <header class="top">
        <h1>
          备案资料管理 <span lang="en">Filing profiles</span>
        </h1>
        <p class="hint">资料只保存在本机浏览器中。改动自动保存。</p>
      </header>
      <div class="layout">
        <nav class="sidebar" aria-label="资料列表">
          <h2>
            资料 <span lang="en">Profiles</span>
          </h2>
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
          {!locked && (
            <button type="button" class="primary" onClick={create}>
              ＋ 新建资料
            </button>
          )}
          {editing && editing.id !== active?.id && (
            <button type="button" onClick={() => void setActiveId(editing.id)}>
              设为当前资料
            </button>
          )}
          {!locked && <TransferBar profileCount={store.profiles.length} lock={store.lock} />}
          {store.loaded && <LockSection lock={store.lock} />}
          {store.loaded && <FieldLinksSection />}
          <nav class="toc" aria-label="章节">
            <a href="#sec-subject">开办主体</a>
            <a href="#sec-people">人员</a>
            <a href="#sec-websites">网站</a>
            <a href="#sec-apps">APP</a>
          </nav>
        </nav>
        <main class="content">
          {!store.loaded ? (
            <p class="hint">正在读取…</p>
          ) : locked ? (
            <div class="card locked">
              <h2>资料已加锁</h2>
              <p>请输入口令解锁后查看和编辑资料。</p>
              <UnlockForm onUnlock={unlock} />
            </div>
          ) : editing ? (
            <Editor key={editing.id} stored={editing} today={localToday(new Date())} />
          ) : (
            <div class="card empty">
              <h2>还没有资料</h2>
              <p>点“新建资料”开始填写，或用“导入”读取以前导出的文件。</p>
              <p lang="en">Create a profile or import one.</p>
            </div>
          )}
        </main>
      </div>
    </div>
  );
}
