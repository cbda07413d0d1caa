// New, copied and renamed profiles, people, websites and apps, with the schema's defaults.
import {
  type App,
  AppSchema,
  type Person,
  PersonSchema,
  type Profile,
  ProfileSchema,
  type Website,
  WebsiteSchema,
} from './schema';

export const newId = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export const nowIso = () => new Date().toISOString();

export const newPerson = (): Person => PersonSchema.parse({ id: newId('person') });

/** A new profile with one person who is the subject's 负责人. */
export function newProfile(displayName: string): Profile {
  const principal = newPerson();
  const now = nowIso();
  return ProfileSchema.parse({
    id: newId('profile'),
    displayName,
    createdAt: now,
    updatedAt: now,
    subject: { principalId: principal.id },
    people: [principal],
  });
}

export function newWebsite(principalId: string): Website {
  return WebsiteSchema.parse({ id: newId('site'), securityPersonId: principalId, emergencyPersonId: principalId });
}

export function newApp(principalId: string): App {
  return AppSchema.parse({ id: newId('app'), personId: principalId });
}

/** A copy with a new id and name; people, sites and apps keep their ids (they are scoped to the profile). */
export function duplicateProfile(p: Profile, displayName: string): Profile {
  const now = nowIso();
  return { ...structuredClone(p), id: newId('profile'), displayName, createdAt: now, updatedAt: now };
}

export { freeName } from './names';
