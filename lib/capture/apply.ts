// Applies the rows the user kept to a copy of the target profile. Nothing is written here: the options page saves
// the result with the editor's own atomic save.
import { newApp, newPerson, newWebsite } from '../profile/factory';
import type { App, Profile, Website } from '../profile/schema';
import type { Draft } from './draft';
import { setAt } from './paths';
import type { ReviewRow, ReviewTarget } from './review-types';

export interface Applied {
  profile: Profile;
  websiteId?: string;
  appId?: string;
  /** Per draft person, the id it has in the result (undefined when none of its rows was kept). */
  personIds: (string | undefined)[];
}

/** The website and app of the profile the capture merges into (undefined: a new one). */
export function targetsOf(p: Profile, target: Pick<ReviewTarget, 'websiteId' | 'appId'>) {
  return {
    website: target.websiteId ? p.websites.find((w) => w.id === target.websiteId) : undefined,
    app: target.appId ? p.apps.find((a) => a.id === target.appId) : undefined,
  };
}

export function applyReview(
  draft: Draft,
  target: ReviewTarget,
  rows: readonly ReviewRow[],
  accepted: ReadonlySet<string>,
  now: string,
): Applied {
  const profile = structuredClone(target.base);
  const kept = rows.filter((r) => accepted.has(r.id) && r.storable);
  const personIds = draft.people.map((_, index) => {
    const id = target.people[index];
    if (id && profile.people.some((p) => p.id === id)) return id;
    const used = kept.some((r) => (r.target.slot === 'person' || r.target.slot === 'link') && r.target.index === index);
    if (!used) return undefined;
    const person = newPerson();
    profile.people.push(person);
    return person.id;
  });
  for (const r of kept) {
    const t = r.target;
    if (t.slot === 'subject') setAt(profile.subject, t.path, r.value);
    else if (t.slot === 'unit') setAt(profile.subject.unit, t.path, r.value);
    else if (t.slot === 'person') {
      const person = profile.people.find((p) => p.id === personIds[t.index]);
      if (person) setAt(person, t.path, r.value);
    } else if (t.slot === 'link' && t.role === 'principal') profile.subject.principalId = personIds[t.index] ?? '';
  }
  const { website: oldSite, app: oldApp } = targetsOf(profile, target);
  let website: Website | undefined = oldSite;
  let app: App | undefined = oldApp;
  const wants = (slot: 'website' | 'app', roles: string[]) =>
    kept.some((r) => r.target.slot === slot || (r.target.slot === 'link' && roles.includes(r.target.role)));
  if (!website && wants('website', ['security', 'emergency'])) {
    website = newWebsite(profile.subject.principalId);
    profile.websites.push(website);
  }
  if (!app && wants('app', ['appPerson'])) {
    app = newApp(profile.subject.principalId);
    profile.apps.push(app);
  }
  for (const r of kept) {
    const t = r.target;
    if (t.slot === 'website' && website) setAt(website, t.path, r.value);
    else if (t.slot === 'app' && app) setAt(app, t.path, r.value);
    else if (t.slot === 'link' && website && (t.role === 'security' || t.role === 'emergency')) {
      website[t.role === 'security' ? 'securityPersonId' : 'emergencyPersonId'] = personIds[t.index] ?? '';
    } else if (t.slot === 'link' && app && t.role === 'appPerson') app.personId = personIds[t.index] ?? '';
  }
  profile.updatedAt = now;
  return { profile, websiteId: website?.id, appId: app?.id, personIds };
}
