// The fill report: counts per outcome, the failed fields with reasons, and the required fields still empty.
import { type FieldOutcome, type FillReport, OUTCOME_LABELS } from '../../lib/fill/types';

const SHOWN: FieldOutcome[] = ['filled', 'kept', 'not-on-page', 'failed', 'not-in-profile', 'skipped'];

export function FillReportView({ report }: { report: FillReport }) {
  const count = (o: FieldOutcome) => report.fields.filter((f) => f.outcome === o).length;
  const troubles = report.fields.filter((f) => f.outcome === 'failed' || f.outcome === 'skipped');
  return (
    <section class="report" aria-label="填充结果" aria-live="polite">
      <h2>
        填充结果 <span lang="en">Fill report</span>
      </h2>
      <ul class="counts">
        {SHOWN.filter(
          (o) => o === 'filled' || o === 'kept' || o === 'not-on-page' || o === 'failed' || count(o) > 0,
        ).map((o) => (
          <li key={o} class={`count count-${o}`}>
            <span class="n">{count(o)}</span> {OUTCOME_LABELS[o]}
          </li>
        ))}
      </ul>
      {troubles.length > 0 && (
        <>
          <h3>未能填写</h3>
          <ul>
            {troubles.map((f) => (
              <li key={f.key} class="msg msg-error">
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
      <h3>页面上仍为空的必填项</h3>
      {report.missing.length === 0 ? (
        <p class="ok">✔ 没有空着的必填项</p>
      ) : (
        <ul>
          {report.missing.map((m) => (
            <li key={`${m.section}-${m.label}-${m.index}`} class="msg msg-warning">
              {m.section ? `${m.section} · ` : ''}
              {m.label}
            </li>
          ))}
        </ul>
      )}
      {report.unknownRequired.length > 0 && (
        <p class="msg msg-warning">页面有扩展不认识的必填项（平台可能有改动）：{report.unknownRequired.join('、')}</p>
      )}
    </section>
  );
}
