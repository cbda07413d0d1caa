// The payload scopes the field maps and FIELD_RULES speak in, resolved from one profile.
import type { App, Person, Profile, Subject, Unit, Website } from './schema';

export interface Scopes {
  subject: Subject;
  unit: Unit;
  /** The subject's 负责人. */
  principal: Person | undefined;
  website: Website | undefined;
  /** The site's 安全负责人 / 应急联络人: the 负责人 when the website leaves the id empty. */
  security: Person | undefined;
  emergency: Person | undefined;
  app: App | undefined;
  /** The app's 负责人: the subject's 负责人 when the app leaves the id empty. */
  appPerson: Person | undefined;
}

export type ScopeName = keyof Scopes;

export interface ScopeSelection {
  websiteId?: string;
  appId?: string;
}

const byId = <T extends { id: string }>(list: readonly T[], id: string | undefined) =>
  id ? list.find((x) => x.id === id) : undefined;

export function resolveScopes(profile: Profile, sel: ScopeSelection = {}): Scopes {
  const principal = byId(profile.people, profile.subject.principalId);
  // An explicit id that no longer exists stays undefined (the check reports it) rather than silently meaning 负责人.
  const person = (id: string | undefined) => (id ? byId(profile.people, id) : principal);
  const website = byId(profile.websites, sel.websiteId);
  const app = byId(profile.apps, sel.appId);
  return {
    subject: profile.subject,
    unit: profile.subject.unit,
    principal,
    website,
    security: website ? person(website.securityPersonId) : undefined,
    emergency: website ? person(website.emergencyPersonId) : undefined,
    app,
    appPerson: app ? person(app.personId) : undefined,
  };
}

/** The value at a payload key (`website.access.name`), or undefined when the scope or field is absent. */
export function valueAt(scopes: Partial<Scopes>, key: string): unknown {
  const [scope, ...rest] = key.split('.');
  let v: unknown = scopes[scope as ScopeName];
  for (const part of rest) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, part)) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/** The stored value for a payload key, including the keys the field maps derive from several fields. */
export function storedValue(s: Scopes, key: string): unknown {
  if (key === 'subject.name') return s.subject.nature === 'unit' ? s.unit.name : s.principal?.name;
  if (key === 'website.certRange') {
    return s.website?.certStart && s.website.certEnd ? [s.website.certStart, s.website.certEnd] : undefined;
  }
  return valueAt(s, key);
}
