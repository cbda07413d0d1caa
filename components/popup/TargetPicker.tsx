// Which of the profile's websites or apps a 新办网站申请 / 新增APP page is filled from, by the name the user gave.
import type { ProfileSummary } from '../../lib/store/profile-commands';
import { t } from '../i18n';

export interface TargetPickerProps {
  kind: 'website' | 'app' | null;
  profile: ProfileSummary;
  value: string;
  onChange: (id: string) => void;
}

export function TargetPicker({ kind, profile, value, onChange }: TargetPickerProps) {
  if (!kind) return null;
  const list = kind === 'website' ? profile.websites : profile.apps;
  const name = kind === 'website' ? t('popup_website') : t('popup_app');
  const none = kind === 'website' ? t('popup_no_website') : t('popup_no_app');
  const id = `pick-${kind}`;
  return (
    <div class="row">
      <label for={id}>{name}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)} disabled={!list.length}>
        {list.length === 0 && <option value="">{none}</option>}
        {list.map((t) => (
          <option key={t.id} value={t.id}>
            {t.label}
          </option>
        ))}
      </select>
    </div>
  );
}
