import type { FieldSpec, PageMap, WidgetKind } from '../fieldmaps/types';
import type { PayloadValue } from './types';

/** One form item as the collector saw it. */
export interface CollectedItem {
  index: number;
  /** The nearest section title above it that a field map knows, or ''. */
  section: string;
  label: string;
  /** For an unlabelled item: the label of the item before it in its section ('' when it comes first). */
  after?: string;
  required: boolean;
  widget: WidgetKind | null;
}

export type Match<T extends CollectedItem = CollectedItem> =
  | { spec: FieldSpec; item: T }
  | { spec: FieldSpec; item: null; problem: 'not-on-page' | 'ambiguous' | 'widget-mismatch'; detail?: string };

export interface MatchResult<T extends CollectedItem = CollectedItem> {
  matches: Match<T>[];
  /** Required items that no field of this page claims. */
  unknownRequired: T[];
}

export const normaliseLabel = (label: string) =>
  label
    .replace(/[\s*＊:：]/g, '')
    .replace(/[（(]选填[)）]$/, '')
    .toLowerCase();

/** Whether the field applies, given the values the fill will set (开办主体性质, 是/否 answers). */
export function conditionHolds(spec: FieldSpec, values: Record<string, PayloadValue>): boolean {
  if (!spec.when) return true;
  const actual = values[spec.when.key];
  // A checkbox the profile leaves unset counts as unchecked.
  return (actual ?? (typeof spec.when.equals === 'boolean' ? false : undefined)) === spec.when.equals;
}

// Text inputs and text areas are driven alike, and a single checkbox may be rendered as a group of one.
// A choice of one may be a select or a radio group (开办主体 in the wizard).
const COMPATIBLE: Partial<Record<WidgetKind, WidgetKind[]>> = {
  select: ['select', 'radio'],
  radio: ['radio', 'select'],
  text: ['text', 'textarea'],
  textarea: ['textarea', 'text'],
  repeat: ['repeat', 'text'],
  checkbox: ['checkbox', 'checkboxgroup'],
};

/**
 * Pairs each field of the map with exactly one item of the same section and label. Anything else — no item,
 * two items, another widget kind — is reported and never filled.
 */
export function matchFields<T extends CollectedItem>(map: PageMap, items: readonly T[]): MatchResult<T> {
  const claimed = new Set<number>();
  const matches: Match<T>[] = map.fields.map((spec) => {
    const labels = new Set(spec.labels.map(normaliseLabel));
    const inSection = items.filter((item) => spec.section === '' || item.section === spec.section);
    let found = inSection.filter((item) => item.label !== '' && labels.has(normaliseLabel(item.label)));
    if (found.length === 0 && spec.after !== undefined) {
      const after = normaliseLabel(spec.after);
      found = inSection.filter((item) => item.label === '' && normaliseLabel(item.after ?? '') === after);
    }
    for (const item of found) claimed.add(item.index);
    const [item] = found;
    if (!item) return { spec, item: null, problem: 'not-on-page' };
    if (found.length > 1) return { spec, item: null, problem: 'ambiguous', detail: `${found.length}` };
    const allowed = COMPATIBLE[spec.widget] ?? [spec.widget];
    if (!item.widget || !allowed.includes(item.widget)) {
      return { spec, item: null, problem: 'widget-mismatch', detail: item.widget ?? 'unknown' };
    }
    return { spec, item };
  });
  const unknownRequired = items.filter((item) => item.required && !claimed.has(item.index));
  return { matches, unknownRequired };
}

/** The driver for a matched pair: the item's own kind where the two kinds are interchangeable. */
export function driverKind(spec: FieldSpec, item: CollectedItem): WidgetKind {
  const interchangeable = ['select', 'radio', 'text', 'textarea'];
  return item.widget && interchangeable.includes(spec.widget) && interchangeable.includes(item.widget)
    ? item.widget
    : spec.widget;
}

/** Fields that change the form come first; otherwise the page's own order. */
export function fillOrder<T extends CollectedItem>(matches: readonly Match<T>[]): Match<T>[] {
  return matches
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.spec.order ?? 9) - (b.m.spec.order ?? 9) || a.i - b.i)
    .map(({ m }) => m);
}
