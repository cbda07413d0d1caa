// The editor of one profile: every section, inline messages from the rules, autosave with a status line.

import { useMemo } from 'preact/hooks';
import { cutGraphemes, MAX_NAME_LENGTH } from '../../lib/profile/names';
import type { Profile } from '../../lib/profile/schema';
import { ProblemsContext, TextField } from '../common/Field';
import { ProblemList } from '../common/ProblemList';
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

export function Editor({ stored, today }: { stored: Profile; today: string }) {
  const ed = useProfileEditor(stored);
  const p = ed.draft;
  const problems = useMemo(() => checkAll(p, today), [p, today]);
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
        <details class="card" open={problems.length > 0 && problems.length <= 12}>
          <summary>
            <strong>全部检查结果</strong> <span lang="en">All checks</span>（{problems.length}）
          </summary>
          <ProblemList problems={problems} title="全部检查结果" />
        </details>
      </div>
    </ProblemsContext.Provider>
  );
}
