// For a recognised page: which website/app, the check of the active profile, 一键填充 and its report.
import { useEffect, useState } from 'preact/hooks';
import type { FillMode, FillReport, PageState } from '../../lib/fill/types';
import type { CheckProblem } from '../../lib/messaging/problems';
import type { CheckRequest, FillRequest, FillResult } from '../../lib/messaging/protocol';
import type { ProfileSummary } from '../../lib/store/profile-commands';
import { ProblemList } from '../common/ProblemList';
import { FillReportView } from './FillReportView';
import { isWebsitePage } from './page';

export interface FillPanelProps {
  profile: ProfileSummary;
  tabId: number | null;
  state: PageState & { page: NonNullable<PageState['page']> };
  fill: (request: FillRequest) => Promise<FillResult>;
  /** The background's check for this page: the one the fill itself runs. */
  check: (request: CheckRequest) => Promise<CheckProblem[]>;
}

export function FillPanel({ profile, tabId, state, fill, check }: FillPanelProps) {
  const site = isWebsitePage(state.page);
  const isApp = state.page === 'app';
  const [websiteId, setWebsiteId] = useState(profile.websites[0]?.id ?? '');
  const [appId, setAppId] = useState(profile.apps[0]?.id ?? '');
  const [mode, setMode] = useState<FillMode>('empty-only');
  // The warnings the user confirmed (profile + their text): a re-check with the same result keeps the
  // confirmation; another result asks again.
  const [acceptedKey, setAcceptedKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<FillReport | null>(null);
  const [failure, setFailure] = useState<{ message: string; problems?: CheckProblem[] } | null>(null);

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
  const errors = (problems ?? []).filter((p) => p.severity === 'error').length;
  const warnings = (problems ?? []).length - errors;
  const problemsKey = problems && `${profile.id}:${JSON.stringify(problems)}`;
  const accepted = problemsKey !== null && problemsKey === acceptedKey;
  const setAccepted = (on: boolean) => setAcceptedKey(on ? problemsKey : null);
  const finalStep = site && state.step === 4;
  const blocked = busy || finalStep || problems === null || errors > 0 || (warnings > 0 && !accepted);

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
        mode,
        acceptWarnings: accepted,
      });
      if (result.ok) setReport(result.report);
      else setFailure({ message: result.message, ...(result.problems ? { problems: result.problems } : {}) });
    } catch (e) {
      setFailure({ message: `填充没有完成：${(e as Error).message || '后台没有应答'}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="fill" aria-label="填充">
      {site && (
        <div class="row">
          <label for="pick-website">网站</label>
          <select
            id="pick-website"
            value={websiteId}
            onChange={(e) => setWebsiteId(e.currentTarget.value)}
            disabled={!profile.websites.length}
          >
            {profile.websites.length === 0 && <option value="">（资料中没有网站）</option>}
            {profile.websites.map((w) => (
              <option key={w.id} value={w.id}>
                {w.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {isApp && (
        <div class="row">
          <label for="pick-app">APP</label>
          <select
            id="pick-app"
            value={appId}
            onChange={(e) => setAppId(e.currentTarget.value)}
            disabled={!profile.apps.length}
          >
            {profile.apps.length === 0 && <option value="">（资料中没有APP）</option>}
            {profile.apps.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </div>
      )}
      {finalStep ? (
        <p class="hint">这一步（提示说明）没有需要填写的内容。</p>
      ) : (
        <>
          <ProblemList problems={problems ?? []} />
          {warnings > 0 && errors === 0 && (
            <label class="inline confirm-warnings">
              <input type="checkbox" checked={accepted} onChange={(e) => setAccepted(e.currentTarget.checked)} />{' '}
              我已确认以上提醒，仍要填充
            </label>
          )}
          <div class="row">
            <label for="fill-mode">已有内容</label>
            <select id="fill-mode" value={mode} onChange={(e) => setMode(e.currentTarget.value as FillMode)}>
              <option value="empty-only">保留，只填空白项</option>
              <option value="overwrite">用资料覆盖</option>
            </select>
          </div>
          <button type="button" class="primary big" disabled={blocked} onClick={onFill} aria-describedby="fill-why">
            {busy ? '正在填充…' : '一键填充'}
          </button>
          <p id="fill-why" class="hint" aria-live="polite">
            {errors > 0
              ? '请先在编辑器中改正错误，再填充。'
              : warnings > 0 && !accepted
                ? '请确认提醒后再填充。'
                : '只填写，不会点击提交、下一步或保存。'}
          </p>
        </>
      )}
      {failure && (
        <div class="failure" role="alert">
          <p class="msg msg-error">{failure.message}</p>
          {failure.problems && <ProblemList problems={failure.problems} />}
        </div>
      )}
      {report && <FillReportView report={report} />}
    </section>
  );
}
