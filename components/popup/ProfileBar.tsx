// The profiles in the popup: pick the active one (当前资料), and the shared actions (新建, 重命名, 复制, 删除).
import type { CommandResult, ProfileCommand, ProfileSummary } from '../../lib/store/profile-commands';
import { ProfileActions } from '../common/ProfileActions';
import { t } from '../i18n';

export interface ProfileBarProps {
  profiles: ProfileSummary[];
  active: ProfileSummary | null;
  run(command: ProfileCommand): Promise<CommandResult>;
}

export function ProfileBar({ profiles, active, run }: ProfileBarProps) {
  return (
    <section class="profile-bar" aria-label={t('popup_profiles_region')}>
      {profiles.length > 0 ? (
        <div class="row">
          <label for="active-profile">{t('popup_current_profile')}</label>
          <select
            id="active-profile"
            value={active?.id ?? ''}
            onChange={(e) => void run({ op: 'set-active', id: e.currentTarget.value })}
          >
            {profiles.map((p) => (
              <option key={p.id} value={p.id}>
                {p.displayName}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <p class="empty">{t('popup_no_profile')}</p>
      )}
      <ProfileActions profile={active} names={profiles.map((p) => p.displayName)} run={run} />
    </section>
  );
}
