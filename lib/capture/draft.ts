// The captured pages of one tab as one candidate: the subject's fields, the people (each once: the 负责人 and a
// site's 安全负责人 with the same ID number are one person with two roles), the website's and the app's fields.
import { FORMS } from '../platform/forms';
import { stepName } from '../platform/index';
import type { ImageRef } from '../profile/schema';
import { PERSON_SLOTS, type PersonSlot, type StoredField, toStored } from './convert';
import type { SkippedItem, TabCapture } from './types';

export interface DraftPerson {
  roles: PersonSlot[];
  /** By field name (`idNo`, `region` …); a later page's value wins. */
  fields: Map<string, StoredField>;
}

export interface Draft {
  form: TabCapture['form'];
  subject: StoredField[];
  people: DraftPerson[];
  website: StoredField[];
  app: StoredField[];
  skipped: SkippedItem[];
  /** Wizard steps with fields that were not captured (their names). */
  missingSteps: string[];
}

/** The ID number as people compare it: no spaces, x written as X. */
export const idKey = (idNo: unknown): string =>
  typeof idNo === 'string' ? idNo.replace(/\s+/g, '').toUpperCase() : '';

const isPersonSlot = (slot: string): slot is PersonSlot => (PERSON_SLOTS as readonly string[]).includes(slot);

/** `imagesFor(pageIndex, key)` gives the references of a field's images (stored as pending by the review page). */
export function buildDraft(
  capture: TabCapture,
  imagesFor: (page: string, key: string) => readonly ImageRef[] = () => [],
): Draft {
  const draft: Draft = {
    form: capture.form,
    subject: [],
    people: [],
    website: [],
    app: [],
    skipped: [],
    missingSteps: [],
  };
  const byRole = new Map<PersonSlot, Map<string, StoredField>>();
  for (const page of capture.pages) {
    draft.skipped.push(...page.skipped);
    for (const field of page.fields) {
      const stored = toStored(page, field, imagesFor(page.page, field.key));
      if (!stored) continue;
      if (isPersonSlot(stored.slot)) {
        const fields = byRole.get(stored.slot) ?? new Map<string, StoredField>();
        fields.set(stored.path.join('.'), stored);
        byRole.set(stored.slot, fields);
      } else if (stored.slot === 'website') draft.website.push(stored);
      else if (stored.slot === 'app') draft.app.push(stored);
      else draft.subject.push(stored);
    }
  }
  for (const [role, fields] of byRole) {
    const id = idKey(fields.get('idNo')?.value);
    const same = id ? draft.people.find((p) => idKey(p.fields.get('idNo')?.value) === id) : undefined;
    if (same) {
      same.roles.push(role);
      for (const [name, f] of fields) same.fields.set(name, f);
    } else draft.people.push({ roles: [role], fields });
  }
  const form = FORMS.find((f) => f.form === capture.form);
  for (const step of form?.steps ?? []) {
    // Step 1 only picks the subject the profile already is; steps without fields need nothing.
    if (!step.page || step.position === 1 || capture.form !== 'website') continue;
    if (!capture.pages.some((p) => p.page === step.page)) draft.missingSteps.push(stepName('website', step.position));
  }
  return draft;
}
