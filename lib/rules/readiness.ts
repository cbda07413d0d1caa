// "Is this profile ready for page X?": the field maps (lib/platform) say which fields a page or wizard step has,
// which are required and when they apply; FIELD_RULES say whether each value is right. One call, every problem.
// An empty required field is a warning (the fill leaves it for the user); a wrong value is an error.

import { conditionHolds } from '../fill/match';
import { buildPayloadValues } from '../fill/payload';
import { PAGE_MAPS } from '../platform';
import { SECTION } from '../platform/names';
import type { PageKey } from '../platform/types';
import { PERSON_ROLES, type PersonRole } from '../profile/labels';
import type { Profile, Region } from '../profile/schema';
import { resolveScopes, type ScopeSelection, type Scopes, storedValue } from '../profile/scopes';
import { FIELD_RULES, validateField } from './field-rules';
import { error, type Problem, warning } from './problem';
import type { CheckOptions } from './profile-check';

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && 'codes' in v && (v as Region).codes.length === 0);

const isRegion = (v: unknown): v is Region =>
  typeof v === 'object' && v !== null && Array.isArray((v as Region).codes) && Array.isArray((v as Region).names);

/** The profile path of a payload key, so the editor can jump to the field. */
function profilePath(profile: Profile, s: Scopes, key: string): string {
  const dot = key.indexOf('.');
  const scope = key.slice(0, dot);
  const rest = key.slice(dot + 1);
  if (scope === 'subject') return key === 'subject.name' ? 'subject.unit.name' : key;
  if (scope === 'unit') return `subject.unit.${rest}`;
  if (scope === 'website') {
    const i = profile.websites.findIndex((w) => w.id === s.website?.id);
    return `websites.${i}.${rest === 'certRange' ? 'certEnd' : rest}`;
  }
  if (scope === 'app') return `apps.${profile.apps.findIndex((a) => a.id === s.app?.id)}.${rest}`;
  const person = s[scope as PersonRole];
  return `people.${profile.people.findIndex((p) => p.id === person?.id)}.${rest}`;
}

export function checkReadiness(
  profile: Profile,
  page: PageKey,
  target: ScopeSelection,
  today: string,
  opts: CheckOptions = {},
): Problem[] {
  const map = PAGE_MAPS[page];
  const s = resolveScopes(profile, target);
  const out: Problem[] = [];
  const scopesUsed = new Set(map.fields.map((f) => f.key.slice(0, f.key.indexOf('.'))));

  // A page that needs a website, an app or a person the profile cannot supply: say so once, not per field.
  const absent = new Set<string>();
  const need = (scope: string, ok: unknown, field: string, zh: string, en: string, section: string) => {
    if (!scopesUsed.has(scope) || ok) return;
    absent.add(scope);
    out.push({ ...error({ path: scope, field }, zh, en), section, key: scope });
  };
  need('website', s.website, '网站', '请先选择要填写的网站', 'choose the website to fill first', SECTION.site);
  need('app', s.app, 'APP', '请先选择要填写的 APP', 'choose the APP to fill first', SECTION.app);
  for (const role of Object.keys(PERSON_ROLES) as PersonRole[]) {
    const { prefix, section } = PERSON_ROLES[role];
    const owner = role === 'security' || role === 'emergency' ? s.website : role === 'appPerson' ? s.app : true;
    if (owner)
      need(
        role,
        s[role],
        prefix,
        `未指定${prefix}，或所选人员已被删除`,
        `no ${prefix} chosen, or that person was deleted`,
        section,
      );
    else if (scopesUsed.has(role)) absent.add(role);
  }

  // `when` compares with what the page will show (单位/个人, 是/否): the same values and test the fill uses.
  const shown = buildPayloadValues(map, s);
  for (const spec of map.fields) {
    const scope = spec.key.slice(0, spec.key.indexOf('.'));
    if (absent.has(scope) || !conditionHolds(spec, shown)) continue;
    const rule = FIELD_RULES[spec.key];
    const value = storedValue(s, spec.key);
    const path = profilePath(profile, s, spec.key);
    const field = rule?.label ?? spec.labels[0] ?? spec.key;
    const section = spec.section || map.title;
    if (isEmpty(value)) {
      if (spec.required && typeof value !== 'boolean') {
        out.push({ ...warning({ path, field }, `${field}未填写`, `${field} is empty`), section, key: spec.key });
      }
      continue;
    }
    if (!rule) continue;
    const found = validateField(spec.key, value, { today, scopes: s, path });
    // A cascader may hold a region or another path (网站类型): only regions are checked against the divisions.
    if (!found.length && opts.checkRegion && isRegion(value)) {
      found.push(...opts.checkRegion(value, { path, field }).map((p) => ({ ...p, key: spec.key })));
    }
    out.push(...found.map((p) => ({ ...p, section })));
  }
  return out;
}
