// Adapter to the shared rules (lib/rules) for the editor: every problem of a profile, by profile path
// (`people.0.idNo`, `websites.1.domain`). The popup asks the background, which runs the fill's own check.
import type { CheckProblem } from '../../lib/messaging/problems';
import type { Profile } from '../../lib/profile/schema';
import { checkRegionAgainstDivisions } from '../../lib/regions/divisions';
import { checkProfile } from '../../lib/rules/profile-check';

export type { CheckProblem };

/** Every problem of the profile. */
export function checkAll(profile: Profile, today: string): CheckProblem[] {
  return checkProfile(profile, today, { checkRegion: checkRegionAgainstDivisions }).map((p) => ({
    path: p.path,
    ...(p.section ? { section: p.section } : {}),
    ...((p as { where?: string }).where ? { where: (p as { where?: string }).where } : {}),
    field: p.field,
    severity: p.severity,
    message: p.message,
  }));
}
