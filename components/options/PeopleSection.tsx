// 人员: the subject's 负责人 and the other people websites and apps can name.

import { newPerson } from '../../lib/profile/factory';
import type { Profile } from '../../lib/profile/schema';
import { t } from '../i18n';
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
      <h2 id="h-people">{t('editor_people')}</h2>
      {profile.people.map((person, i) => {
        const role = person.id === principal ? t('editor_principal') : t('editor_other_person');
        return (
          <details key={person.id} open={profile.people.length <= 2} class="item">
            <summary>
              <strong>{personLabel(person, i)}</strong> · {role}
            </summary>
            <PersonForm person={person} at={`people.${i}`} set={set} />
            {person.id !== principal && (
              <button type="button" class="small danger" onClick={() => update((p) => withoutPerson(p, person.id))}>
                {t('editor_remove_person')}
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
        ＋ {t('editor_add_person')}
      </button>
    </section>
  );
}
