// The taught links as stored and exported, checked with zod. Apart from links.ts so the content script, which
// only matches with links, does not carry zod.
import { z } from 'zod';
import { PAGE_MAPS } from '../platform';
import type { PageKey } from '../platform/types';
import { type FieldLink, withLink } from './links';

const PAGES = Object.keys(PAGE_MAPS) as [PageKey, ...PageKey[]];

/** A link as stored and exported; the page's words are bounded like any text the page controls. */
export const FieldLinkSchema = z.object({
  page: z.enum(PAGES),
  section: z.string().max(60),
  label: z.string().min(1).max(60),
  key: z.string().min(1).max(80),
});

/** Whether the page has this profile field at all. */
export const pageHasField = (page: PageKey, key: string) => PAGE_MAPS[page].fields.some((f) => f.key === key);

/** Keeps only links to fields that exist on their page: a link to a field a newer build dropped does nothing. */
export function validLinks(raw: unknown): FieldLink[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = FieldLinkSchema.safeParse(r);
    return parsed.success && pageHasField(parsed.data.page, parsed.data.key) ? [parsed.data] : [];
  });
}

/** Adds every link of `more` (an import): the newer link wins for the same spot. */
export const mergeLinks = (links: readonly FieldLink[], more: readonly FieldLink[]) =>
  more.reduce(withLink, [...links]);
