// Adapter to the shared rules (lib/rules). The UI asks here for every problem of a profile, or for the problems
// one platform page would meet. Paths are profile paths (`people.0.idNo`, `websites.1.domain`).
import type { PageKey } from '../../lib/fieldmaps/types';
import type { CheckProblem } from '../../lib/messaging/problems';
import type { Profile } from '../../lib/profile/schema';
import { checkRegionAgainstDivisions } from '../../lib/regions/divisions';
import { checkProfile } from '../../lib/rules/profile-check';
import { missingForPage } from './required';

/** A problem as the UI lists it; `where` names the website or app it belongs to. */
export type UiProblem = CheckProblem & { where?: string };
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

export interface PageTarget {
  page: PageKey;
  websiteId?: string;
  appId?: string;
}

/** The profile paths a page draws from: the subject and 负责人, one website and its people, or one app. */
export function pathsForPage(profile: Profile, target: PageTarget): string[] {
  const personPath = (id: string) => {
    const i = profile.people.findIndex((p) => p.id === id);
    return i < 0 ? null : `people.${i}`;
  };
  const principal = personPath(profile.subject.principalId);
  const siteIdx = profile.websites.findIndex((w) => w.id === target.websiteId);
  const site = profile.websites[siteIdx];
  const appIdx = profile.apps.findIndex((a) => a.id === target.appId);
  const app = profile.apps[appIdx];
  switch (target.page) {
    case 'subject':
      return ['subject', ...(principal ? [principal] : [])];
    case 'website-1':
      return ['subject.nature', 'subject.unit.name', ...(principal ? [`${principal}.name`] : [])];
    case 'website-2':
      return site ? [`websites.${siteIdx}`] : [];
    case 'website-3':
      return site
        ? ([
            personPath(site.securityPersonId),
            personPath(site.emergencyPersonId),
            `websites.${siteIdx}.securityPersonId`,
            `websites.${siteIdx}.emergencyPersonId`,
          ].filter(Boolean) as string[])
        : [];
    case 'app':
      return app ? ([`apps.${appIdx}`, personPath(app.personId)].filter(Boolean) as string[]) : [];
  }
}

const under = (path: string, prefix: string) =>
  path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);

/** The problems a fill of `target` would meet, plus a problem when the page needs a website/app that is not chosen. */
export function checkForPage(profile: Profile, target: PageTarget, today: string): CheckProblem[] {
  const prefixes = pathsForPage(profile, target);
  const found = checkAll(profile, today).filter((p) => prefixes.some((pre) => under(p.path, pre)));
  if (prefixes.length) found.push(...missingForPage(profile, target));
  if ((target.page === 'website-2' || target.page === 'website-3') && !prefixes.length) {
    found.unshift({
      path: 'websites',
      section: '网站信息',
      field: '网站',
      severity: 'error',
      message: '请先选择要填写的网站（资料中还没有网站时请在编辑器中添加）',
    });
  }
  if (target.page === 'app' && !prefixes.length) {
    found.unshift({
      path: 'apps',
      section: 'APP信息',
      field: 'APP',
      severity: 'error',
      message: '请先选择要填写的APP（资料中还没有APP时请在编辑器中添加）',
    });
  }
  return found;
}

/** Problems at exactly this path (the field's own messages). */
export const problemsAt = (problems: readonly CheckProblem[], path: string) => problems.filter((p) => p.path === path);
