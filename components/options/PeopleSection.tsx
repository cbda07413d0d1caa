// 人员: the subject's 负责人 and the other people websites and apps can name.

import { newPerson } from '../../lib/profile/factory';
import type { Profile } from '../../lib/profile/schema';
import { PersonForm, personLabel } from './PersonForm';

export interface SectionProps {
  profile: Profile;
  set: (path: string, value: unknown) => void;
  update: (fn: (p: Profile) => Profile) => void;
}

/** Removes a person; websites and apps that named them fall back to the 负责人. */
export function withoutPerson(p: Profile, id: string): Profile {
  const principal = p.subject.principalId;
  const swap = (x: string) => (x === id ? principal : x);
  return {
    ...p,
    people: p.people.filter((x) => x.id !== id),
    websites: p.websites.map((w) => ({
      ...w,
      securityPersonId: swap(w.securityPersonId),
      emergencyPersonId: swap(w.emergencyPersonId),
    })),
    apps: p.apps.map((a) => ({ ...a, personId: swap(a.personId) })),
  };
}

export function PeopleSection({ profile, set, update }: SectionProps) {
  const principal = profile.subject.principalId;
  return (
    <section class="card" id="sec-people" aria-labelledby="h-people">
      <h2 id="h-people">人员</h2>
      {profile.people.map((person, i) => {
        const role = person.id === principal ? '负责人' : '其他人员';
        return (
          <details key={person.id} open={profile.people.length <= 2} class="item">
            <summary>
              <strong>{personLabel(person, i)}</strong> · {role}
            </summary>
            <PersonForm person={person} at={`people.${i}`} set={set} />
            {person.id !== principal && (
              <button type="button" class="small danger" onClick={() => update((p) => withoutPerson(p, person.id))}>
                删除此人员
              </button>
            )}
          </details>
        );
      })}
      <button
        type="button"
        class="small"
        onClick={() =>
          update((p) => {
            const person = newPerson();
            return {
              ...p,
              people: [...p.people, person],
              subject: p.subject.principalId ? p.subject : { ...p.subject, principalId: person.id },
            };
          })
        }
      >
        ＋ 添加人员（如网站安全负责人、应急联络人）
      </button>
    </section>
  );
}
