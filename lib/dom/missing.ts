import type { MissingField } from '../fill/types';
import type { DomItem } from './collect';

export function emptyRequired(items: readonly DomItem[]): { item: DomItem; field: MissingField }[] {
  const required = items.filter((item) => item.required);
  return required
    .map((item, index) => ({
      item,
      field: {
        section: item.section.startsWith('?') ? '' : item.section,
        sectionKey: item.section,
        label: item.label,
        index,
      },
    }))
    .filter(({ item }) => isEmpty(item));
}

/** Whether the item shows nothing, by the value the snapshot read through its driver. */
export function isEmpty(item: DomItem): boolean {
  if (!item.widget) return false;
  const { value } = item;
  if (item.widget === 'checkbox') return value !== true;
  return value === null || (Array.isArray(value) && value.every((v) => v === ''));
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
