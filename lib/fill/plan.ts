import { t } from '../i18n';
import type { FieldSpec, PageMap, WidgetKind } from '../platform/types';
import { driverFor } from '../platform/widgets';
import type { FieldLink } from './links';
import { type CollectedItem, conditionHolds, fillOrder, type Match, matchFields } from './match';
import { sameValue } from './same-value';
import type { FieldReport, FillMode, PayloadValue, Suggestion } from './types';

export type SnapshotItem = CollectedItem & { value: PayloadValue | null };

/** One thing the executor does, with why. */
export interface PlanStep {
  spec: FieldSpec;
  /** Index of the page item in the snapshot the plan was made from, and its label as the page shows it. */
  item: number;
  label: string;
  driver: WidgetKind;
  value: PayloadValue;
  /** What the field held before, for undo. */
  before: PayloadValue | null;
  /** The page changes after it (fields appear or go), so the rest is planned again. */
  reshapes: boolean;
  /** Opens no popup and changes no other field: may finish while the next fields are filled (uploads). */
  background: boolean;
  /** Written in one go with no waiting (plain text): a run of them costs the page one re-render, not one each. */
  instant: boolean;
  reason: string;
}

export interface Plan {
  steps: PlanStep[];
  /** Fields that are not filled, each with its outcome and reason. */
  reports: FieldReport[];
  suggestions: Suggestion[];
  unknownRequired: string[];
}

const PROBLEM_REASON = {
  ambiguous: 'reason_ambiguous',
  'widget-mismatch': 'reason_widget_mismatch',
} as const;

const hasValue = (v: PayloadValue | null) =>
  v !== null && v !== false && !(Array.isArray(v) && v.every((x) => x === ''));

/** The value in the shape the page's widget takes, or a reason it cannot take it. */
function shape(spec: FieldSpec, driver: WidgetKind, value: PayloadValue): PayloadValue | { refused: string } {
  if (spec.widget === 'repeat' && driver === 'text' && Array.isArray(value)) {
    if (value.length === 1) return value[0] as string;
    return { refused: t('reason_one_input', value.length) };
  }
  // A path offered as one choice: its first level (网站类型's category).
  if (spec.widget === 'cascader' && (driver === 'select' || driver === 'radio') && Array.isArray(value)) {
    return value[0] ?? '';
  }
  return value;
}

const reportOf = (spec: FieldSpec, label?: string) => ({
  key: spec.key,
  section: spec.section,
  label: label ?? spec.labels[0] ?? spec.key,
});

/**
 * What a fill of this page does, decided from a snapshot alone: which field goes into which item through which
 * driver, in dependency order (fields that change the form first), what is kept and why. Policies live here:
 * only-empty keeps what the user typed, except structural fields and radios (they have no empty state).
 */
export function planFill(
  map: PageMap,
  items: readonly SnapshotItem[],
  values: Record<string, PayloadValue>,
  mode: FillMode,
  done: ReadonlySet<string> = new Set(),
  links: readonly FieldLink[] = [],
): Plan {
  const { matches, unknownRequired } = matchFields(map, items, links);
  const steps: PlanStep[] = [];
  const reports: FieldReport[] = [];
  const suggestions: Suggestion[] = [];
  const triggers = new Set(map.fields.flatMap((f) => (f.when ? [f.when.key] : [])));
  for (const m of fillOrder(matches) as Match<SnapshotItem>[]) {
    const { spec } = m;
    if (done.has(spec.key) || !conditionHolds(spec, values)) continue;
    if (!m.item) {
      if (m.problem === 'uncertain' && m.candidate) {
        const field = spec.labels[0] ?? spec.key;
        suggestions.push({ section: m.candidate.section, label: m.candidate.label, key: spec.key, field });
        reports.push({ ...reportOf(spec), outcome: 'skipped', reason: t('reason_maybe', m.candidate.label) });
      } else if (m.problem === 'not-on-page' || m.problem === 'uncertain') {
        reports.push({ ...reportOf(spec), outcome: 'not-on-page' });
      } else {
        reports.push({ ...reportOf(spec), outcome: 'failed', reason: t(PROBLEM_REASON[m.problem]) });
      }
      continue;
    }
    const item = m.item;
    const value = values[spec.key];
    if (value === undefined) {
      reports.push({ ...reportOf(spec, item.label), outcome: 'not-in-profile' });
      continue;
    }
    const driver = driverFor(spec, item.widget ?? spec.widget);
    const shaped = shape(spec, driver, value);
    if (typeof shaped === 'object' && shaped !== null && 'refused' in shaped) {
      reports.push({ ...reportOf(spec, item.label), outcome: 'failed', reason: shaped.refused });
      continue;
    }
    const alwaysSet = spec.structural === true || driver === 'radio';
    const reshapes = spec.structural === true || spec.order !== undefined || triggers.has(spec.key);
    if (sameValue(driver, item.value, shaped) || (mode === 'empty-only' && hasValue(item.value) && !alwaysSet)) {
      reports.push({ ...reportOf(spec, item.label), outcome: 'kept' });
      continue;
    }
    steps.push({
      spec,
      item: item.index,
      label: item.label || (spec.labels[0] ?? spec.key),
      driver,
      value: shaped,
      before: item.value,
      reshapes,
      background: driver === 'upload',
      instant: (driver === 'text' || driver === 'textarea') && !reshapes,
      reason: t('reason_score', item.label || spec.labels[0] || spec.key, m.score.toFixed(2)),
    });
  }
  const unknown = unknownRequired.map((i) =>
    i.section && !i.section.startsWith('?') ? `${i.section} · ${i.label}` : i.label,
  );
  return { steps, reports, suggestions, unknownRequired: unknown };
}

/** Kinds no other field's options or checks depend on: a run of text fields may be written ahead of them. */
const PASSABLE: ReadonlySet<WidgetKind> = new Set(['cascader', 'date', 'daterange', 'upload']);

/**
 * The instant steps that can be written together from `first` on, in plan order: later text fields join the run
 * across regions, dates and uploads, but never across a choice (a select or radio may decide how the page checks
 * a text) or a step that reshapes the form.
 */
export function instantRun(steps: readonly PlanStep[], first: PlanStep, done: ReadonlySet<string>): PlanStep[] {
  const run: PlanStep[] = [];
  for (const step of steps.slice(steps.indexOf(first))) {
    if (done.has(step.spec.key)) continue;
    if (step.instant) run.push(step);
    else if (step.reshapes || !PASSABLE.has(step.driver)) break;
  }
  return run;
}
