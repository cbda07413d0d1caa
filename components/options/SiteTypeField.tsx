// 网站类型: one choice of category and sub-category together, as the platform's cascader takes it, so the editor
// never holds a category without its sub-category. Options grouped by category (网络基础类A …, 其他Z).
import { isSiteSubType, SITE_CATEGORIES, SITE_TYPES, type SiteCategory } from '../../lib/profile/options';
import type { SiteType } from '../../lib/profile/schema';
import { Field } from '../common/Field';
import { t } from '../i18n';

const SEP = '\u001f';
const encode = ([category, sub]: SiteType) => `${category}${SEP}${sub}`;
function decode(value: string): SiteType | undefined {
  const [category, sub] = value.split(SEP);
  return category && sub && category in SITE_TYPES ? [category as SiteCategory, sub] : undefined;
}

interface Props {
  path: string;
  value: SiteType | undefined;
  onChange: (value: SiteType | undefined) => void;
}

export function SiteTypeField({ path, value, onChange }: Props) {
  // A value from an imported file that the list does not know stays visible (the check names it) until changed.
  const unknown = value && !isSiteSubType(value[0], value[1]) ? value : undefined;
  return (
    <Field label="网站类型" path={path} required hint={t('site_type_hint')}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          value={value ? encode(value) : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid}
          onChange={(e) => onChange(decode(e.currentTarget.value))}
        >
          <option value="">{t('ui_choose')}</option>
          {unknown && (
            <option value={encode(unknown)}>
              {t('site_type_unknown', `${SITE_TYPES[unknown[0]].label} / ${unknown[1]}`)}
            </option>
          )}
          {SITE_CATEGORIES.map((category) => (
            <optgroup key={category} label={SITE_TYPES[category].label}>
              {SITE_TYPES[category].subs.map((sub) => (
                <option key={sub} value={encode([category, sub])}>
                  {`${SITE_TYPES[category].label} / ${sub}`}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </Field>
  );
}
