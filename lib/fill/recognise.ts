import { t } from '../i18n';
import { FORMS } from '../platform/forms';
import { pagesOf } from '../platform/index';
import type { FormKey, FormSpec, PageKey, StepSpec } from '../platform/types';
import { type CollectedItem, matchFields } from './match';
import { normalise } from './normalise';
import type { PageState, PayloadValue } from './types';

export interface StepSignal {
  /** The step element's whole text: title, icon, number and description. */
  text: string;
  current: boolean;
}

/** What the page shows that tells which form it is; gathered by the DOM side. */
export interface PageSignals {
  /** Texts of the page headings and the breadcrumb's last item. */
  headings: readonly string[];
  steps: readonly StepSignal[];
  /**
   * Words that read as a form's title outside the headings above (a styled div, a breadcrumb of the page's own, a
   * menu entry): weaker, so a form named only there needs its fields on the page too.
   */
  titles?: readonly string[];
}

/** The form whose heading the page shows (exactly, or as the last words of a longer heading). */
export function recogniseForm(signals: PageSignals): FormSpec | null {
  const headings = signals.headings.map(normalise);
  const shows = (title: string) =>
    headings.some((h) => h === title || (h.endsWith(title) && h.length <= title.length + 8));
  return FORMS.find((f) => f.titles.some((t) => shows(normalise(t)))) ?? null;
}

/** The step the bar marks as current: by the name in its text, else by its number, else by its place. */
function currentStep(form: FormSpec, signals: PageSignals): { step: StepSpec; from: string } | null {
  const index = signals.steps.findIndex((s) => s.current);
  const signal = signals.steps[index];
  if (!signal) return null;
  const text = normalise(signal.text);
  const named = form.steps
    .flatMap((step) => [step.name, ...(step.aliases ?? [])].map((name) => ({ step, name: normalise(name) })))
    .filter((n) => text.includes(n.name))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (named) return { step: named.step, from: t('evidence_step_name', named.step.name) };
  const number = Number(text.match(/\d+/)?.[0]);
  const byNumber = form.steps.find((s) => s.position === number);
  if (byNumber) return { step: byNumber, from: t('evidence_step_number', number) };
  const byPlace = signals.steps.length === form.steps.length ? form.steps[index] : undefined;
  return byPlace ? { step: byPlace, from: t('evidence_step_place', index + 1) } : null;
}

type Item = CollectedItem & { value?: PayloadValue | null };

/** One form's reading of the page: the state, how many of its fields are there, whether the step bar agrees. */
export interface Reading {
  state: PageState;
  found: number;
  barAgrees: boolean;
}

/** Which page of `form` this is: the fields of each page that are on the page decide, the step bar breaks ties. */
function readPage(form: FormSpec, signals: PageSignals, items: readonly Item[], titleEvidence: string): Reading {
  const evidence = [titleEvidence];
  const bar = currentStep(form, signals);
  if (bar) evidence.push(bar.from);
  const scored = pagesOf(form.form).map((map) => {
    const found = matchFields(map, items).matches.filter((m) => m.item !== null);
    return { page: map.page, found: found.length, matches: found };
  });
  scored.sort((a, b) => b.found - a.found || (a.page === bar?.step.page ? -1 : b.page === bar?.step.page ? 1 : 0));
  const best = scored[0];
  const second = scored[1];
  let page: PageKey | null = null;
  let found = 0;
  if (best && best.found > 0 && (!second || best.found > second.found || best.page === bar?.step.page)) {
    page = best.page;
    found = best.found;
    evidence.push(t('evidence_fields', best.found));
  } else if (bar) {
    page = bar.step.page;
  } else if (scored.length === 1) {
    // A form of one page (新增主体, 新增APP) is that page until its bar says 提示说明.
    page = scored[0]?.page ?? null;
  }
  const step = stepNumber(form, page, bar?.step);
  const state: PageState = { form: form.form as FormKey, page, evidence };
  if (form.form === 'website') state.step = step;
  if (form.form === 'subject') state.nature = natureOf(best?.matches ?? []);
  return { state, found, barAgrees: page !== null && bar?.step.page === page };
}

/**
 * Recognises the form by its heading and the step by content: the fields of each page of the form that are on the
 * page decide, the step bar breaks ties and speaks when no field does. Never by URL.
 */
export function recognisePage(signals: PageSignals, items: readonly Item[] = []): PageState {
  const form = recogniseForm(signals);
  return form
    ? readPage(form, signals, items, t('evidence_title', form.titles[0] ?? '')).state
    : { form: null, page: null };
}

/** The forms whose title the page shows only as plain words (PageSignals.titles): candidates, not answers. */
export function formsNamedInText(signals: PageSignals): FormSpec[] {
  const words = new Set((signals.titles ?? []).map(normalise));
  return FORMS.filter((f) => f.titles.some((title) => words.has(normalise(title))));
}

/** Fields of one page that make plain words its title; one is enough on the step the bar marks as current. */
const FIELDS_BESIDE_TITLE_TEXT = 3;

/**
 * `form`'s reading of a page that names it only in plain words, or null: the words count only with the form's
 * fields beside them, since a dashboard tile or a menu entry says 新增主体 too.
 */
export function readTitleText(form: FormSpec, signals: PageSignals, items: readonly Item[]): Reading | null {
  const reading = readPage(form, signals, items, t('evidence_title_text', form.titles[0] ?? ''));
  const { found, barAgrees, state } = reading;
  return state.page !== null && (found >= FIELDS_BESIDE_TITLE_TEXT || (found >= 1 && barAgrees)) ? reading : null;
}

/** Of several forms named in plain words, the one with the most of its fields on the page; a tie names none. */
export function bestReading<T extends Reading>(readings: readonly (T | null)[]): T | null {
  const ranked = readings.filter((r): r is T => r !== null).sort((a, b) => b.found - a.found);
  const [first, second] = ranked;
  return first && (!second || first.found > second.found) ? first : null;
}

function stepNumber(form: FormSpec, page: PageKey | null, barStep: StepSpec | undefined): number | undefined {
  if (page === null) return barStep?.position;
  return form.steps.find((s) => s.page === page && (!barStep || barStep.page !== page || s === barStep))?.position;
}

function natureOf(matches: readonly { spec: { key: string }; item: Item | null }[]): '单位' | '个人' | null {
  const shown = matches.find((m) => m.spec.key === 'subject.nature')?.item?.value;
  const text = typeof shown === 'string' ? normalise(shown) : '';
  return text === '单位' || text === '个人' ? text : null;
}
