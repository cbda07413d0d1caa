import { recogniseForm, recognisePage } from '../fill/recognise';
import type { PageState } from '../fill/types';
import { sectionsOf } from '../platform/index';
import type { PageMap } from '../platform/types';
import { collectItems, type DomItem } from './collect';
import { readHeadings, readSteps } from './signals';

export interface PageSnapshot {
  state: PageState;
  /** The form items of the recognised form, in page order; empty on other pages. */
  items: DomItem[];
  /** The step bar, whose text never heads a section. */
  skip: Element[];
}

/** Recognition and collection together, once per change of the page. */
export function snapshotPage(doc: Document): PageSnapshot {
  const headings = readHeadings(doc);
  const form = recogniseForm({ headings, steps: [] });
  if (!form) return { state: { form: null, page: null }, items: [], skip: [] };
  const { steps, stepBar } = readSteps(doc, form);
  const signals = { headings, steps };
  const skip = stepBar ? [stepBar] : [];
  const items = collectItems(doc.body, sectionsOf([form.form]), skip);
  return { state: recognisePage(signals, items), items, skip };
}

/** The items of one page map, collected again (the page changed under a fill). */
export const collectFor = (doc: Document, map: PageMap, skip: readonly Element[]): DomItem[] =>
  collectItems(doc.body, sectionsOf([map.form]), skip);
