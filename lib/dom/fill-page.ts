import type { FieldLink } from '../fill/links';
import { matchFields } from '../fill/match';
import { instantRun, type PlanStep, planFill } from '../fill/plan';
import { sameValue } from '../fill/same-value';
import type { FieldReport, FillMode, FillReport, PayloadValue, Suggestion } from '../fill/types';
import { t } from '../i18n';
import type { FieldSpec, PageMap, WidgetKind } from '../platform/types';
import type { DomItem } from './collect';
import { DRIVERS, type DriverContext } from './drivers';
import { emptyRequired } from './missing';
import { collectFor } from './snapshot';
import { FillError } from './wait';

export interface UndoEntry {
  spec: FieldSpec;
  /** The item as the page showed it (section and label): where to put it back, and what to call it. */
  section: string;
  label: string;
  driver: WidgetKind;
  before: PayloadValue | null;
}

export interface PageFillResult {
  report: FillReport;
  undo: UndoEntry[];
}

const reasonOf = (error: unknown) =>
  error instanceof FillError ? error.message : t('reason_unexpected', String(error));

async function run(step: PlanStep, element: HTMLElement, ctx: DriverContext, relocate: () => HTMLElement | undefined) {
  const base = { key: step.spec.key, section: step.spec.section, label: step.label };
  const driver = DRIVERS[step.driver];
  try {
    await driver.fill(element, step.value, ctx);
    const now = element.isConnected ? element : relocate();
    const shown = now ? driver.read(now) : null;
    if (!sameValue(step.driver, shown, step.value)) {
      return { ...base, outcome: 'failed', reason: t('reason_value_differs') } satisfies FieldReport;
    }
    return { ...base, outcome: 'filled' } satisfies FieldReport;
  } catch (error) {
    return { ...base, outcome: 'failed', reason: reasonOf(error) } satisfies FieldReport;
  }
}

/**
 * Runs the plan on the page, one widget at a time. After a field that changes the form (开办主体性质, a 是/否
 * answer, a select that decides the next one) the page is collected and planned again for the fields left.
 * Uploads finish while the next fields are filled.
 */
export async function fillPage(
  doc: Document,
  map: PageMap,
  values: Record<string, PayloadValue>,
  mode: FillMode,
  ctx: DriverContext,
  skip: readonly Element[] = [],
  links: readonly FieldLink[] = [],
): Promise<PageFillResult> {
  const started = performance.now();
  const undo: UndoEntry[] = [];
  const fields: FieldReport[] = [];
  const later: Promise<unknown>[] = [];
  const done = new Set<string>();
  let items = collectFor(doc, map, skip);
  let plan = planFill(map, items, values, mode, done, links);
  const replan = () => {
    items = collectFor(doc, map, skip);
    plan = planFill(map, items, values, mode, done, links);
  };
  const locate = (spec: FieldSpec) => {
    const fresh = collectFor(doc, map, skip);
    return matchFields(map, fresh, links).matches.find((m) => m.spec === spec)?.item?.element;
  };
  const next = () => plan.steps.find((s) => !done.has(s.spec.key));
  const begin = (step: PlanStep, element: HTMLElement): Promise<FieldReport> => {
    done.add(step.spec.key);
    undo.push({
      spec: step.spec,
      section: items[step.item]?.section ?? '',
      label: step.label,
      driver: step.driver,
      before: step.before,
    });
    const t0 = performance.now();
    const spec = step.spec;
    return run(step, element, ctx, () => locate(spec)).then((f) => ({ ...f, ms: Math.round(performance.now() - t0) }));
  };
  for (;;) {
    let step = next();
    if (!step) {
      // Fields may still appear once uploads and lazy lists settle: plan once more before reporting.
      await Promise.all(later);
      replan();
      step = next();
      if (!step) break;
    }
    let element = items[step.item]?.element;
    if (!element?.isConnected) {
      replan();
      const again = next();
      if (again?.spec !== step.spec) continue;
      step = again;
      element = items[step.item]?.element;
      if (!element?.isConnected) {
        done.add(step.spec.key);
        fields.push({
          key: step.spec.key,
          section: step.spec.section,
          label: step.spec.labels[0] ?? '',
          outcome: 'failed',
          reason: t('reason_page_changing'),
        });
        continue;
      }
    }
    if (step.instant) {
      // The run's fields are written in this task, so the page re-renders once for all of them.
      const batch = instantRun(plan.steps, step, done).flatMap((s) => {
        const el = s === step ? element : items[s.item]?.element;
        return el?.isConnected ? [begin(s, el)] : [];
      });
      fields.push(...(await Promise.all(batch)));
      continue;
    }
    const result = begin(step, element);
    if (step.background) later.push(result.then((f) => fields.push(f)));
    else fields.push(await result);
    if (step.reshapes) replan();
  }
  // What is left after the last change: fields not on the page, not in the profile, kept, or only suggested.
  const rest = plan;
  const final = items;
  fields.push(...rest.reports);
  const order = new Map(map.fields.map((f, i) => [f.key, i]));
  fields.sort((a, b) => (order.get(a.key) ?? 0) - (order.get(b.key) ?? 0));
  const suggestions: Suggestion[] = rest.suggestions;
  return {
    report: {
      page: map.page,
      fields,
      suggestions,
      unknownRequired: rest.unknownRequired,
      missing: emptyRequired(final).map((m) => m.field),
      durationMs: Math.round(performance.now() - started),
    },
    undo,
  };
}

/** Puts back what the fields held before the last fill, last field first. */
export async function undoFill(
  doc: Document,
  map: PageMap,
  entries: readonly UndoEntry[],
  ctx: DriverContext,
  skip: readonly Element[] = [],
) {
  const failures: FieldReport[] = [];
  for (const { spec, section, label, driver: kind, before } of [...entries].reverse()) {
    const items: DomItem[] = collectFor(doc, map, skip);
    const same = items.filter((i) => i.section === section && i.label === label);
    const element = same.length === 1 ? same[0]?.element : undefined;
    if (!element) continue;
    const driver = DRIVERS[kind];
    try {
      if (before === null || before === false) {
        if (driver.clear) await driver.clear(element, ctx);
        else throw new FillError(t('reason_cannot_clear'));
      } else if (kind === 'upload') {
        throw new FillError(t('reason_images_lost'));
      } else {
        await driver.fill(element, before, ctx);
      }
    } catch (error) {
      const reason = error instanceof FillError ? error.message : String(error);
      failures.push({ key: spec.key, section: spec.section, label, outcome: 'failed', reason });
    }
  }
  return failures;
}
