// The editor of one profile: every section, inline messages from the rules, autosave with a status line.

import { useMemo, useState } from 'preact/hooks';
import { fieldHash } from '../../lib/messaging/editor-link';
import { cutGraphemes, MAX_NAME_LENGTH } from '../../lib/profile/names';
import type { Profile } from '../../lib/profile/schema';
import { ProblemsContext, TextField } from '../common/Field';
import { ProblemList, ProblemSummary } from '../common/ProblemList';
import { checkAll } from '../data/rules';
import { type MessageKey, t } from '../i18n';
import { AppsSection, WebsitesSection } from './ListSections';
import { PeopleSection } from './PeopleSection';
import { SubjectSection } from './SubjectSection';
import { type SaveStatus, useProfileEditor } from './useProfileEditor';

const STATUS: Record<SaveStatus, MessageKey> = {
  saved: 'save_saved',
  pending: 'save_pending',
  saving: 'save_saving',
  error: 'save_error',
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
            label={t('editor_profile_name')}
            path="displayName"
            value={p.displayName}
            onInput={(v) => ed.set('displayName', cutGraphemes(v, MAX_NAME_LENGTH) || p.displayName)}
          />
          <p class={`save-status save-${ed.status}`} aria-live="polite">
            {t(STATUS[ed.status])}
            {ed.status === 'error' && ed.error && ` ${ed.error}`}
          </p>
        </div>
        {ed.conflict && (
          <div class="conflict" role="alert">
            {t('editor_conflict', ed.conflict.join('、'))}
            <button type="button" class="link" onClick={ed.dismissConflict}>
              {t('ui_got_it')}
            </button>
          </div>
        )}
        <SubjectSection profile={p} set={ed.set} />
        <PeopleSection profile={p} set={ed.set} update={ed.update} />
        <WebsitesSection profile={p} set={ed.set} update={ed.update} today={today} />
        <AppsSection profile={p} set={ed.set} update={ed.update} />
        <section class="card all-checks" aria-label={t('editor_all_checks')}>
          <h2>{t('editor_all_checks')}</h2>
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
              title={t('editor_all_checks_list')}
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
