import type { FieldSpec, PageMap } from '../fieldmaps/types';
import { conditionHolds, driverKind, fillOrder, matchFields } from '../fill/match';
import { sameValue } from '../fill/same-value';
import type { FieldReport, FillMode, FillReport, PayloadValue } from '../fill/types';
import { collectItems } from './collect';
import { DRIVERS, type DriverContext } from './drivers';
import { createLocator, type Locator } from './locator';
import { emptyRequired } from './missing';
import { FillError } from './wait';

export interface UndoEntry {
  spec: FieldSpec;
  before: PayloadValue | null;
}

export interface PageFillResult {
  report: FillReport;
  undo: UndoEntry[];
}

const PROBLEM_REASON = {
  ambiguous: '页面上有多个同名字段，无法确定填哪一个',
  'widget-mismatch': '页面控件类型与预期不同',
} as const;

async function fillOne(
  locator: Locator,
  spec: FieldSpec,
  value: PayloadValue | undefined,
  mode: FillMode,
  ctx: DriverContext,
  undo: UndoEntry[],
): Promise<FieldReport | { later: Promise<FieldReport> }> {
  const base = { key: spec.key, section: spec.section, label: spec.labels[0] ?? spec.key };
  // Where the field is now: the form re-renders as dependent fields appear.
  const found = locator.locate(spec);
  if (!found.item) {
    if (found.problem === 'not-on-page') return { ...base, outcome: 'not-on-page' };
    return { ...base, outcome: 'failed', reason: PROBLEM_REASON[found.problem] };
  }
  const label = found.item.label;
  if (value === undefined) return { ...base, label, outcome: 'not-in-profile' };
  const kind = driverKind(spec, found.item);
  const driver = DRIVERS[kind];
  const element = found.item.element;
  try {
    const before = driver.read(element);
    const hasValue = before !== null && before !== false;
    // A radio has no empty state once the page preselects one, so its answer is always the profile's.
    const alwaysSet = spec.structural || kind === 'radio';
    if (sameValue(kind, before, value) || (mode === 'empty-only' && hasValue && !alwaysSet)) {
      return { ...base, label, outcome: 'kept' };
    }
    undo.push({ spec, before });
    const apply = async (): Promise<FieldReport> => {
      try {
        await driver.fill(element, value, ctx);
        const now = element.isConnected ? element : locator.locate(spec).item?.element;
        const shown = now ? driver.read(now) : null;
        if (!sameValue(kind, shown, value)) {
          return { ...base, label, outcome: 'failed', reason: '填写后页面显示的值与资料不一致' };
        }
        return { ...base, label, outcome: 'filled' };
      } catch (error) {
        return { ...base, label, outcome: 'failed', reason: reasonOf(error) };
      }
    };
    // Uploads open no popup and change no other field, so they finish while the next fields are filled.
    return kind === 'upload' ? { later: apply() } : await apply();
  } catch (error) {
    return { ...base, label, outcome: 'failed', reason: reasonOf(error) };
  }
}

const reasonOf = (error: unknown) => (error instanceof FillError ? error.message : `意外错误：${String(error)}`);

/**
 * Fills one recognised page from its payload, in dependency order, one widget at a time, and reports every
 * field. Fields whose condition the profile does not meet (单位 fields for a 个人 subject) are left alone.
 */
export async function fillPage(
  doc: Document,
  map: PageMap,
  values: Record<string, PayloadValue>,
  mode: FillMode,
  ctx: DriverContext,
): Promise<PageFillResult> {
  const started = performance.now();
  const undo: UndoEntry[] = [];
  const fields: FieldReport[] = [];
  const locator = createLocator(doc, map);
  const later: Promise<unknown>[] = [];
  try {
    for (const { spec } of fillOrder(matchFields(map, locator.items()).matches)) {
      if (!conditionHolds(spec, values)) continue;
      const t0 = performance.now();
      const field = await fillOne(locator, spec, values[spec.key], mode, ctx, undo);
      const ms = () => Math.round(performance.now() - t0);
      if ('later' in field) later.push(field.later.then((f) => fields.push({ ...f, ms: ms() })));
      else fields.push({ ...field, ms: ms() });
    }
    await Promise.all(later);
  } finally {
    locator.dispose();
  }
  const items = collectItems(doc.body, map.sections);
  const { unknownRequired } = matchFields(map, items);
  const missing = emptyRequired(items).map((m) => m.field);
  // The report follows the page's order, not the fill order.
  const order = new Map(map.fields.map((f, i) => [f.key, i]));
  fields.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  return {
    report: {
      page: map.page,
      fields,
      unknownRequired: unknownRequired.map((i) => (i.section ? `${i.section} · ${i.label}` : i.label)),
      missing,
      durationMs: Math.round(performance.now() - started),
    },
    undo,
  };
}

/** Puts back what the fields held before the last fill, last field first. */
export async function undoFill(doc: Document, map: PageMap, entries: readonly UndoEntry[], ctx: DriverContext) {
  const failures: FieldReport[] = [];
  const locator = createLocator(doc, map);
  for (const { spec, before } of [...entries].reverse()) {
    const found = locator.locate(spec);
    if (!found.item) continue;
    const element = found.item.element;
    const driver = DRIVERS[driverKind(spec, found.item)];
    try {
      if (before === null || before === false) {
        if (driver.clear) await driver.clear(element, ctx);
        else throw new FillError('该控件无法清空');
      } else if (spec.widget === 'upload') {
        throw new FillError('原有图片无法恢复，请重新上传');
      } else {
        await driver.fill(element, before, ctx);
      }
    } catch (error) {
      const reason = error instanceof FillError ? error.message : String(error);
      failures.push({
        key: spec.key,
        section: spec.section,
        label: spec.labels[0] ?? spec.key,
        outcome: 'failed',
        reason,
      });
    }
  }
  return failures;
}
