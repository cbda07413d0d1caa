// The review of a capture against a profile: one row per captured value that would change something (old → new),
// with the shared rules' messages for the new value. Pure: the options page renders the rows and applies them.

import { t } from '../i18n';
import { APP_LABELS, PERSON_ROLES, SUBJECT_LABELS, WEBSITE_LABELS } from '../profile/labels';
import { type Person, type Profile, WebsiteSchema } from '../profile/schema';
import type { Scopes } from '../profile/scopes';
import { FIELD_RULES, validateField } from '../rules/field-rules';
import type { Problem } from '../rules/problem';
import { applyReview, targetsOf } from './apply';
import type { PersonSlot, StoredField } from './convert';
import { type Draft, idKey } from './draft';
import { getAt, isEmpty, sameValue, showValue } from './paths';
import type { Review, ReviewRow, ReviewTarget, RowTarget } from './review-types';

/** Where the capture goes: the profile (a fresh skeleton for a new one), and which website, app and people. */
export type { Review, ReviewRow, ReviewTarget, RowTarget } from './review-types';

const ROLE_LINK_LABEL: Record<PersonSlot, string> = {
  principal: SUBJECT_LABELS.principalId,
  security: WEBSITE_LABELS.securityPersonId,
  emergency: WEBSITE_LABELS.emergencyPersonId,
  appPerson: APP_LABELS.personId,
};

/** What the page shows may be a reduced copy (antd draws its own 200-pixel preview). */
const thumbnail = () => t('review_thumbnail');
const isImageValue = (v: unknown) =>
  (Array.isArray(v) ? v : [v]).some((x) => typeof x === 'object' && x !== null && 'id' in x && 'size' in x);

const blank = (path: readonly string[], v: unknown) => isEmpty(v) || (v === false && path.at(-1) === 'idLongTerm');

/** The target a new profile starts from, and the defaults: people by ID number, a site by domain, an app by package. */
export function defaultTarget(base: Profile, isNew: boolean, draft: Draft): ReviewTarget {
  const text = (fields: StoredField[], name: string) => fields.find((f) => f.path.join('.') === name)?.value;
  const domain = text(draft.website, 'domain');
  const pkg = text(draft.app, 'packageName');
  return {
    base,
    isNew,
    websiteId: base.websites.find((w) => domain && w.domain === domain)?.id ?? null,
    appId: base.apps.find((a) => pkg && a.packageName === pkg)?.id ?? null,
    people: draft.people.map((p) => {
      const id = idKey(p.fields.get('idNo')?.value);
      return (id && base.people.find((q) => idKey(q.idNo) === id)?.id) || null;
    }),
  };
}

function storable(f: StoredField): boolean {
  if (f.problem) return false;
  if (f.path[0] === 'certRange') {
    const [start, end] = f.value as string[];
    return [start, end].every((d) => WebsiteSchema.shape.certStart.safeParse(d).success);
  }
  return FIELD_RULES[f.key]?.schema.safeParse(f.value).success ?? false;
}

const personName = (p: Person | undefined, draftName?: unknown) =>
  (typeof draftName === 'string' && draftName) || p?.name || t('review_no_name_paren');

/** The rows of a capture against a target; `today` is for the date rules. */
export function reviewRows(draft: Draft, target: ReviewTarget, today: string): Review {
  const { base } = target;
  const rows: ReviewRow[] = [];
  let same = 0;
  const existing = targetsOf(base, target);
  const push = (f: StoredField, id: string, group: string, old: unknown, t: RowTarget) => {
    // An unticked 长期有效 adds nothing; a value the profile already has is counted, not listed.
    if (blank(f.path, f.value)) return;
    if (!blank(f.path, old) && sameValue(old, f.value)) {
      same++;
      return;
    }
    const ok = storable(f);
    // These texts come from t(), already in the UI's language: the same text serves both.
    const note = (severity: Problem['severity'], message: string): Problem => ({
      path: f.key,
      field: f.label,
      severity,
      message,
      messageEn: message,
      key: f.key,
    });
    const problems: Problem[] = f.problem ? [note('error', f.problem)] : [];
    if (isImageValue(f.value)) problems.push(note('warning', thumbnail()));
    rows.push({
      id,
      group,
      label: f.label,
      old,
      value: f.value,
      conflict: !blank(f.path, old),
      problems,
      storable: ok,
      target: t,
    });
  };
  const subjectGroup = SUBJECT_LABELS.unit;
  for (const f of draft.subject) {
    const slot = f.slot as 'subject' | 'unit';
    const old = target.isNew ? undefined : getAt(slot === 'unit' ? base.subject.unit : base.subject, f.path);
    push(f, `${slot}:${f.path.join('.')}`, subjectGroup, old, { slot, path: f.path });
  }
  draft.people.forEach((p, index) => {
    const into = base.people.find((q) => q.id === target.people[index]);
    const name = personName(into, p.fields.get('name')?.value);
    const roles = p.roles.map((r) => PERSON_ROLES[r].prefix).join('、');
    const group = into ? t('review_group_person', name, roles) : t('review_group_new_person', name, roles);
    for (const [field, f] of p.fields) {
      push(f, `person${index}:${field}`, group, into ? getAt(into, f.path) : undefined, {
        slot: 'person',
        index,
        path: f.path,
      });
    }
    for (const role of p.roles) {
      const linkedId =
        role === 'principal'
          ? base.subject.principalId
          : role === 'appPerson'
            ? existing.app?.personId
            : existing.website?.[role === 'security' ? 'securityPersonId' : 'emergencyPersonId'];
      if (into && linkedId === into.id) continue;
      const linked = base.people.find((q) => q.id === linkedId);
      rows.push({
        id: `link${index}:${role}`,
        group,
        label: ROLE_LINK_LABEL[role],
        old: linked ? linked.name || t('review_no_name_paren') : undefined,
        value: name,
        conflict: Boolean(linked),
        problems: [],
        storable: true,
        target: { slot: 'link', index, role },
      });
    }
  });
  const siteName = showValue(draft.website.find((f) => f.path[0] === 'siteName')?.value) || existing.website?.siteName;
  for (const f of draft.website) {
    const named = siteName || t('review_unnamed');
    const group = existing.website ? t('review_group_website', named) : t('review_group_new_website', named);
    push(f, `website:${f.path.join('.')}`, group, getAt(existing.website, f.path), { slot: 'website', path: f.path });
  }
  const appName = showValue(draft.app.find((f) => f.path[0] === 'appName')?.value) || existing.app?.appName;
  for (const f of draft.app) {
    const named = appName || t('review_unnamed');
    const group = existing.app ? t('review_group_app', named) : t('review_group_new_app', named);
    push(f, `app:${f.path.join('.')}`, group, getAt(existing.app, f.path), { slot: 'app', path: f.path });
  }
  // The page says 名称 in both provider sections: in one list the rules' fuller label tells them apart.
  for (const r of rows) {
    const twin = rows.some((o) => o !== r && o.group === r.group && o.label === r.label);
    const key = r.target.slot === 'website' ? `website.${r.target.path.join('.')}` : '';
    if (twin && FIELD_RULES[key]) r.label = FIELD_RULES[key].label;
  }
  withProblems(draft, target, rows, today);
  return { rows, same };
}

/** The rules run on the profile as it would be with every storable row taken, so 证件类型 informs 证件号码. */
function withProblems(draft: Draft, target: ReviewTarget, rows: ReviewRow[], today: string) {
  const all = new Set(rows.filter((r) => r.storable).map((r) => r.id));
  const applied = applyReview(draft, target, rows, all, new Date(0).toISOString());
  const { profile } = applied;
  const site = profile.websites.find((w) => w.id === applied.websiteId);
  const app = profile.apps.find((a) => a.id === applied.appId);
  for (const row of rows) {
    if (row.target.slot === 'link' || !row.storable) continue;
    const t = row.target;
    let key: string;
    const scopes: Partial<Scopes> = { subject: profile.subject, unit: profile.subject.unit, website: site, app };
    if (t.slot === 'person') {
      const role = draft.people[t.index]?.roles[0] ?? 'principal';
      scopes[role] = profile.people.find((p) => p.id === applied.personIds[t.index]);
      key = `${role}.${t.path.join('.')}`;
    } else key = `${t.slot}.${t.path.join('.')}`;
    if (!FIELD_RULES[key]) continue;
    row.problems.push(...validateField(key, row.value, { today, scopes }));
  }
}
