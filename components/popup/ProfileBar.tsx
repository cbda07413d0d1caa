// The profiles in the popup: pick the active one (当前资料), and the shared actions (新建, 重命名, 复制, 删除).
import type { CommandResult, ProfileCommand, ProfileSummary } from '../../lib/store/profile-commands';
import { ProfileActions } from '../common/ProfileActions';

export interface ProfileBarProps {
  profiles: ProfileSummary[];
  active: ProfileSummary | null;
  run(command: ProfileCommand): Promise<CommandResult>;
}

export function ProfileBar({ profiles, active, run }: ProfileBarProps) {
  return (
    <section class="profile-bar" aria-label="资料">
      {profiles.length > 0 ? (
        <div class="row">
          <label for="active-profile">当前资料</label>
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
        <p class="empty">还没有资料。新建一份，或在资料编辑器中导入。</p>
      )}
      <ProfileActions profile={active} names={profiles.map((p) => p.displayName)} run={run} />
    </section>
  );
}
