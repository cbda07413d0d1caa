// 已教会的字段: what the user taught in the panel (这是…). Listed by page, each removable; the next fill of that page
// uses what is left. Reads the list directly (and follows it live); removals go through the background's queue.
import { useEffect, useState } from 'preact/hooks';
import { type FieldLink, fieldName } from '../../lib/fill/links';
import { sendMessage } from '../../lib/messaging/protocol';
import { PAGE_MAPS } from '../../lib/platform';
import { createFieldLinkStore } from '../../lib/store/field-links';
import { t } from '../i18n';

const pageTitle = (link: FieldLink) => {
  const map = PAGE_MAPS[link.page];
  return map.stepTitle ? `${map.title} · ${map.stepTitle}` : map.title;
};
const where = (link: FieldLink) => (link.section && !link.section.startsWith('?') ? `${link.section} · ` : '');

export function FieldLinksSection() {
  const [links, setLinks] = useState<FieldLink[] | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const store = createFieldLinkStore();
    void store.list().then(setLinks);
    return store.watch(setLinks);
  }, []);
  if (!links) return null;

  const remove = async (link: FieldLink) => {
    setMessage('');
    const result = await sendMessage('bg:links', { op: 'remove', link }).catch((e: Error) => ({
      ok: false as const,
      message: t('links_remove_failed', e.message),
    }));
    if (result.ok) setLinks(result.links);
    else setMessage(result.message);
  };

  return (
    <section class="links-section" aria-label={t('links_title')}>
      <details>
        <summary>{t('links_title_n', links.length)}</summary>
        {links.length === 0 ? (
          <p class="hint">{t('links_lead')}</p>
        ) : (
          <ul>
            {links.map((l) => (
              <li key={`${l.page}|${l.section}|${l.label}`}>
                <span class="where">{pageTitle(l)}</span>
                <span>
                  {where(l)}「{l.label}」→ {fieldName(l.page, l.key)}
                </span>
                <button
                  type="button"
                  class="link"
                  aria-label={t('links_remove', l.label)}
                  onClick={() => void remove(l)}
                >
                  {t('ui_delete')}
                </button>
              </li>
            ))}
          </ul>
        )}
        {message && (
          <p class="error" role="alert">
            {message}
          </p>
        )}
      </details>
    </section>
  );
}
