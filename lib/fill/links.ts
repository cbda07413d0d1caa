import { PAGE_MAPS } from '../platform';
import type { PageKey } from '../platform/types';
import { canonical } from './normalise';

/**
 * What a user taught: on this page, the item with this label in this section is this profile field. Kept in the
 * words the page showed, so the same page wording finds it again after a platform change.
 */
export interface FieldLink {
  page: PageKey;
  /** The section as the collector names it ('' for none, '?…' for a heading we do not know). */
  section: string;
  label: string;
  key: string;
}

/** The same page, section and label, whatever the spacing, width or punctuation. */
export const sameSpot = (a: Omit<FieldLink, 'key'>, b: Omit<FieldLink, 'key'>) =>
  a.page === b.page && a.section === b.section && canonical(a.label) === canonical(b.label);

/** The taught field of an item, if any. */
export function taughtKey(
  links: readonly FieldLink[],
  page: PageKey,
  item: { section: string; label: string },
): string | undefined {
  return links.find((l) => sameSpot(l, { page, section: item.section, label: item.label }))?.key;
}

/** Adds a link, replacing one for the same spot: a user who corrects a link means the new one. */
export function withLink(links: readonly FieldLink[], link: FieldLink): FieldLink[] {
  return [...links.filter((l) => !sameSpot(l, link)), link];
}

/** A profile field as the user reads it: 负责人信息 · 手机号码. */
export function fieldName(page: PageKey, key: string): string {
  const spec = PAGE_MAPS[page].fields.find((f) => f.key === key);
  return spec ? [spec.section, spec.labels[0]].filter(Boolean).join(' · ') : key;
}
