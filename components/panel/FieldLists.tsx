import { useEffect, useState } from 'preact/hooks';
import type { FieldLink } from '../../lib/fill/links';
import type { MissingField, Suggestion } from '../../lib/fill/types';
import { t } from '../i18n';
import { trusted } from './trusted';

/** A page item and the profile field the user says it is: the panel adds the page and sends it for checking. */
export type Taught = Omit<FieldLink, 'page'>;

const where = (section: string) => (section && !section.startsWith('?') ? `${section} · ` : '');

/** Fields the engine could not prove; 是 teaches the link, which the next fill uses. */
export function SuggestionList(props: { suggestions: Suggestion[]; onTeach(link: Taught, at: MouseEvent): void }) {
  if (props.suggestions.length === 0) return null;
  return (
    <ul class="problems" aria-label={t('panel_suggestions')}>
      {props.suggestions.map((g) => (
        <li key={g.key} class="warning">
          {where(g.section)}
          {t('panel_suggestion', g.label, g.field)}{' '}
          <button
            type="button"
            class="link"
            title={t('panel_remember_hint', g.label, g.field)}
            onClick={trusted<MouseEvent>((e) => props.onTeach({ section: g.section, label: g.label, key: g.key }, e))}
          >
            {t('panel_remember')}
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Required fields still empty; each can be jumped to, and one we could not match can be taught (这是…). */
export function MissingList(props: {
  missing: MissingField[];
  marking: boolean;
  onMark(on: boolean): void;
  onFocus(index: number): void;
  onTeach(link: Taught, at: MouseEvent): void;
  /** The last fill's report: a fill that left required fields empty opens the list (folded before that). */
  report?: unknown;
}) {
  const [open, setOpen] = useState<number | null>(null);
  const [listed, setListed] = useState(false);
  useEffect(() => {
    if (props.report && props.missing.length > 0) setListed(true);
  }, [props.report]);
  return (
    <div class="missing">
      <label class="check">
        <input
          type="checkbox"
          checked={props.marking}
          onClick={(e) => {
            if (!e.isTrusted) e.preventDefault();
          }}
          onChange={trusted<Event>(
            (e) => props.onMark((e.currentTarget as HTMLInputElement).checked),
            (e) => {
              (e.currentTarget as HTMLInputElement).checked = props.marking;
            },
          )}
        />
        {t('panel_mark')}
      </label>
      {props.missing.length === 0 ? (
        <p class="ok">✔ {t('popup_report_no_missing')}</p>
      ) : (
        <details open={listed} onToggle={(e) => setListed((e.currentTarget as HTMLDetailsElement).open)}>
          <summary>{t('popup_report_missing', props.missing.length)}</summary>
          <ul aria-label={t('panel_missing')}>
            {props.missing.map((m) => (
              <li key={m.index}>
                <button type="button" class="link" onClick={trusted(() => props.onFocus(m.index))}>
                  {where(m.section)}
                  {m.label}
                </button>
                {m.likely && m.likely.length > 0 && (
                  <button
                    type="button"
                    class="link teach"
                    aria-expanded={open === m.index}
                    aria-label={t('panel_teach_label', m.label)}
                    onClick={trusted(() => setOpen(open === m.index ? null : m.index))}
                  >
                    {t('panel_teach')}
                  </button>
                )}
                {open === m.index && m.likely && (
                  <ul class="choices" aria-label={t('panel_teach_which', m.label)} title={t('panel_teach_hint')}>
                    {m.likely.map((l) => (
                      <li key={l.key}>
                        <button
                          type="button"
                          class="link"
                          onClick={trusted<MouseEvent>((e) => {
                            setOpen(null);
                            props.onTeach({ section: m.sectionKey, label: m.label, key: l.key }, e);
                          })}
                        >
                          {l.field}
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
