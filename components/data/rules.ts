// Adapter to the shared rules (lib/rules) for the editor: every problem of a profile, by profile path
// (`people.0.idNo`, `websites.1.domain`). The popup asks the background, which runs the fill's own check.
import type { CheckProblem } from '../../lib/messaging/problems';
import { type Profile, ProfileSchema } from '../../lib/profile/schema';
import { checkRegionAgainstDivisions } from '../../lib/regions/divisions';
import { inUiLanguage } from '../../lib/rules/problem';
import { checkProfile } from '../../lib/rules/profile-check';
import { describeProfilePath } from '../../lib/transfer/path-label';
import { t } from '../i18n';

export type { CheckProblem };

/**
 * What the schema itself refuses in the text the user typed (control or bidi characters, only invisible ones, a
 * name too long): the save would fail, so the field says why.
 */
export function textProblems(profile: Profile): CheckProblem[] {
  const r = ProfileSchema.safeParse(profile);
  if (r.success) return [];
  return r.error.issues
    .filter((i) => i.code === 'custom')
    .map((i) => {
      const field = describeProfilePath(i.path);
      return {
        path: i.path.join('.'),
        field,
        severity: 'error' as const,
        message: t('text_problem_at', field, i.message),
      };
    });
}

/** Every problem of the profile. */
export function checkAll(profile: Profile, today: string): (CheckProblem & { complete?: true })[] {
  return [...textProblems(profile), ...checkProfileProblems(profile, today)];
}

function checkProfileProblems(profile: Profile, today: string): (CheckProblem & { complete?: true })[] {
  return checkProfile(profile, today, { checkRegion: checkRegionAgainstDivisions })
    .map(inUiLanguage)
    .map((p) => ({
      path: p.path,
      ...(p.section ? { section: p.section } : {}),
      ...((p as { where?: string }).where ? { where: (p as { where?: string }).where } : {}),
      field: p.field,
      severity: p.severity,
      message: p.message,
      ...(p.complete ? { complete: p.complete } : {}),
    }));
}
