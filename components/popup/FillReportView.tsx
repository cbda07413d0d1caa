// The fill report: one toned line for the outcome, counts per outcome, the failed fields with reasons, and the
// required fields still empty (待填必填项).
import { type FieldOutcome, type FillReport, OUTCOME_LABELS } from '../../lib/fill/types';
import { t } from '../i18n';

const SHOWN: FieldOutcome[] = ['filled', 'kept', 'not-on-page', 'failed', 'not-in-profile', 'skipped'];
const troublesOf = (report: FillReport) =>
  report.fields.filter((f) => f.outcome === 'failed' || f.outcome === 'skipped');

export function FillReportView({ report }: { report: FillReport }) {
  const count = (o: FieldOutcome) => report.fields.filter((f) => f.outcome === o).length;
  const troubles = troublesOf(report);
  return (
    <section class="report" aria-label={t('popup_report')}>
      <h2>{t('popup_report')}</h2>
      <ul class="counts">
        {SHOWN.filter(
          (o) => o === 'filled' || o === 'kept' || o === 'not-on-page' || o === 'failed' || count(o) > 0,
        ).map((o) => (
          <li key={o} class={`count count-${o}${count(o) > 0 ? ' some' : ''}`}>
            <span class="n">{count(o)}</span> {OUTCOME_LABELS[o]}
          </li>
        ))}
      </ul>
      {troubles.length > 0 && (
        <>
          <h3>{t('popup_report_failed')}</h3>
          <ul>
            {troubles.map((f) => (
              <li key={f.key} class="msg tone tone-error">
                <strong>
                  {f.section ? `${f.section} · ` : ''}
                  {f.label}
                </strong>
                ：{f.reason ?? OUTCOME_LABELS[f.outcome]}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('popup_report_missing', report.missing.length)}</h3>
      {report.missing.length === 0 ? (
        <p class="tone tone-ok">{t('popup_report_no_missing')}</p>
      ) : (
        <ul>
          {report.missing.map((m) => (
            <li key={`${m.section}-${m.label}-${m.index}`} class="msg tone tone-warning">
              {m.section ? `${m.section} · ` : ''}
              {m.label}
            </li>
          ))}
        </ul>
      )}
      {report.unknownRequired.length > 0 && (
        <p class="msg tone tone-warning">{t('popup_report_unknown', report.unknownRequired.join('、'))}</p>
      )}
    </section>
  );
}
