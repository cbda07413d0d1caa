import type { WidgetKind } from '../fieldmaps/types';
import type { CollectedItem } from '../fill/match';
import { isShown, textOf } from './events';

/** A collected form item together with the element the widget driver works on. */
export interface DomItem extends CollectedItem {
  element: HTMLElement;
}

/** Detects the widget from Ant Design's class names; the most specific first. */
export function detectWidget(item: Element): WidgetKind | null {
  const control = item.querySelector('.ant-form-item-control') ?? item;
  if (control.querySelector('.ant-upload')) return 'upload';
  if (control.querySelector('.ant-picker-range')) return 'daterange';
  if (control.querySelector('.ant-picker')) return 'date';
  if (control.querySelector('.ant-cascader')) return 'cascader';
  if (control.querySelector('.ant-select-multiple')) return 'multiselect';
  if (control.querySelector('.ant-select')) return 'select';
  if (control.querySelector('.ant-radio-group')) return 'radio';
  if (control.querySelector('.ant-checkbox-group')) return 'checkboxgroup';
  if (control.querySelector('textarea')) return 'textarea';
  const input = control.querySelector(TEXT_INPUT);
  if (input) return control.querySelector('.anticon-plus-circle') ? 'repeat' : 'text';
  if (control.querySelector('.ant-checkbox-wrapper')) return 'checkbox';
  // Password fields and anything else unknown get no driver: never filled.
  return null;
}

/** The inputs the text driver fills; a password or any other type is never a text field. */
export const TEXT_INPUT = 'input:not([type]), input[type="text"], input[type="tel"], input[type="email"]';

export const labelOf = (item: Element): string =>
  textOf(item.querySelector(':scope > .ant-row > .ant-form-item-label, .ant-form-item-label'));

const isRequired = (item: Element) => item.querySelector('.ant-form-item-label .ant-form-item-required') !== null;

/**
 * Walks the page once in document order: a text node equal to a known section title starts a section, each
 * labelled form item belongs to the last section seen, and a lone checkbox (长期有效) is an item of its own.
 */
export function collectItems(root: Element, sectionTitles: readonly string[]): DomItem[] {
  const titles = new Set(sectionTitles);
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const items: DomItem[] = [];
  let section = '';
  let lastLabel = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = (node.textContent ?? '').trim();
      if (
        text &&
        titles.has(text) &&
        !node.parentElement?.closest('.ant-form-item, .ant-steps, .ant-breadcrumb, .ant-menu')
      ) {
        section = text;
        lastLabel = '';
      }
      continue;
    }
    const el = node as HTMLElement;
    if (el.classList.contains('ant-form-item')) {
      const label = labelOf(el);
      if (!el.querySelector('.ant-form-item') && isShown(el)) {
        const widget = detectWidget(el);
        const common = { index: items.length, section, widget, element: el };
        // An unlabelled item is known by the label of the item before it (the kinds under a 是/否 question).
        if (label) items.push({ ...common, label, required: isRequired(el) });
        else items.push({ ...common, label: '', after: lastLabel, required: false });
        if (label) lastLabel = label;
      }
    } else if (el.classList.contains('ant-checkbox-wrapper') && !el.closest('.ant-checkbox-group')) {
      const label = textOf(el);
      const owner = el.closest('.ant-form-item');
      if (label && (!owner || labelOf(owner) !== label) && isShown(el)) {
        items.push({ index: items.length, section, label, required: false, widget: 'checkbox', element: el });
      }
    }
  }
  return items;
}
