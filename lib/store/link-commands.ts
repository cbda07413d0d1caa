// The background's side of the taught fields: one store, one queue, for the panel's "这是…" and the editor's list.
import { FieldLinkSchema } from '../fill/link-schema';
import { type FieldLink, fieldName } from '../fill/links';
import { t } from '../i18n';
import type { LinksCommand, LinksResult } from '../messaging/protocol';
import type { FieldLinkStore } from './field-links';

const failed = (e: unknown) => ({ ok: false as const, message: e instanceof Error ? e.message : String(e) });

export function createLinkCommands(store: FieldLinkStore) {
  return {
    /** Remembers a link the user taught; says in Chinese what it will do, or why not. */
    async teach(raw: unknown): Promise<{ ok: boolean; message: string }> {
      const parsed = FieldLinkSchema.safeParse(raw);
      if (!parsed.success) return { ok: false, message: t('links_not_saved', t('links_incomplete')) };
      const link: FieldLink = parsed.data;
      try {
        await store.add(link);
        return {
          ok: true,
          message: t('links_saved', link.label, fieldName(link.page, link.key)),
        };
      } catch (e) {
        return { ok: false, message: t('links_not_saved', failed(e).message) };
      }
    },
    async run(command: LinksCommand): Promise<LinksResult> {
      try {
        if (command?.op === 'list') return { ok: true, links: await store.list() };
        if (command?.op === 'remove') return { ok: true, links: await store.remove(command.link) };
        if (command?.op === 'merge') return { ok: true, links: await store.merge(command.links) };
        return { ok: false, message: t('refuse_unknown_op') };
      } catch (e) {
        return failed(e);
      }
    },
    forPage: (page: FieldLink['page']) => store.forPage(page),
  };
}

export type LinkCommands = ReturnType<typeof createLinkCommands>;
