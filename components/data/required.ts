// What the page needs that the profile leaves empty: the field maps' required fields of one page, read from the
// resolved profile. One warning per section ("资料未填写：姓名、证件号码…"), since the fill leaves them empty.
import { PAGE_MAPS } from '../../lib/fieldmaps';
import type { FieldSpec } from '../../lib/fieldmaps/types';
import type { CheckProblem } from '../../lib/messaging/problems';
import type { Profile } from '../../lib/profile/schema';
import { resolveScopes, type Scopes, valueAt } from '../../lib/profile/scopes';
import type { PageTarget } from './rules';

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  v === '' ||
  (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && 'codes' in v && Array.isArray(v.codes) && v.codes.length === 0);

function shownValue(scopes: Scopes, key: string): unknown {
  if (key === 'subject.nature') return scopes.subject.nature === 'unit' ? '单位' : '个人';
  if (key === 'subject.name') return scopes.subject.nature === 'unit' ? scopes.unit.name : scopes.principal?.name;
  if (key === 'website.certRange') return scopes.website?.certStart && scopes.website.certEnd ? 'x' : '';
  const v = valueAt(scopes, key);
  return typeof v === 'boolean' ? (v ? '是' : '否') : v;
}

function applies(field: FieldSpec, scopes: Scopes): boolean {
  if (!field.when) return true;
  const v = shownValue(scopes, field.when.key);
  const want = field.when.equals;
  return typeof want === 'boolean' ? v === (want ? '是' : '否') : v === want;
}

/** Keys whose emptiness the rules (or a yes/no default) already speak for. */
const SKIP = new Set(['principal.idLongTerm', 'security.idLongTerm', 'emergency.idLongTerm', 'appPerson.idLongTerm']);

export function missingForPage(profile: Profile, target: PageTarget): CheckProblem[] {
  const map = PAGE_MAPS[target.page];
  const scopes = resolveScopes(profile, {
    ...(target.websiteId ? { websiteId: target.websiteId } : {}),
    ...(target.appId ? { appId: target.appId } : {}),
  });
  const bySection = new Map<string, string[]>();
  for (const f of map.fields) {
    if (!f.required || SKIP.has(f.key) || !applies(f, scopes)) continue;
    if (!isEmpty(shownValue(scopes, f.key))) continue;
    const section = f.section || map.title;
    bySection.set(section, [...(bySection.get(section) ?? []), f.labels[0] ?? f.key]);
  }
  return [...bySection].map(([section, labels]) => ({
    path: `missing:${section}`,
    section,
    field: '必填项',
    severity: 'warning' as const,
    message: `资料中未填写：${labels.join('、')}（填充后请在页面上补全）`,
  }));
}
