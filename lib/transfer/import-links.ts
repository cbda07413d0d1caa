// The taught fields (这是…) an import file brings. They hold page words and field keys, no profile data: they are
// added after the profiles, and a failure here does not undo the profiles; it is said instead.
import { validLinks } from '../fill/link-schema';
import type { FieldLink } from '../fill/links';
import { t } from '../i18n';

export interface LinkTarget {
  /** Adds the file's taught fields; without it they are left out. */
  mergeLinks?(links: readonly FieldLink[]): Promise<unknown>;
}

export interface LinksOutcome {
  added: number;
  /** Why they could not be kept (the profiles are saved). */
  failed?: string;
}

/** The file's links that name a field of their page; the others would do nothing and are dropped. */
export const fileLinks = (raw: readonly unknown[]): FieldLink[] => validLinks(raw);

export async function importLinks(links: readonly FieldLink[], target: LinkTarget): Promise<LinksOutcome> {
  if (links.length === 0 || !target.mergeLinks) return { added: 0 };
  try {
    await target.mergeLinks(links);
    return { added: links.length };
  } catch (e) {
    return { added: 0, failed: t('import_links_failed', (e as Error).message) };
  }
}
