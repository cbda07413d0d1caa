import type { MissingField } from '../fill/types';
import { collectItems, type DomItem } from './collect';
import { DRIVERS } from './drivers';

/** Required items whose control is empty, whether or not a field map knows them. */
export function findEmptyRequired(doc: Document, sectionTitles: readonly string[]) {
  return emptyRequired(collectItems(doc.body, sectionTitles));
}

export function emptyRequired(items: readonly DomItem[]): { item: DomItem; field: MissingField }[] {
  const required = items.filter((item) => item.required);
  return required
    .map((item, index) => ({ item, field: { section: item.section, label: item.label, index } }))
    .filter(({ item }) => isEmpty(item));
}

export function isEmpty(item: DomItem): boolean {
  if (!item.widget) return false;
  try {
    const value = DRIVERS[item.widget].read(item.element);
    if (item.widget === 'checkbox') return value !== true;
    return value === null || (Array.isArray(value) && value.every((v) => v === ''));
  } catch {
    return false;
  }
}

/** Outlines empty required items; returns a function that removes the outlines again. */
export function outline(items: readonly DomItem[]): () => void {
  const previous = items.map(({ element }) => [element, element.style.outline, element.style.outlineOffset] as const);
  for (const { element } of items) {
    element.style.outline = '2px dashed #fa8c16';
    element.style.outlineOffset = '4px';
  }
  return () => {
    for (const [element, value, offset] of previous) {
      element.style.outline = value;
      element.style.outlineOffset = offset;
    }
  };
}
