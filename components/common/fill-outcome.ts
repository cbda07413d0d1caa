// One verdict and one line on a fill, for the popup and the panel alike, so the two never disagree.
import { type FieldOutcome, type FillReport, OUTCOME_LABELS } from '../../lib/fill/types';
import { t } from '../i18n';
import type { Tone } from './ProblemList';

/**
 * Red when a field failed; amber when something is left for the user (a field to confirm, a required field still
 * empty, a required item we do not know, a suggestion to teach); green only for a clean fill. An optional field
 * the profile leaves empty (资料未填) is no reason for amber: when the page needs it, it is in `missing`.
 */
export function fillTone(report: FillReport): Tone {
  const has = (o: FieldOutcome) => report.fields.some((f) => f.outcome === o);
  if (has('failed')) return 'error';
  const left =
    has('skipped') ||
    report.missing.length > 0 ||
    report.unknownRequired.length > 0 ||
    (report.suggestions?.length ?? 0) > 0;
  return left ? 'warning' : 'ok';
}

// 已填充 and 已有值未改 always; the others only when they happened.
const OPTIONAL: FieldOutcome[] = ['failed', 'skipped', 'not-in-profile', 'not-on-page'];

/** The line the user reads after a fill; it starts with 已填充 N 项. */
export function fillSummary(report: FillReport): string {
  const count = (o: FieldOutcome) => report.fields.filter((f) => f.outcome === o).length;
  const part = (o: FieldOutcome) => t('panel_summary_part', OUTCOME_LABELS[o], count(o));
  const parts = [part('filled'), part('kept'), ...OPTIONAL.filter((o) => count(o) > 0).map(part)];
  if (report.missing.length > 0) parts.push(t('popup_outcome_missing', report.missing.length));
  return parts.join(t('list_comma'));
}
