// Every problem of a whole profile at once, for the popup ("can I fill?") and the options editor.
// Format rules come from FIELD_RULES; this file adds what needs the whole profile: references between people,
// websites and apps, duplicate ids, and (when the caller passes the region data) region names against codes.

import { t } from '../i18n';
import { SECTION } from '../platform/names';
import { PERSON_ROLES, type PersonRole } from '../profile/labels';
import type { Profile, Region } from '../profile/schema';
import { resolveScopes, type Scopes, valueAt } from '../profile/scopes';
import { DERIVED_KEYS, FIELD_RULES, validateField } from './field-rules';
import { type At, error, type Problem } from './problem';

export interface CheckOptions {
  /** Names ↔ codes against the division data. Passed in (from lib/regions) so this module stays data-free. */
  checkRegion?: (region: Region, at: At) => Problem[];
}

const RULES_BY_SCOPE = new Map<string, string[]>();
for (const key of Object.keys(FIELD_RULES)) {
  if (DERIVED_KEYS.has(key)) continue;
  const scope = key.slice(0, key.indexOf('.'));
  RULES_BY_SCOPE.set(scope, [...(RULES_BY_SCOPE.get(scope) ?? []), key]);
}

const isRegion = (v: unknown): v is Region =>
  typeof v === 'object' && v !== null && Array.isArray((v as Region).codes) && Array.isArray((v as Region).names);

export function checkProfile(profile: Profile, today: string, opts: CheckOptions = {}): Problem[] {
  const out: Problem[] = [];

  /** Runs every rule of a scope; `pathOf` maps the field part of the key to the profile path. */
  const runScope = (scope: string, scopes: Partial<Scopes>, pathOf: (field: string) => string, where?: string) => {
    for (const key of RULES_BY_SCOPE.get(scope) ?? []) {
      const field = key.slice(scope.length + 1);
      const value = valueAt(scopes, key);
      const path = pathOf(field);
      const found = validateField(key, value, { today, scopes, path });
      const rule = FIELD_RULES[key];
      if (opts.checkRegion && isRegion(value) && value.codes.length > 0 && rule && !found.length) {
        found.push(
          ...opts.checkRegion(value, { path, field: rule.label }).map((p) => ({ ...p, section: rule.section, key })),
        );
      }
      out.push(...found.map((p) => (where ? { ...p, where } : p)));
    }
  };

  const dangling = (path: string, field: string, section: string, id: string, where?: string) =>
    out.push({
      ...error({ path, field }, `${field}引用的人员（${id}）不存在，请重新选择`, `${field}: person ${id} not found`),
      section,
      ...(where ? { where } : {}),
    });

  duplicateIds(profile, out);

  const personIndex = new Map(profile.people.map((p, i) => [p.id, i]));
  const checked = new Set<string>();
  const runPerson = (role: PersonRole, scopes: Partial<Scopes>, where?: string) => {
    const person = scopes[role];
    if (!person || checked.has(person.id)) return;
    checked.add(person.id);
    const i = personIndex.get(person.id);
    runScope(role, scopes, (f) => `people.${i}.${f}`, where);
  };

  const base = resolveScopes(profile);
  runScope('subject', base, (f) => `subject.${f}`);
  if (profile.subject.nature === 'unit') runScope('unit', base, (f) => `subject.unit.${f}`);
  if (profile.subject.principalId === '') {
    out.push({
      ...error(
        { path: 'subject.principalId', field: '负责人' },
        '未指定负责人，请在人员中选择开办主体的负责人',
        'no 负责人 chosen',
      ),
      section: PERSON_ROLES.principal.section,
    });
  } else if (!base.principal) {
    dangling('subject.principalId', '负责人', PERSON_ROLES.principal.section, profile.subject.principalId);
  }
  runPerson('principal', base);

  profile.websites.forEach((w, j) => {
    const where = `${t('target_website_n', j + 1)}「${w.siteName || w.domain || w.id}」`;
    const scopes = resolveScopes(profile, { websiteId: w.id });
    runScope('website', scopes, (f) => `websites.${j}.${f}`, where);
    for (const [role, idField] of [
      ['security', 'securityPersonId'],
      ['emergency', 'emergencyPersonId'],
    ] as const) {
      if (w[idField] && !scopes[role]) {
        dangling(`websites.${j}.${idField}`, PERSON_ROLES[role].prefix, PERSON_ROLES[role].section, w[idField], where);
      }
      runPerson(role, scopes, where);
    }
  });

  profile.apps.forEach((a, k) => {
    const where = `${t('target_app_n', k + 1)}「${a.appName || a.id}」`;
    const scopes = resolveScopes(profile, { appId: a.id });
    runScope('app', scopes, (f) => `apps.${k}.${f}`, where);
    if (a.personId && !scopes.appPerson) {
      dangling(`apps.${k}.personId`, PERSON_ROLES.appPerson.prefix, PERSON_ROLES.appPerson.section, a.personId, where);
    }
    runPerson('appPerson', scopes, where);
  });

  return out;
}

function duplicateIds(profile: Profile, out: Problem[]) {
  for (const [list, label, section] of [
    [profile.people, '人员', SECTION.principal],
    [profile.websites, '网站', SECTION.site],
    [profile.apps, 'APP', SECTION.app],
  ] as const) {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) {
        out.push({
          ...error(
            { path: `${labelPath(label)}.${i}.id`, field: `${label}编号` },
            `${label}编号“${x.id}”重复`,
            `${label} id “${x.id}” is used twice`,
          ),
          section,
        });
      }
      seen.add(x.id);
    });
  }
}

const labelPath = (label: string) => (label === '人员' ? 'people' : label === '网站' ? 'websites' : 'apps');
