// 保存到资料 in the panel: reads what the open form shows into the background (never into the page), then offers
// the review in the options page. Like 一键填充, a click counts only when it is the user's own and the tab confirms
// the panel was visible and on top at that point (the background asks it).
import { useState } from 'preact/hooks';
import type { PageState } from '../../lib/fill/types';
import { type CaptureResult, sendCaptureMessage } from '../../lib/messaging/capture-protocol';
import { t } from '../i18n';

const notReady = () => t('capture_not_ready');

export function captureSummary(result: CaptureResult): string {
  if (!result.ok) return result.message;
  const steps = result.missingSteps.map((s) => t('quoted', s)).join('');
  return result.missingSteps.length ? t('capture_read_more', result.count, steps) : t('capture_read', result.count);
}

export function CaptureButton(props: { state: PageState; busy: boolean; ready: boolean }) {
  const [result, setResult] = useState<CaptureResult | null>(null);
  const [message, setMessage] = useState('');
  const [working, setWorking] = useState(false);

  const request = (e: MouseEvent) => {
    if (!e.isTrusted) return null;
    if (!props.ready) {
      setMessage(notReady());
      return null;
    }
    return { click: { x: e.clientX, y: e.clientY }, panelKey: location.hash.slice(1) };
  };
  const capture = (e: MouseEvent) => {
    const req = request(e);
    if (!req) return;
    setWorking(true);
    setMessage('');
    sendCaptureMessage('bg:capture', req)
      .then((r) => {
        setResult(r.ok ? r : result);
        setMessage(captureSummary(r));
      })
      .catch((error) => setMessage(t('capture_failed', String(error))))
      .finally(() => setWorking(false));
  };
  const review = (e: MouseEvent) => {
    const req = request(e);
    if (!req) return;
    sendCaptureMessage('bg:capture-review', req)
      .then((r) => setMessage(r.ok ? t('capture_review_opened') : (r.message ?? '')))
      .catch((error) => setMessage(t('capture_review_failed', String(error))));
  };

  return (
    <div class="capture">
      <div class="actions">
        <button type="button" disabled={!props.state.page || props.busy || working} onClick={capture}>
          {working ? t('capture_reading') : t('capture_save')}
        </button>
        {result?.ok && (
          <button type="button" class="link" onClick={review}>
            {t('capture_review')}
          </button>
        )}
      </div>
      {message && (
        <p class="hint" data-testid="capture-status" aria-live="polite">
          {message}
        </p>
      )}
      {result?.ok && result.skipped.length > 0 && (
        <ul class="problems" aria-label={t('capture_unread')}>
          {result.skipped.map((s, i) => (
            <li key={`${s.label}${i}`} class="warning">
              {s.label}：{s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
