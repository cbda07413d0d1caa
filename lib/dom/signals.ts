import { normalise } from '../fill/normalise';
import type { PageSignals, StepSignal } from '../fill/recognise';
import { ANTD } from '../platform/antd';
import type { FormSpec } from '../platform/types';
import { textOf } from './events';

const CURRENT_CLASS = /(^|[\s_-])(active|current|process|is-active|selected|on)($|[\s_-])/i;
const NOT_CURRENT = /(inactive|unactive|disabled)/i;

/** Each way of writing a step's name, to the step's position. */
const stepNames = (form: FormSpec) =>
  new Map(form.steps.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((n) => [normalise(n), s.position] as const)));

function stepOf(el: Element): StepSignal {
  const current =
    ANTD.stepCurrent.test(el.className) ||
    el.getAttribute('aria-current') === 'step' ||
    el.getAttribute('aria-current') === 'true' ||
    (CURRENT_CLASS.test(el.className) && !NOT_CURRENT.test(el.className)) ||
    el.querySelector('[aria-current="step"], [aria-current="true"]') !== null;
  return { text: textOf(el), current };
}

/**
 * The step bar drawn without antd's classes: the lowest element holding two or more of the form's step names, and
 * no form field (a section titled like a step is no bar).
 */
function customStepBar(doc: Document, names: ReadonlyMap<string, number>): Element | null {
  const found = [...doc.body.querySelectorAll('*')].filter((el) => {
    if (el.closest(`${ANTD.formItem}, ${ANTD.chrome}, ${ANTD.button}`)) return false;
    const text = normalise(el.textContent ?? '');
    return names.has(text) && ![...el.children].some((c) => normalise(c.textContent ?? '') === text);
  });
  let bar: { el: Element; distinct: number; depth: number } | null = null;
  for (const name of found) {
    let depth = 0;
    for (let a = name.parentElement; a && a !== doc.body && depth < 8; a = a.parentElement, depth++) {
      if (a.querySelector(ANTD.formItem)) break;
      const inside = found.filter((n) => a.contains(n));
      const distinct = new Set(inside.map((n) => names.get(normalise(n.textContent ?? '')))).size;
      if (distinct < 2) continue;
      // Most distinct names wins; then the innermost.
      if (!bar || distinct > bar.distinct || (distinct === bar.distinct && bar.el.contains(a) && bar.el !== a)) {
        bar = { el: a, distinct, depth };
      }
      break;
    }
  }
  return bar?.el ?? null;
}

/** When no class says which step is current, the one step drawn differently from all the others is. */
function markOddOneOut(els: Element[], steps: StepSignal[]): void {
  if (steps.some((s) => s.current) || els.length < 2) return;
  const classes = els.map((e) => [...e.classList].sort().join(' '));
  const odd = classes.filter((c) => classes.filter((o) => o === c).length === 1);
  if (odd.length === 1) {
    const step = steps[classes.indexOf(odd[0] ?? '')];
    if (step) step.current = true;
  }
}

/** The page heading and the breadcrumb's last item: what names the form. */
export function readHeadings(doc: Document): string[] {
  const headings = [...doc.querySelectorAll(ANTD.heading)].map(textOf);
  const crumbs = doc.querySelectorAll(ANTD.breadcrumbItem);
  const lastCrumb = crumbs[crumbs.length - 1];
  if (lastCrumb) headings.push(textOf(lastCrumb.querySelector(ANTD.breadcrumbLink) ?? lastCrumb));
  return headings;
}

// Where a page's title never is: menus, popups, dialogs, buttons and links, form items, the step bar.
const NOT_TITLE = `${ANTD.chrome}, ${ANTD.button}, ${ANTD.formItem}, ${ANTD.steps}, label, option`;
// Elements up from a text that may hold a title split over several nodes (<span>新增</span><b>主体</b>).
const TITLE_DEPTH = 3;

// Words a title may carry around it (新办网站申请（第二步）, 新增APP申请表) and still read as that title.
const TITLE_EXTRA = 8;

/**
 * The titles that the page shows anywhere but in the headings readHeadings trusts: each element whose whole text is
 * a title, alone or with a few words around it, outside menus, links, buttons and form items.
 */
export function readTitleWords(doc: Document, titles: readonly string[]): string[] {
  const wanted = [...new Set(titles.map(normalise))];
  const longest = Math.max(0, ...titles.map((t) => t.length)) * 2 + TITLE_EXTRA;
  const named = (words: string) => wanted.filter((t) => words.includes(t) && words.length <= t.length + TITLE_EXTRA);
  const found = new Set<string>();
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if ((n.textContent ?? '').trim() === '') continue;
    let el = n.parentElement;
    for (let up = 0; el && el !== doc.body && up < TITLE_DEPTH; up++, el = el.parentElement) {
      // A container of many elements is no title; its text is not even read.
      if (el.childElementCount > TITLE_DEPTH) break;
      const text = el.textContent ?? '';
      if (text.length > longest) break;
      const titlesHere = named(normalise(text));
      if (titlesHere.length > 0 && !el.closest(NOT_TITLE)) {
        for (const title of titlesHere) found.add(title);
        break;
      }
    }
  }
  return [...found];
}

/** The form's wizard steps: each step's whole text and whether it is drawn as current. */
export function readSteps(doc: Document, form: FormSpec): { steps: StepSignal[]; stepBar: Element | null } {
  if (form.steps.length === 0) return { steps: [], stepBar: null };
  const names = stepNames(form);
  const antdBar = doc.querySelector(ANTD.steps);
  const bar = antdBar ?? customStepBar(doc, names);
  let els: Element[] = [];
  if (antdBar) els = [...antdBar.querySelectorAll(ANTD.stepItem)];
  else if (bar)
    els = [...bar.children].filter((c) => [...names.keys()].some((n) => normalise(c.textContent ?? '').includes(n)));
  const steps = els.map(stepOf);
  markOddOneOut(els, steps);
  return { steps, stepBar: bar };
}

export type { PageSignals };
