import { type FieldOutcome, type FieldReport, type FillReport, OUTCOME_LABELS } from '../../lib/fill/types';
import { t } from '../i18n';
import { trusted } from './trusted';

// Failures first and open; the rest folded, so the panel stays short and each list is there to check.
const ORDER: FieldOutcome[] = ['failed', 'skipped', 'not-in-profile', 'not-on-page', 'filled', 'kept'];
const TONE: Record<FieldOutcome, string> = {
  failed: 'error',
  skipped: 'warning',
  // An empty optional field is no fault (a required one is also listed as 待填必填项, in amber).
  'not-in-profile': 'neutral',
  'not-on-page': 'warning',
  filled: 'ok',
  kept: 'neutral',
};

const name = (f: FieldReport) => `${f.section ? `${f.section} · ` : ''}${f.label}`;

/** Every outcome of the last fill as its own list; an entry on the page scrolls to its field and flashes it. */
export function ReportLists(props: { report: FillReport; onFocusField(key: string): void }) {
  return (
    <div class="report-lists">
      {ORDER.map((outcome) => {
        const fields = props.report.fields.filter((f) => f.outcome === outcome);
        if (fields.length === 0) return null;
        const label = outcome === 'failed' ? t('popup_report_failed') : OUTCOME_LABELS[outcome];
        return (
          <details key={outcome} class={`outcome ${TONE[outcome]}`} open={outcome === 'failed'}>
            <summary>{t('panel_outcome_n', OUTCOME_LABELS[outcome], fields.length)}</summary>
            <ul class="problems" aria-label={label}>
              {fields.map((f) => (
                <li
                  key={f.key}
                  class={TONE[outcome] === 'error' || TONE[outcome] === 'warning' ? TONE[outcome] : 'done'}
                >
                  {outcome === 'not-on-page' ? (
                    name(f)
                  ) : (
                    <button type="button" class="link" onClick={trusted(() => props.onFocusField(f.key))}>
                      {name(f)}
                    </button>
                  )}
                  {f.reason ? t('colon_reason', f.reason) : ''}
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </div>
  );
}

export type Tone = 'ok' | 'warning' | 'error' | 'neutral';
