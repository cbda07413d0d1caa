// The fill report: one toned line for the outcome, counts per outcome, the failed fields with reasons, and the
// required fields still empty (待填必填项).
import { type FieldOutcome, type FillReport, OUTCOME_LABELS } from '../../lib/fill/types';
import type { Tone } from '../common/ProblemList';

const SHOWN: FieldOutcome[] = ['filled', 'kept', 'not-on-page', 'failed', 'not-in-profile', 'skipped'];
const troublesOf = (report: FillReport) =>
  report.fields.filter((f) => f.outcome === 'failed' || f.outcome === 'skipped');

/** Red when a field failed, amber when required fields are still empty, green only for a clean fill. */
export function reportOutcome(report: FillReport): { tone: Tone; text: string } {
  const filled = report.fields.filter((f) => f.outcome === 'filled').length;
  const troubles = troublesOf(report).length;
  const missing = report.missing.length + report.unknownRequired.length;
  const parts = [`已填充 ${filled} 项`];
  if (troubles > 0) parts.unshift(`未能填充 ${troubles} 项`);
  if (missing > 0) parts.push(`待填必填项 ${missing} 项`);
  if (troubles === 0 && missing === 0) parts.push('没有待填必填项');
  return { tone: troubles > 0 ? 'error' : missing > 0 ? 'warning' : 'ok', text: parts.join(' · ') };
}

export function FillReportView({ report }: { report: FillReport }) {
  const count = (o: FieldOutcome) => report.fields.filter((f) => f.outcome === o).length;
  const troubles = troublesOf(report);
  return (
    <section class="report" aria-label="填充结果">
      <h2>填充结果</h2>
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
          <h3>未能填充</h3>
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
      <h3>待填必填项（{report.missing.length}）</h3>
      {report.missing.length === 0 ? (
        <p class="tone tone-ok">没有待填必填项</p>
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
        <p class="msg tone tone-warning">
          页面有扩展不认识的必填项（平台可能有改动）：{report.unknownRequired.join('、')}
        </p>
      )}
    </section>
  );
}
