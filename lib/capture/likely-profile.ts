// The profile a capture most likely belongs to, to start the review on "merge" rather than "new": the wizard's
// chosen 开办主体, the unit's name, or a person's ID number already in it. None: a new profile.
import type { Profile } from '../profile/schema';
import { type Draft, idKey } from './draft';
import type { TabCapture } from './types';

export function likelyProfile(capture: TabCapture, draft: Draft, profiles: readonly Profile[]): Profile | null {
  const chosen = capture.pages.flatMap((p) => p.fields).find((f) => f.key === 'subject.name')?.value;
  const unitName = draft.subject.find((f) => f.slot === 'unit' && f.path.join('.') === 'name')?.value;
  const ids = new Set(draft.people.map((p) => idKey(p.fields.get('idNo')?.value)).filter(Boolean));
  const principal = (p: Profile) => p.people.find((q) => q.id === p.subject.principalId);
  const subjectName = (p: Profile) => (p.subject.nature === 'unit' ? p.subject.unit.name : principal(p)?.name);
  return (
    profiles.find((p) => typeof chosen === 'string' && chosen !== '' && subjectName(p) === chosen) ??
    profiles.find((p) => typeof unitName === 'string' && unitName !== '' && p.subject.unit.name === unitName) ??
    profiles.find((p) => p.people.some((q) => ids.has(idKey(q.idNo)))) ??
    null
  );
}
