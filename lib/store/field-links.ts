// The fields users taught (这是…): local, versioned, validated; never sealed, since they hold the page's words and
// a profile key, not profile data.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { type FieldLink, withLink } from '../fill/links';
import { PAGE_MAPS } from '../platform';
import type { PageKey } from '../platform/types';

export const FIELD_LINKS_KEY = 'local:fieldLinks';
export const FIELD_LINKS_VERSION = 1;
/** Enough for every field of every page twice over; a list past it is a fault, not use. */
export const MAX_FIELD_LINKS = 300;

const PAGES = Object.keys(PAGE_MAPS) as [PageKey, ...PageKey[]];

export const FieldLinkSchema = z.object({
  page: z.enum(PAGES),
  section: z.string().max(60),
  label: z.string().min(1).max(60),
  key: z.string().min(1).max(80),
});

/** Keeps only links to fields that exist on their page: a link to a field a newer build dropped does nothing. */
export function validLinks(raw: unknown): FieldLink[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r) => {
    const parsed = FieldLinkSchema.safeParse(r);
    if (!parsed.success) return [];
    const link = parsed.data;
    return PAGE_MAPS[link.page].fields.some((f) => f.key === link.key) ? [link] : [];
  });
}

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
        if (!PAGE_MAPS[parsed.page].fields.some((f) => f.key === parsed.key)) throw new Error('该页面没有这个资料项');
        const next = withLink(await list(), parsed);
        if (next.length > MAX_FIELD_LINKS) throw new Error(`已教会的字段最多 ${MAX_FIELD_LINKS} 个，请先删除一些`);
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
