import type { FieldSpec, PageMap, WidgetKind } from '../platform/types';
import { carriersOf } from '../platform/widgets';
import { type FieldLink, taughtKey } from './links';
import { canonical } from './normalise';
import { type LabelForms, labelForms, labelScore, similarity } from './score';
import type { PayloadValue } from './types';

/** One form item as the snapshot saw it. */
export interface CollectedItem {
  index: number;
  /** The canonical title of the section the item sits in, '' before any, '?<text>' under an unknown heading. */
  section: string;
  label: string;
  /** For an unlabelled item: the label of the item before it in its section ('' when it comes first). */
  after?: string;
  placeholder?: string;
  required: boolean;
  widget: WidgetKind | null;
}

export type MatchProblem = 'not-on-page' | 'ambiguous' | 'widget-mismatch' | 'uncertain';

export type Match<T extends CollectedItem = CollectedItem> =
  | { spec: FieldSpec; item: T; score: number }
  | { spec: FieldSpec; item: null; problem: MatchProblem; detail?: string; candidate?: T };

export interface MatchResult<T extends CollectedItem = CollectedItem> {
  matches: Match<T>[];
  /** Required items that no field of this page claims. */
  unknownRequired: T[];
}

/** Below this a label is not ours; at or above it, and clearly ahead of the runner-up, it is. */
export const FILL_THRESHOLD = 0.8;
export const MARGIN = 0.08;
/** Evidence worth showing the user as "可能是…", never worth a fill. */
export const SUGGEST_THRESHOLD = 0.55;

/** Whether the field applies, given the values the fill will set (开办主体性质, 是/否 answers). */
export function conditionHolds(spec: FieldSpec, values: Record<string, PayloadValue>): boolean {
  if (!spec.when) return true;
  const actual = values[spec.when.key];
  // A checkbox the profile leaves unset counts as unchecked.
  return (actual ?? (typeof spec.when.equals === 'boolean' ? false : undefined)) === spec.when.equals;
}

const sectionCache = new WeakMap<PageMap, Map<string, { implies: readonly string[]; foreign: readonly string[] }>>();
function sectionOf(map: PageMap, section: string) {
  let bySection = sectionCache.get(map);
  if (!bySection) {
    const prefixes = (list: readonly string[] = []) => list.map(canonical);
    bySection = new Map(
      map.sections.map((s) => [s.title, { implies: s.implies ?? [], foreign: prefixes(s.foreign) }] as const),
    );
    sectionCache.set(map, bySection);
  }
  return bySection.get(section) ?? { implies: [], foreign: [] };
}
const impliedBy = (map: PageMap, section: string) => sectionOf(map, section).implies;

const specForms = new WeakMap<FieldSpec, LabelForms[]>();
function formsOf(map: PageMap, spec: FieldSpec): LabelForms[] {
  let forms = specForms.get(spec);
  if (!forms) {
    const implied = impliedBy(map, spec.section);
    forms = spec.labels.map((l) => labelForms(l, implied));
    specForms.set(spec, forms);
  }
  return forms;
}

/** The evidence that `item` is `spec`'s field: its label (or, unlabelled, the label before it) and placeholder. */
function scorePair(map: PageMap, spec: FieldSpec, item: CollectedItem, forms: Map<CollectedItem, LabelForms>): number {
  if (spec.section !== '' && item.section !== spec.section) return 0;
  if (item.label === '') {
    if (spec.after === undefined) return 0;
    const after = canonical(spec.after);
    if (after === '') return (item.after ?? '') === '' ? 0.9 : 0;
    return similarity(canonical(item.after ?? ''), after) >= FILL_THRESHOLD ? 0.9 : 0;
  }
  let page = forms.get(item);
  if (!page && sectionOf(map, item.section).foreign.some((p) => canonical(item.label).startsWith(p))) return 0;
  if (!page) {
    page = labelForms(item.label, impliedBy(map, item.section));
    forms.set(item, page);
  }
  const score = labelScore(page, formsOf(map, spec));
  const hinted = spec.hints?.some((h) => item.placeholder?.includes(h));
  return hinted && score >= SUGGEST_THRESHOLD ? Math.min(1, score + 0.1) : score;
}

type Scored<T> = { item: T; score: number };

/**
 * Pairs each field of the map with at most one item: the best-scoring item of its section whose widget can carry
 * the value, when it is above the threshold and clearly ahead of the runner-up on both sides (no other item fits
 * the field as well, no other field fits the item as well). Anything less is reported, never filled.
 */
export function matchFields<T extends CollectedItem>(
  map: PageMap,
  items: readonly T[],
  links: readonly FieldLink[] = [],
): MatchResult<T> {
  const forms = new Map<CollectedItem, LabelForms>();
  // A field the user taught for an item is certain for that item and out of the question for the others.
  const taught = new Map(items.map((i) => [i, taughtKey(links, map.page, i)]));
  const table = map.fields.map((spec) => {
    const carriers = carriersOf(spec);
    const fits: Scored<T>[] = [];
    const misfits: Scored<T>[] = [];
    for (const item of items) {
      const link = taught.get(item);
      const score = link === undefined ? scorePair(map, spec, item, forms) : link === spec.key ? 1 : 0;
      if (score <= 0) continue;
      (item.widget && carriers.includes(item.widget) ? fits : misfits).push({ item, score });
    }
    fits.sort((a, b) => b.score - a.score);
    misfits.sort((a, b) => b.score - a.score);
    return { spec, fits, misfits };
  });
  // For each item, how well the best and second-best fields fit it.
  const byItem = new Map<T, number[]>();
  for (const row of table) {
    for (const { item, score } of row.fits) {
      const list = byItem.get(item) ?? [];
      list.push(score);
      byItem.set(item, list);
    }
  }
  const claimed = new Set<number>();
  const matches: Match<T>[] = table.map(({ spec, fits, misfits }) => {
    const [best, second] = fits;
    const misfit = misfits[0];
    if (!best || best.score < SUGGEST_THRESHOLD) {
      if (misfit && misfit.score >= FILL_THRESHOLD) {
        return { spec, item: null, problem: 'widget-mismatch', detail: misfit.item.widget ?? 'unknown' };
      }
      return { spec, item: null, problem: 'not-on-page' };
    }
    const rivals = (byItem.get(best.item) ?? []).sort((a, b) => b - a);
    const itemAhead = (rivals[0] ?? 0) <= best.score && best.score - (rivals[1] ?? 0) >= MARGIN;
    const fieldAhead = best.score - (second?.score ?? 0) >= MARGIN;
    if (best.score >= FILL_THRESHOLD && fieldAhead && itemAhead) {
      claimed.add(best.item.index);
      return { spec, item: best.item, score: best.score };
    }
    if (best.score >= FILL_THRESHOLD && second && second.score >= FILL_THRESHOLD && !fieldAhead) {
      for (const f of fits) if (f.score >= FILL_THRESHOLD) claimed.add(f.item.index);
      return {
        spec,
        item: null,
        problem: 'ambiguous',
        detail: `${fits.filter((f) => f.score >= FILL_THRESHOLD).length}`,
      };
    }
    return { spec, item: null, problem: 'uncertain', candidate: best.item };
  });
  // An item another field has claimed is no suggestion for this one.
  const settled = matches.map((m): Match<T> => {
    if (!('problem' in m) || m.problem !== 'uncertain' || !m.candidate || !claimed.has(m.candidate.index)) return m;
    return { spec: m.spec, item: null, problem: 'not-on-page' };
  });
  const unknownRequired = items.filter((item) => item.required && !claimed.has(item.index));
  return { matches: settled, unknownRequired };
}

/**
 * Where a field goes in a fill, so that the page's own waits overlap: what reshapes the form first (开办主体性质),
 * then uploads (they finish in the background while everything else is filled), then the fields that decide
 * others in their order (both providers' regions, which start the slow provider lists), then the rest in the
 * page's order, and last the fields whose options the page is still loading (provider 名称).
 */
const rank = (spec: FieldSpec): number => {
  if (spec.structural) return -2;
  if (spec.widget === 'upload') return -1;
  if (spec.optionsAfter !== undefined) return 100;
  return spec.order ?? 9;
};

export function fillOrder<T extends CollectedItem>(matches: readonly Match<T>[]): Match<T>[] {
  return matches
    .map((m, i) => ({ m, i, at: m.item?.index ?? 1e6 + i }))
    .sort((a, b) => rank(a.m.spec) - rank(b.m.spec) || a.at - b.at)
    .map(({ m }) => m);
}

/**
 * The fields a required item the fill left empty may be, most likely first: fields of its section (any, under a
 * heading we do not know) that its widget can carry and that no other item has claimed (`taken`). For "这是…".
 */
export function likelyFields(map: PageMap, item: CollectedItem, taken: ReadonlySet<string>, count = 4): FieldSpec[] {
  const anySection = item.section === '' || item.section.startsWith('?');
  const forms = new Map<CollectedItem, LabelForms>();
  return map.fields
    .filter((s) => !taken.has(s.key) && item.widget !== null && carriersOf(s).includes(item.widget))
    .filter((s) => anySection || s.section === '' || s.section === item.section)
    .map((spec) => ({ spec, score: scorePair(map, { ...spec, section: '' }, { ...item, section: '' }, forms) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, count)
    .map((x) => x.spec);
}
