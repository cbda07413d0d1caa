// The editor of one profile: every section, inline messages from the rules, autosave with a status line.

import { useMemo, useState } from 'preact/hooks';
import { fieldHash } from '../../lib/messaging/editor-link';
import { cutGraphemes, MAX_NAME_LENGTH } from '../../lib/profile/names';
import type { Profile } from '../../lib/profile/schema';
import { ProblemsContext, TextField } from '../common/Field';
import { ProblemList, ProblemSummary } from '../common/ProblemList';
import { checkAll } from '../data/rules';
import { AppsSection, WebsitesSection } from './ListSections';
import { PeopleSection } from './PeopleSection';
import { SubjectSection } from './SubjectSection';
import { type SaveStatus, useProfileEditor } from './useProfileEditor';

const STATUS: Record<SaveStatus, string> = {
  saved: '✔ 已自动保存',
  pending: '有改动，即将保存…',
  saving: '正在保存…',
  error: '保存失败，请稍后再试（改动仍在本页）',
};

export interface EditorProps {
  stored: Profile;
  today: string;
  /** Hands the page this editor's save, to run before a copy or a delete. */
  onFlush?: (flush: () => Promise<void>) => void;
}

export function Editor({ stored, today, onFlush }: EditorProps) {
  const ed = useProfileEditor(stored);
  onFlush?.(ed.flush);
  const p = ed.draft;
  const problems = useMemo(() => checkAll(p, today), [p, today]);
  const [listOpen, setListOpen] = useState(false);
  return (
    <ProblemsContext.Provider value={problems}>
      <div class="editor">
        <div class="editor-head">
          <TextField
            label="资料名称"
            path="displayName"
            value={p.displayName}
            onInput={(v) => ed.set('displayName', cutGraphemes(v, MAX_NAME_LENGTH) || p.displayName)}
          />
          <p class={`save-status save-${ed.status}`} aria-live="polite">
            {STATUS[ed.status]}
          </p>
        </div>
        {ed.conflict && (
          <div class="conflict" role="alert">
            另一个窗口同时修改了相同的项目（{ed.conflict.join('、')}），已保留本页的内容并保存。其他改动已合并。
            <button type="button" class="link" onClick={ed.dismissConflict}>
              知道了
            </button>
          </div>
        )}
        <SubjectSection profile={p} set={ed.set} />
        <PeopleSection profile={p} set={ed.set} update={ed.update} />
        <WebsitesSection profile={p} set={ed.set} update={ed.update} today={today} />
        <AppsSection profile={p} set={ed.set} update={ed.update} />
        <section class="card all-checks" aria-label="全部检查结果">
          <h2>全部检查结果</h2>
          <ProblemSummary
            problems={problems}
            expanded={listOpen}
            onToggle={() => setListOpen(!listOpen)}
            controls="all-checks-list"
          />
          {listOpen && (
            <ProblemList
              id="all-checks-list"
              problems={problems}
              title="全部检查结果列表"
              onOpen={(found) => {
                location.hash = fieldHash({ profileId: stored.id, path: found.path });
              }}
            />
          )}
        </section>
      </div>
    </ProblemsContext.Provider>
  );
}
