// 已教会的字段: what the user taught in the panel (这是…). Listed by page, each removable; the next fill of that page
// uses what is left. Listed and removed by the background (its one queue), followed live.
import { useEffect, useState } from 'preact/hooks';
import { type FieldLink, fieldName } from '../../lib/fill/links';
import { PAGE_MAPS } from '../../lib/platform';
import { removeLink, watchLinks } from '../data/links';

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
    <section class="links-section" aria-label="已教会的字段">
      <details>
        <summary>已教会的字段（{links.length}）</summary>
        {links.length === 0 ? (
          <p class="hint">
            在页面上的公安备案填表助手面板中，对认不出的必填项点“这是…”，选中对应的资料项，下次填充时就会使用。
          </p>
        ) : (
          <ul>
            {links.map((l) => (
              <li key={`${l.page}|${l.section}|${l.label}`}>
                <span class="where">{pageTitle(l)}</span>
                <span>
                  {where(l)}「{l.label}」→ {fieldName(l.page, l.key)}
                </span>
                <button type="button" class="link" aria-label={`删除「${l.label}」`} onClick={() => void remove(l)}>
                  删除
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
