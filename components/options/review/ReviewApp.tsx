// The review of a 保存到资料 capture (options.html#review=<tab>): new profile or merge into one (and which website,
// app and people), row by row; nothing is stored until 确认保存, which is the editor's own atomic save.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyReview } from '../../../lib/capture/apply';
import { buildDraft } from '../../../lib/capture/draft';
import { likelyProfile } from '../../../lib/capture/likely-profile';
import { profileForCapture, stillMissing } from '../../../lib/capture/missing';
import { defaultTarget, type ReviewRow, type ReviewTarget, reviewRows } from '../../../lib/capture/review';
import { sendCaptureMessage } from '../../../lib/messaging/capture-protocol';
import { FORM_TITLE } from '../../../lib/platform/names';
import { nowIso } from '../../../lib/profile/factory';
import { localToday } from '../../../lib/rules/day';
import { UnlockForm } from '../../common/UnlockForm';
import { unlock } from '../../data/lock';
import { saveProfile } from '../../data/store';
import { useStore } from '../../data/useStore';
import { type LoadedCapture, loadImages, refKey } from './load-capture';
import { ReviewRows } from './ReviewRows';
import { TargetPicker } from './TargetPicker';
import './review.css';
import { t } from '../../i18n';

const toEditor = () => {
  location.hash = '';
};

const defaultsOf = (rows: ReviewRow[]) =>
  new Set(rows.filter((r) => r.storable && !r.problems.some((p) => p.severity === 'error')).map((r) => r.id));

export function ReviewApp({ tabId }: { tabId: number | null }) {
  const store = useStore();
  const [loaded, setLoaded] = useState<LoadedCapture | null | 'none'>(null);
  const [heldTab, setHeldTab] = useState<number | null>(null);
  const [intoId, setIntoId] = useState<string | null>(null);
  const [target, setTarget] = useState<ReviewTarget | null>(null);
  const [accepted, setAccepted] = useState<Set<string>>(new Set());
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const today = localToday(new Date());

  useEffect(() => {
    const load = async () => {
      const id =
        tabId ??
        (await sendCaptureMessage('bg:capture-list')).sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : -1))[0]?.tabId;
      const capture = id === undefined ? null : await sendCaptureMessage('bg:capture-get', { tabId: id });
      setHeldTab(id ?? null);
      setLoaded(capture ? await loadImages(capture) : 'none');
    };
    void load().catch(() => setLoaded('none'));
  }, [tabId]);

  const draft = useMemo(
    () =>
      loaded && loaded !== 'none' ? buildDraft(loaded.capture, (p, k) => loaded.refs.get(refKey(p, k)) ?? []) : null,
    [loaded],
  );
  const names = store.profiles.map((p) => p.displayName);
  // A new profile's skeleton is made once, so its ids stay put while the user looks.
  const fresh = useMemo(() => (draft ? profileForCapture(draft, names) : null), [draft, store.loaded]);
  const into = store.profiles.find((p) => p.id === intoId) ?? null;
  // Start on the profile the capture most likely belongs to (once; the user may pick another).
  const [guessed, setGuessed] = useState(false);
  useEffect(() => {
    if (guessed || !draft || !store.loaded || !loaded || loaded === 'none') return;
    setIntoId(likelyProfile(loaded.capture, draft, store.profiles)?.id ?? null);
    setGuessed(true);
  }, [draft, store.loaded]);

  useEffect(() => {
    if (!draft || !fresh) return;
    const next = defaultTarget(into ?? fresh, !into, draft);
    setTarget(next);
    setAccepted(defaultsOf(reviewRows(draft, next, today).rows));
  }, [draft, fresh, intoId, store.loaded]);

  const review = useMemo(() => (draft && target ? reviewRows(draft, target, today) : null), [draft, target]);
  const preview = useMemo(
    () => (draft && target && review ? applyReview(draft, target, review.rows, accepted, nowIso()) : null),
    [draft, target, review, accepted],
  );

  if (!store.loaded || loaded === null) return <p class="hint review-page">{t('editor_loading')}</p>;
  if (store.lock === 'locked') {
    return (
      <div class="card locked review-page">
        <h2>{t('popup_locked_region')}</h2>
        <p>{t('review_locked')}</p>
        <UnlockForm onUnlock={unlock} />
      </div>
    );
  }
  if (loaded === 'none' || !draft || !target || !review || !preview) {
    return (
      <div class="card review-page">
        <h2>{t('review_nothing')}</h2>
        <p>{t('review_nothing_lead')}</p>
        <button type="button" onClick={toEditor}>
          {t('popup_open_editor')}
        </button>
      </div>
    );
  }

  const save = async () => {
    setSaving(true);
    setStatus(null);
    try {
      // Merged, in the background's queue, with whatever changed in the profile since this page read it.
      const r = await saveProfile(preview.profile, into ?? undefined, true);
      if (!r.ok) return setStatus({ ok: false, text: r.message });
      await sendCaptureMessage('bg:capture-forget', { tabId: heldTab ?? -1 }).catch(() => undefined);
      setStatus({ ok: true, text: t('review_saved', preview.profile.displayName) });
    } catch (e) {
      setStatus({ ok: false, text: t('review_save_failed', e instanceof Error ? e.message : String(e)) });
    } finally {
      setSaving(false);
    }
  };
  const missing = stillMissing(preview, draft.form);
  const refused = loaded.refused;
  const errorsKept = review.rows.filter((r) => accepted.has(r.id) && r.problems.some((p) => p.severity === 'error'));

  return (
    <main class="review-page">
      <h1>{t('review_title', FORM_TITLE[draft.form])}</h1>
      <p class="hint">{t('review_lead')}</p>
      <TargetPicker
        profiles={store.profiles}
        draft={draft}
        target={target}
        intoId={intoId}
        onInto={setIntoId}
        onTarget={(t) => {
          setTarget(t);
          setAccepted(defaultsOf(reviewRows(draft, t, today).rows));
        }}
      />
      {review.rows.length === 0 ? (
        <p class="ok">{t('review_same_all')}</p>
      ) : (
        <ReviewRows
          rows={review.rows}
          accepted={accepted}
          onToggle={(id, on) => {
            const next = new Set(accepted);
            if (on) next.add(id);
            else next.delete(id);
            setAccepted(next);
          }}
        />
      )}
      {review.same > 0 && <p class="hint">{t('review_same_n', review.same)}</p>}
      {(draft.missingSteps.length > 0 || missing.length > 0 || draft.skipped.length > 0 || refused.length > 0) && (
        <section class="card review-missing" aria-label={t('review_missing')}>
          <h2>{t('review_missing')}</h2>
          <ul>
            {draft.missingSteps.map((s) => (
              <li key={s}>{t('review_step_unread', s)}</li>
            ))}
            {draft.skipped.map((s, i) => (
              <li key={`s${i}`}>
                {s.label}：{s.reason}
              </li>
            ))}
            {refused.map((r) => (
              <li key={r}>{r}</li>
            ))}
            {missing.map((m) => (
              <li key={m}>{t('review_still_empty', m)}</li>
            ))}
          </ul>
        </section>
      )}
      {errorsKept.length > 0 && <p class="msg msg-warning">{t('review_errors_kept', errorsKept.length)}</p>}
      <div class="review-actions">
        <button type="button" class="primary" disabled={saving || Boolean(status?.ok)} onClick={save}>
          {saving ? t('save_saving') : t('review_confirm', accepted.size)}
        </button>
        <button type="button" onClick={toEditor}>
          {status?.ok ? t('popup_open_editor') : t('review_back')}
        </button>
      </div>
      {status && (
        <p role="status" class={status.ok ? 'ok' : 'msg msg-error'}>
          {status.text}
        </p>
      )}
    </main>
  );
}
