// For a recognised page: which website/app, the check of the active profile, and the fill controls. The controls,
// the problem count and the outcome sit in a footer that stays in sight within Chrome's 600 px popup cap; the
// problem list and the report open above it.
import { useEffect, useState } from 'preact/hooks';
import type { FillReport, PageState } from '../../lib/fill/types';
import type { FieldTarget } from '../../lib/messaging/editor-link';
import type { CheckProblem } from '../../lib/messaging/problems';
import type { CheckRequest, FillRequest, FillResult } from '../../lib/messaging/protocol';
import type { ProfileSummary } from '../../lib/store/profile-commands';
import { fillSummary, fillTone } from '../common/fill-outcome';
import { countProblems, ProblemList, ProblemSummary } from '../common/ProblemList';
import { t } from '../i18n';
import { FillReportView } from './FillReportView';
import { isWebsitePage } from './page';
import { TargetPicker } from './TargetPicker';

export interface FillPanelProps {
  profile: ProfileSummary;
  tabId: number | null;
  state: PageState & { page: NonNullable<PageState['page']> };
  fill: (request: FillRequest) => Promise<FillResult>;
  /** The background's check for this page: the one the fill itself runs. */
  check: (request: CheckRequest) => Promise<CheckProblem[]>;
  /** A problem's field in the editor (opened or focused there). */
  openField?: (target: FieldTarget) => void;
}

type Failure = { message: string; problems?: CheckProblem[] };

export function FillPanel({ profile, tabId, state, fill, check, openField }: FillPanelProps) {
  const site = isWebsitePage(state.page);
  const isApp = state.page === 'app';
  const [websiteId, setWebsiteId] = useState(profile.websites[0]?.id ?? '');
  const [appId, setAppId] = useState(profile.apps[0]?.id ?? '');
  const [onlyEmpty, setOnlyEmpty] = useState(true);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FillReport | null>(null);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [listOpen, setListOpen] = useState(false);

  // A chosen website/app that no longer exists falls back to the first.
  useEffect(() => {
    if (!profile.websites.some((w) => w.id === websiteId)) setWebsiteId(profile.websites[0]?.id ?? '');
    if (!profile.apps.some((a) => a.id === appId)) setAppId(profile.apps[0]?.id ?? '');
  }, [profile]);

  const target = { page: state.page, ...(site ? { websiteId } : {}), ...(isApp ? { appId } : {}) };
  const [problems, setProblems] = useState<CheckProblem[] | null>(null);
  useEffect(() => {
    let current = true;
    setProblems(null);
    check({ profileId: profile.id, ...target }).then(
      (found) => current && setProblems(found),
      () => current && setProblems([]),
    );
    return () => {
      current = false;
    };
  }, [profile, state.page, websiteId, appId]);
  // The list opens above the footer: bring it into view, or the click seems to do nothing.
  useEffect(() => {
    if (listOpen) document.getElementById('check-list')?.scrollIntoView?.({ block: 'start' });
  }, [listOpen]);
  const { errors, warnings } = countProblems(problems ?? []);
  const finalStep = site && state.step === 4;
  // Warnings do not block: the button says 仍然填充, and clicking it is the confirmation (as in the panel).
  const blocked = busy || finalStep || problems === null || errors > 0;

  const onFill = async () => {
    setBusy(true);
    setFailure(null);
    setReport(null);
    try {
      const result = await fill({
        ...(tabId !== null ? { tabId } : {}),
        profileId: profile.id,
        ...(site && websiteId ? { websiteId } : {}),
        ...(isApp && appId ? { appId } : {}),
        mode: onlyEmpty ? 'empty-only' : 'overwrite',
        acceptWarnings: warnings > 0,
      });
      if (result.ok) setReport(result.report);
      else setFailure({ message: result.message, ...(result.problems ? { problems: result.problems } : {}) });
    } catch (e) {
      setFailure({ message: t('popup_not_filled', (e as Error).message || t('popup_no_answer')) });
    } finally {
      setBusy(false);
    }
  };

  const toField = openField && ((p: CheckProblem) => openField({ profileId: profile.id, path: p.path }));
  const why = errors > 0 ? t('popup_fix_errors') : t('popup_never_submits');
  const outcome = report && { tone: fillTone(report), text: fillSummary(report) };
  return (
    <section class="fill" aria-label={t('popup_fill_region')}>
      <TargetPicker
        kind={site ? 'website' : isApp ? 'app' : null}
        profile={profile}
        value={site ? websiteId : appId}
        onChange={site ? setWebsiteId : setAppId}
      />
      {listOpen && problems && problems.length > 0 && (
        <ProblemList id="check-list" problems={problems} onOpen={toField} />
      )}
      {failure?.problems && (
        <ProblemList problems={failure.problems} title={t('popup_refusal_reasons')} onOpen={toField} />
      )}
      {report && <FillReportView report={report} />}
      <footer class="fill-footer">
        {finalStep ? (
          <p class="hint">{t('popup_final_step')}</p>
        ) : (
          <>
            {problems === null ? (
              <p class="hint summary">{t('popup_checking')}</p>
            ) : (
              <ProblemSummary
                problems={problems}
                expanded={listOpen}
                onToggle={() => setListOpen(!listOpen)}
                controls="check-list"
              />
            )}
            <label class="inline">
              <input type="checkbox" checked={onlyEmpty} onChange={(e) => setOnlyEmpty(e.currentTarget.checked)} />
              {t('popup_only_empty')}
            </label>
            <button type="button" class="primary big" disabled={blocked} onClick={onFill} aria-describedby="fill-why">
              {busy ? t('popup_filling') : warnings > 0 && errors === 0 ? t('popup_fill_anyway') : t('popup_fill')}
            </button>
            <p id="fill-why" class={errors > 0 ? 'hint tone tone-error' : 'hint'}>
              {why}
            </p>
          </>
        )}
        <div aria-live="polite">
          {failure && (
            <p class="notice tone tone-error" role="alert">
              {failure.message}
            </p>
          )}
          {outcome && <p class={`notice tone tone-${outcome.tone}`}>{outcome.text}</p>}
        </div>
      </footer>
    </section>
  );
}
