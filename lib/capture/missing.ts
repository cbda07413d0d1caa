// What the profile would still lack for a fill of the captured form: the required fields the fill's own payload
// would leave empty, in the platform's words. Steps not captured yet are named by the draft.

import { conditionHolds } from '../fill/match';
import { buildPayloadValues } from '../fill/payload';
import { t } from '../i18n';
import { pagesOf } from '../platform/index';
import type { FormKey } from '../platform/types';
import { newId, nowIso } from '../profile/factory';
import { freeName } from '../profile/names';
import { type Profile, ProfileSchema } from '../profile/schema';
import { resolveScopes } from '../profile/scopes';
import type { Applied } from './apply';
import type { Draft } from './draft';
import { showValue } from './paths';

export function stillMissing(applied: Applied, form: FormKey): string[] {
  const scopes = resolveScopes(applied.profile, { websiteId: applied.websiteId, appId: applied.appId });
  const out: string[] = [];
  for (const map of pagesOf(form)) {
    // Step 1 picks the subject on the platform; the profile is that subject.
    if (map.page === 'website-1') continue;
    const values = buildPayloadValues(map, scopes);
    for (const spec of map.fields) {
      if (!spec.required || values[spec.key] !== undefined || !conditionHolds(spec, values)) continue;
      out.push(`${spec.section} · ${spec.labels[0]}`);
    }
  }
  return [...new Set(out)];
}

/** A new, empty profile for a capture, named after what it captured (单位 name, 负责人, site or app). */
export function profileForCapture(draft: Draft, taken: readonly string[]): Profile {
  const pick = (fields: Draft['subject'], name: string) =>
    showValue(fields.find((f) => f.path.join('.') === name && !f.problem)?.value);
  const person = draft.people[0] ? showValue(draft.people[0].fields.get('name')?.value) : '';
  const base =
    pick(draft.subject, 'name') ||
    person ||
    pick(draft.website, 'siteName') ||
    pick(draft.app, 'appName') ||
    t('ui_default_name');
  const now = nowIso();
  return ProfileSchema.parse({
    id: newId('profile'),
    displayName: freeName(base.slice(0, 40), taken),
    createdAt: now,
    updatedAt: now,
  });
}
