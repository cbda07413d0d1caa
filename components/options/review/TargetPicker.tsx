// Where the capture goes: a new profile or one of the profiles; then which website or app of it, and for each
// captured person which person of the profile (matched by ID number by default) or a new one.
import type { Draft } from '../../../lib/capture/draft';
import type { ReviewTarget } from '../../../lib/capture/review';
import { PERSON_ROLES } from '../../../lib/profile/labels';
import type { Profile } from '../../../lib/profile/schema';
import { t } from '../../i18n';

export function TargetPicker(props: {
  profiles: Profile[];
  draft: Draft;
  target: ReviewTarget;
  intoId: string | null;
  onInto(id: string | null): void;
  onTarget(t: ReviewTarget): void;
}) {
  const { draft, target } = props;
  const base = target.base;
  const hasSite = draft.website.length > 0 || draft.people.some((p) => p.roles.some((r) => r !== 'principal'));
  const hasApp = draft.app.length > 0;
  return (
    <section class="card review-target" aria-label={t('review_target')}>
      <label class="row">
        <span>{t('review_save_to')}</span>
        <select
          aria-label={t('review_save_to')}
          value={props.intoId ?? ''}
          onChange={(e) => props.onInto(e.currentTarget.value || null)}
        >
          <option value="">{t('review_into_new', props.intoId ? '…' : base.displayName)}</option>
          {props.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {t('review_merge_into', p.displayName)}
            </option>
          ))}
        </select>
      </label>
      {!target.isNew && hasSite && (
        <label class="row">
          <span>{t('popup_website')}</span>
          <select
            aria-label={t('popup_website')}
            value={target.websiteId ?? ''}
            onChange={(e) => props.onTarget({ ...target, websiteId: e.currentTarget.value || null })}
          >
            <option value="">{t('review_new_website')}</option>
            {base.websites.map((w) => (
              <option key={w.id} value={w.id}>
                {w.siteName || w.domain || t('review_unnamed_website')}
              </option>
            ))}
          </select>
        </label>
      )}
      {!target.isNew && hasApp && (
        <label class="row">
          <span>{t('popup_app')}</span>
          <select
            aria-label={t('popup_app')}
            value={target.appId ?? ''}
            onChange={(e) => props.onTarget({ ...target, appId: e.currentTarget.value || null })}
          >
            <option value="">{t('review_new_app')}</option>
            {base.apps.map((a) => (
              <option key={a.id} value={a.id}>
                {a.appName || a.packageName || t('review_unnamed_app')}
              </option>
            ))}
          </select>
        </label>
      )}
      {!target.isNew &&
        draft.people.map((p, i) => {
          const roles = p.roles.map((r) => PERSON_ROLES[r].prefix).join('、');
          const name = String(p.fields.get('name')?.value ?? '');
          return (
            <label class="row" key={roles}>
              <span>
                {roles}「{name}」
              </span>
              <select
                aria-label={t('review_person_for', roles)}
                value={target.people[i] ?? ''}
                onChange={(e) => {
                  const people = [...target.people];
                  people[i] = e.currentTarget.value || null;
                  props.onTarget({ ...target, people });
                }}
              >
                <option value="">{t('review_new_person')}</option>
                {base.people.map((q) => (
                  <option key={q.id} value={q.id}>
                    {q.name || t('review_no_name')}
                    {q.idNo ? t('review_id_tail', q.idNo.slice(-4)) : ''}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
    </section>
  );
}
