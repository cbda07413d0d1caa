import type { CollectedItem } from '../fill/match';
import { canonical } from '../fill/normalise';
import { similarity } from '../fill/score';
import type { PayloadValue } from '../fill/types';
import { ANTD } from '../platform/antd';
import type { SectionSpec, WidgetKind } from '../platform/types';
import { DRIVERS } from './drivers';
import { isShown, textOf } from './events';
import { labelOf, TEXT_INPUT } from './form-item';

export { labelOf, TEXT_INPUT } from './form-item';

/** A collected form item together with the element the widget driver works on and what it shows. */
export interface DomItem extends CollectedItem {
  element: HTMLElement;
  value: PayloadValue | null;
}

/** Detects the widget from what the page renders; the most specific first. */
export function detectWidget(item: Element): WidgetKind | null {
  const control = item.querySelector(ANTD.control) ?? item;
  if (control.querySelector(ANTD.upload)) return 'upload';
  if (control.querySelector(ANTD.rangePicker)) return 'daterange';
  if (control.querySelector(ANTD.picker)) return 'date';
  if (control.querySelector(ANTD.cascader)) return 'cascader';
  if (control.querySelector(ANTD.multiSelect)) return 'multiselect';
  if (control.querySelector(ANTD.select)) return 'select';
  if (control.querySelector(ANTD.radioGroup)) return 'radio';
  if (control.querySelector(ANTD.checkboxGroup)) return 'checkboxgroup';
  if (control.querySelector('textarea')) return 'textarea';
  const input = control.querySelector(TEXT_INPUT);
  if (input) return control.querySelector(ANTD.addRow) ? 'repeat' : 'text';
  if (control.querySelector(ANTD.checkboxWrapper)) return 'checkbox';
  // Password fields and anything else unknown get no driver: never filled.
  return null;
}

const isRequired = (item: Element) => item.querySelector(ANTD.required) !== null;

function placeholderOf(item: Element): string {
  const input = item.querySelector<HTMLInputElement>('input[placeholder], textarea[placeholder]');
  return input?.placeholder || textOf(item.querySelector(ANTD.selectionPlaceholder));
}

function readValue(widget: WidgetKind | null, el: HTMLElement): PayloadValue | null {
  if (!widget) return null;
  try {
    return DRIVERS[widget].read(el);
  } catch {
    return null;
  }
}

// Controls a heading may hold (查询网络接入服务商, 同主体负责人信息): their words are not the title's.
const CONTROLS = `${ANTD.button}, ${ANTD.checkboxWrapper}, ${ANTD.radioWrapper}, label, select, textarea`;

/** A heading's own words: its text without the controls inside it. */
function headingText(el: Element): string {
  let text = '';
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (!n.parentElement?.closest(CONTROLS)) text += n.textContent ?? '';
  }
  return text;
}

// Only a drawn style says "heading": a bare <span> or <div> is too common to count.
const signature = (el: Element) =>
  el.classList.length > 0 || /^H[1-6]$/.test(el.tagName) ? `${el.tagName}.${[...el.classList].sort().join('.')}` : null;
const NOT_HEADINGS = `${ANTD.formItem}, ${ANTD.chrome}, ${ANTD.steps}, ${ANTD.button}`;

/**
 * The elements that may be headings, in document order: form items, the page's chrome, the step bar, buttons and
 * `skip` are left out with everything inside them, so most of a form's nodes are never visited.
 */
function headingCandidates(root: Element, skip: readonly Element[]): Element[] {
  if (root.closest(NOT_HEADINGS) || skip.some((s) => s.contains(root))) return [];
  const rejected = (el: Element) => el.matches(NOT_HEADINGS) || skip.includes(el);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => (rejected(n as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const found: Element[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) found.push(n as Element);
  return found;
}

/**
 * The section headings of the page, whatever their markup: the innermost element whose own words (buttons left
 * out, split text joined) are a known title or alias; then any element drawn like those (same tag and classes)
 * is a heading too, of a section known by a close wording or of an unknown one.
 */
export function findHeadings(root: Element, sections: readonly SectionSpec[], skip: readonly Element[] = []) {
  const known = new Map<string, string>();
  for (const s of sections) for (const t of [s.title, ...(s.aliases ?? [])]) known.set(canonical(t), s.title);
  const candidates: { el: Element; key: string }[] = [];
  for (const el of headingCandidates(root, skip)) {
    if (el.childElementCount > 6 || el.querySelector(ANTD.formItem) || (el.textContent ?? '').length > 80) continue;
    const key = canonical(headingText(el));
    if (key.length >= 2 && key.length <= 20) candidates.push({ el, key });
  }
  // Of nested elements that read as titles the outermost is the heading: <h3><span>网站</span><b>语种</b></h3>
  // is 网站语种, though its parts read as 网站(信息) and 语种.
  const exact = candidates.filter((c) => known.has(c.key));
  const outermost = exact.filter((c) => !exact.some((o) => o !== c && o.el.contains(c.el)));
  const headings = new Map<Element, string>(outermost.map((c) => [c.el, known.get(c.key) ?? '']));
  const drawnAs = new Set(outermost.map((c) => signature(c.el)).filter((s) => s !== null));
  for (const c of candidates) {
    const drawn = signature(c.el);
    if (headings.has(c.el) || drawn === null || !drawnAs.has(drawn)) continue;
    if ([...headings.keys()].some((h) => h.contains(c.el) || c.el.contains(h))) continue;
    const byTitle = new Map<string, number>();
    for (const [key, title] of known) byTitle.set(title, Math.max(byTitle.get(title) ?? 0, similarity(c.key, key)));
    const [best, second] = [...byTitle].sort((a, b) => b[1] - a[1]);
    const sure = best && best[1] >= 0.8 && best[1] - (second?.[1] ?? 0) >= 0.08;
    headings.set(c.el, sure ? best[0] : `?${c.key}`);
  }
  return headings;
}

/**
 * Walks the page once in document order: a heading starts a section, each labelled form item belongs to the last
 * section seen, and a lone checkbox (长期有效) is an item of its own.
 */
export function collectItems(
  root: Element,
  sections: readonly SectionSpec[],
  skip: readonly Element[] = [],
): DomItem[] {
  const headings = findHeadings(root, sections, skip);
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const items: DomItem[] = [];
  let section = '';
  let lastLabel = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node as HTMLElement;
    const heading = headings.get(el);
    if (heading !== undefined) {
      section = heading;
      lastLabel = '';
    } else if (el.classList.contains(ANTD.formItemClass)) {
      if (el.querySelector(ANTD.formItem) || !isShown(el)) continue;
      const label = labelOf(el);
      const widget = detectWidget(el);
      const common = { index: items.length, section, widget, element: el, value: readValue(widget, el) };
      const placeholder = placeholderOf(el);
      // An unlabelled item is known by the label of the item before it (the kinds under a 是/否 question).
      if (label) items.push({ ...common, label, placeholder, required: isRequired(el) });
      else items.push({ ...common, label: '', after: lastLabel, placeholder, required: false });
      if (label) lastLabel = label;
    } else if (el.classList.contains(ANTD.checkboxWrapperClass) && !el.closest(ANTD.checkboxGroup)) {
      const label = textOf(el);
      const owner = el.closest(ANTD.formItem);
      if (label && (!owner || labelOf(owner) !== label) && isShown(el)) {
        const value = readValue('checkbox', el);
        items.push({ index: items.length, section, label, required: false, widget: 'checkbox', element: el, value });
      }
    }
  }
  return items;
}
