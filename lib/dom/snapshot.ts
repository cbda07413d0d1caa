import { bestReading, formsNamedInText, readTitleText, recogniseForm, recognisePage } from '../fill/recognise';
import type { PageState } from '../fill/types';
import { FORMS, sectionsOf } from '../platform/index';
import type { FormSpec, PageMap } from '../platform/types';
import { collectItems, type DomItem } from './collect';
import { readHeadings, readSteps, readTitleWords } from './signals';

export interface PageSnapshot {
  state: PageState;
  /** The form items of the recognised form, in page order; empty on other pages. */
  items: DomItem[];
  /** The step bar, whose text never heads a section. */
  skip: Element[];
}

const ALL_TITLES = FORMS.flatMap((f) => f.titles);

/** The page read as `form`: its step bar, its items under that form's section titles. */
function readAs(doc: Document, form: FormSpec, headings: string[]) {
  const { steps, stepBar } = readSteps(doc, form);
  const skip = stepBar ? [stepBar] : [];
  const items = collectItems(doc.body, sectionsOf([form.form]), skip);
  return { signals: { headings, steps }, items, skip };
}

/**
 * No heading we trust names a form: words drawn otherwise (a styled div, a breadcrumb of the page's own) name one
 * only with its fields on the page; of several, the one with the most fields.
 */
function readByTitleWords(doc: Document, headings: string[]): PageSnapshot {
  const titles = readTitleWords(doc, ALL_TITLES);
  const reads = formsNamedInText({ headings, steps: [], titles }).map((form) => {
    const read = readAs(doc, form, headings);
    const reading = readTitleText(form, { ...read.signals, titles }, read.items);
    return reading && { ...reading, items: read.items, skip: read.skip };
  });
  const best = bestReading(reads);
  return best
    ? { state: best.state, items: best.items, skip: best.skip }
    : { state: { form: null, page: null }, items: [], skip: [] };
}

/** Recognition and collection together, once per change of the page. */
export function snapshotPage(doc: Document): PageSnapshot {
  const headings = readHeadings(doc);
  const form = recogniseForm({ headings, steps: [] });
  if (!form) return readByTitleWords(doc, headings);
  const { signals, items, skip } = readAs(doc, form, headings);
  return { state: recognisePage(signals, items), items, skip };
}

/** The items of one page map, collected again (the page changed under a fill). */
export const collectFor = (doc: Document, map: PageMap, skip: readonly Element[]): DomItem[] =>
  collectItems(doc.body, sectionsOf([map.form]), skip);
