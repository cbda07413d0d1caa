// 已教会的字段: what the user taught in the panel (这是…). Listed by page, each removable; the next fill of that page
// uses what is left. Listed and removed by the background (its one queue), followed live.
import { useEffect, useState } from 'preact/hooks';
import { type FieldLink, fieldName } from '../../lib/fill/links';
import { PAGE_MAPS } from '../../lib/platform';
import { removeLink, watchLinks } from '../data/links';
import { t } from '../i18n';

const pageTitle = (link: FieldLink) => {
  const map = PAGE_MAPS[link.page];
  return map.stepTitle ? `${map.title} · ${map.stepTitle}` : map.title;
};
const where = (link: FieldLink) => (link.section && !link.section.startsWith('?') ? `${link.section} · ` : '');

export function FieldLinksSection() {
  const [links, setLinks] = useState<FieldLink[] | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => watchLinks(setLinks), []);
  if (!links) return null;

  const remove = async (link: FieldLink) => {
    setMessage('');
    const result = await removeLink(link);
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
