// The fields users taught (这是…): local, versioned, validated; never sealed, since they hold the page's words and
// a profile key, not profile data.
import { storage } from 'wxt/utils/storage';
import { FieldLinkSchema, mergeLinks, pageHasField, validLinks } from '../fill/link-schema';
import { type FieldLink, withLink } from '../fill/links';
import { t, uiError } from '../i18n';
import type { PageKey } from '../platform/types';

export const FIELD_LINKS_KEY = 'local:fieldLinks' as const;
export const FIELD_LINKS_VERSION = 1;
/** Enough for every field of every page twice over; a list past it is a fault, not use. */
export const MAX_FIELD_LINKS = 300;

export function createFieldLinkStore() {
  const item = storage.defineItem<unknown[]>(FIELD_LINKS_KEY, { fallback: [], version: FIELD_LINKS_VERSION });
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const run = queue.then(fn, fn);
    queue = run.catch(() => undefined);
    return run;
  };
  const list = async () => validLinks(await item.getValue());
  return {
    list,
    forPage: async (page: PageKey) => (await list()).filter((l) => l.page === page),
    add: (link: FieldLink) =>
      exclusive(async () => {
        const parsed = FieldLinkSchema.parse(link);
        if (!pageHasField(parsed.page, parsed.key)) throw uiError(new Error(t('links_no_field')));
        const next = withLink(await list(), parsed);
        if (next.length > MAX_FIELD_LINKS) throw uiError(new Error(t('links_too_many', MAX_FIELD_LINKS)));
        await item.setValue(next);
        return next;
      }),
    remove: (link: Omit<FieldLink, 'key'>) =>
      exclusive(async () => {
        const next = (await list()).filter(
          (l) => !(l.page === link.page && l.section === link.section && l.label === link.label),
        );
        await item.setValue(next);
        return next;
      }),
    /** Adds the links of an import file; the list stays as it was if the result would be too long. */
    merge: (links: readonly FieldLink[]) =>
      exclusive(async () => {
        const next = mergeLinks(await list(), validLinks(links));
        if (next.length > MAX_FIELD_LINKS) throw uiError(new Error(t('links_too_many', MAX_FIELD_LINKS)));
        await item.setValue(next);
        return next;
      }),
    /** Replaces the whole list (import); all or nothing. */
    replace: (links: readonly FieldLink[]) =>
      exclusive(async () => {
        const next = validLinks(links).slice(0, MAX_FIELD_LINKS);
        await item.setValue(next);
        return next;
      }),
    watch: (cb: (links: FieldLink[]) => void) => item.watch((v) => cb(validLinks(v))),
  };
}

export type FieldLinkStore = ReturnType<typeof createFieldLinkStore>;
