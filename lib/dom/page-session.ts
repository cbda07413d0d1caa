import { type FieldLink, fieldName } from '../fill/links';
import { likelyFields, matchFields } from '../fill/match';
import type { FillPayload, FillReport, MissingField, PageState } from '../fill/types';
import { t } from '../i18n';
import { ANTD, PAGE_MAPS, type PageKey } from '../platform';
import type { DomItem } from './collect';
import type { DriverContext } from './drivers';
import { fillPage, type UndoEntry, undoFill } from './fill-page';
import { emptyRequired, outline } from './missing';
import { type PageSnapshot, snapshotPage } from './snapshot';

export interface SessionView {
  state: PageState;
  missing: MissingField[];
  report: FillReport | null;
  busy: boolean;
  canUndo: boolean;
  /** How many fields 撤销 would put back (the last fill that changed something). */
  undoCount: number;
  /** Whether the empty required fields are outlined: after a fill, or when the user asks (标出待填项). */
  marking: boolean;
}

// A brief glow on each filled field, so the user sees what changed; the page's own styles stay untouched.
const FLASH: Keyframe[] = [{ boxShadow: '0 0 0 3px rgba(82, 196, 26, 0.55)' }, { boxShadow: '0 0 0 3px transparent' }];

/**
 * Everything the content script knows about the open page: which form it is, which required fields are empty
 * (outlined, updated live), the last fill's report and how to undo it. Re-recognises on the next frame after
 * any DOM change, so client-side navigation is followed without a reload.
 */
export function createPageSession(doc: Document, onChange: (view: SessionView) => void) {
  const win = doc.defaultView as Window;
  let view: SessionView = {
    state: { form: null, page: null },
    missing: [],
    report: null,
    busy: false,
    canUndo: false,
    undoCount: 0,
    marking: false,
  };
  let undo: { page: NonNullable<PageState['page']>; entries: UndoEntry[] } | null = null;
  let empties: DomItem[] = [];
  let snapshot: PageSnapshot = { state: view.state, items: [], skip: [] };
  let removeOutlines = () => {};
  // The taught fields of the last fill, so the "这是…" choices leave out what they already claim.
  let links: FieldLink[] = [];
  let scheduled = 0;

  /** Each empty required item with the profile fields it may be, for the user to confirm. */
  function withLikely(page: PageKey, found: { item: DomItem; field: MissingField }[]) {
    const map = PAGE_MAPS[page];
    if (found.length === 0) return found;
    const taken = new Set(
      matchFields(map, snapshot.items, links)
        .matches.filter((m) => m.item !== null)
        .map((m) => m.spec.key),
    );
    return found.map(({ item, field }) => {
      const likely = likelyFields(map, item, taken).map((s) => ({ key: s.key, field: fieldName(page, s.key) }));
      return { item, field: { ...field, likely } };
    });
  }

  function refresh() {
    scheduled = 0;
    if (view.busy) return;
    snapshot = snapshotPage(doc);
    const { state } = snapshot;
    removeOutlines();
    const found = state.page ? withLikely(state.page, emptyRequired(snapshot.items)) : [];
    empties = found.map((f) => f.item);
    // Outlined only once the user asked for something: red-dashed fields on page load read as errors.
    removeOutlines = view.marking ? outline(empties) : () => {};
    const pageChanged = state.page !== view.state.page || state.form !== view.state.form;
    const next = {
      ...view,
      state,
      missing: found.map((f) => f.field),
      report: pageChanged ? null : view.report,
      canUndo: !pageChanged && undo !== null && undo.page === state.page,
      undoCount: undo?.entries.length ?? 0,
      marking: view.marking && !pageChanged,
    };
    if (JSON.stringify(next) !== JSON.stringify(view)) {
      view = next;
      onChange(view);
    }
  }

  const schedule = () => {
    if (!scheduled) scheduled = win.requestAnimationFrame(refresh);
  };
  // Class changes show checked/selected states; our own outline styles are not observed.
  const observer = new MutationObserver(schedule);
  observer.observe(doc.body, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class'],
  });
  doc.addEventListener('input', schedule, true);
  doc.addEventListener('change', schedule, true);
  refresh();

  async function fill(payload: FillPayload, ctx: DriverContext): Promise<FillReport> {
    if (view.busy) throw new Error('busy');
    // Recognition only: the missing-field list is refreshed after the fill anyway.
    snapshot = snapshotPage(doc);
    if (snapshot.state.page !== payload.page) throw new Error(t('refuse_page_changed'));
    view = { ...view, busy: true };
    onChange(view);
    try {
      const map = PAGE_MAPS[payload.page];
      const result = await fillPage(doc, map, payload.values, payload.mode, ctx, snapshot.skip, payload.links ?? []);
      links = payload.links ?? [];
      // A fill that changed nothing keeps the earlier fill's undo: 撤销 still puts that one back.
      if (result.undo.length > 0) undo = { page: payload.page, entries: result.undo };
      view = { ...view, busy: false, report: result.report, marking: true };
      // One snapshot after the fill for both the list of empty fields and the glow on what was filled.
      refresh();
      flash(
        result.report.fields.filter((f) => f.outcome === 'filled').map((f) => f.key),
        snapshot,
      );
      return result.report;
    } finally {
      if (view.busy) {
        view = { ...view, busy: false };
        refresh();
      }
      onChange(view);
    }
  }

  async function undoLast(ctx: DriverContext) {
    if (!undo || undo.page !== view.state.page || view.busy) return null;
    const { page, entries } = undo;
    undo = null;
    view = { ...view, busy: true };
    try {
      return await undoFill(doc, PAGE_MAPS[page], entries, ctx, snapshot.skip);
    } finally {
      view = { ...view, busy: false, report: null };
      refresh();
      onChange(view);
    }
  }

  /** The page elements of profile fields, as the fill matched them: one snapshot for all. */
  function elementsOf(keys: readonly string[], now = snapshotPage(doc)): HTMLElement[] {
    if (!now.state.page || keys.length === 0) return [];
    const wanted = new Set(keys);
    return matchFields(PAGE_MAPS[now.state.page], now.items, links)
      .matches.filter((m) => wanted.has(m.spec.key))
      .flatMap((m) => (m.item ? [m.item.element] : []));
  }

  function flash(keys: readonly string[], now?: typeof snapshot) {
    for (const element of elementsOf(keys, now)) element.animate?.(FLASH, { duration: 1600, easing: 'ease-out' });
  }

  function bringIntoView(target: HTMLElement) {
    target.scrollIntoView({ block: 'center' });
    target.querySelector<HTMLElement>(`input:not([type="file"]):not([disabled]), textarea, ${ANTD.selector}`)?.focus();
  }

  /** Scrolls to a listed empty field and puts the cursor in it. */
  function focusMissing(index: number) {
    const required = snapshotPage(doc).items.filter((i) => i.required);
    const target = required[index]?.element;
    if (target) bringIntoView(target);
  }

  /** Scrolls to a field of the report (by its profile key) and flashes it. */
  function focusField(key: string) {
    const [target] = elementsOf([key]);
    if (!target) return;
    bringIntoView(target);
    target.animate?.(FLASH, { duration: 1600, easing: 'ease-out' });
  }

  /** 标出待填项: outline the empty required fields now, or take the outlines away. */
  function setMarking(on: boolean) {
    view = { ...view, marking: on };
    refresh();
    onChange(view);
  }

  return {
    view: () => view,
    refresh,
    fill,
    undo: undoLast,
    focusMissing,
    focusField,
    setMarking,
    dispose() {
      observer.disconnect();
      doc.removeEventListener('input', schedule, true);
      doc.removeEventListener('change', schedule, true);
      removeOutlines();
    },
  };
}

export type PageSession = ReturnType<typeof createPageSession>;
