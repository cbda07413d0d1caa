// What the replica's model should hold after a fill, derived from the profile, and a field-by-field verdict:
// right, wrong (a value that is not the profile's, or any value in a field the profile has nothing for) or left
// empty. Shared by the drift suite; pure (no browser).
import type { Person, Profile } from '../../lib/profile/schema';
import type { Snapshot } from './replica-helpers';

export type Form = 'subject-unit' | 'subject-personal' | 'website-1' | 'website-2' | 'website-3' | 'app';

/** The replica's existing subjects (tests/replica/src/data/subjects.ts), by the name step 1 shows. */
const REPLICA_SUBJECTS: Record<string, string> = { 杭州示例网络科技有限公司: 'S330100001', 李华: 'S110100002' };

type Values = Record<string, unknown>;

const codes = (r: { codes: string[] } | undefined) => r?.codes ?? [];
const names = (...refs: ({ name: string } | undefined)[]) => refs.filter((r) => r !== undefined).map((r) => r.name);

function personValues(base: string, p: Person | undefined): Values {
  if (!p) return {};
  return {
    [`${base}.name`]: p.name,
    [`${base}.idType`]: p.idType,
    [`${base}.idNo`]: p.idNo,
    [`${base}.idExpiry`]: p.idLongTerm ? null : p.idExpiry || null,
    [`${base}.idLongTerm`]: p.idLongTerm,
    [`${base}.region`]: codes(p.region),
    [`${base}.address`]: p.address,
    [`${base}.mobile`]: p.mobile,
    [`${base}.officePhone`]: p.officePhone,
    [`${base}.email`]: p.email,
    [`files.${base}.idFront`]: names(p.idFront),
    [`files.${base}.idBack`]: names(p.idBack),
    [`files.${base}.idHand`]: names(p.idHandheld),
  };
}

const personById = (profile: Profile, id: string) =>
  profile.people.find((p) => p.id === (id || profile.subject.principalId));

/** Expected values by dotted model key (`files.<key>` for uploads), and which keys the form/step owns. */
export function expectedFor(form: Form, profile: Profile): { values: Values; owns: (key: string) => boolean } {
  const unit = profile.subject.unit;
  const site = profile.websites[0];
  const app = profile.apps[0];
  const principal = personById(profile, '');
  const all = () => true;
  switch (form) {
    case 'subject-unit':
    case 'subject-personal': {
      const values: Values = { nature: profile.subject.nature === 'unit' ? 'dw' : 'gr' };
      if (profile.subject.nature === 'unit')
        Object.assign(values, {
          unitKind: unit.kind,
          unitName: unit.name,
          unitCertType: unit.certType,
          unitCertNo: unit.certNo,
          officeRegion: codes(unit.officeRegion),
          officeAddress: unit.officeAddress,
          regRegion: codes(unit.regRegion),
          regAddress: unit.regAddress,
          legalRepName: unit.legalRepName,
          'files.unitCert': names(unit.certImage),
        });
      return { values: { ...values, ...personValues('person', principal) }, owns: all };
    }
    case 'website-1':
      return { values: { subjectId: REPLICA_SUBJECTS[unit.name] ?? null }, owns: (k) => k === 'subjectId' };
    case 'website-2': {
      if (!site) throw new Error('the profile has no website');
      const values: Values = {
        siteName: site.siteName,
        siteType: site.siteType ?? [],
        icpNo: site.icpNo,
        openDate: site.openDate || null,
        domain: site.domain,
        certRange: site.certStart && site.certEnd ? [site.certStart, site.certEnd] : null,
        otherDomains: site.otherDomains.length ? site.otherDomains : [''],
        ips: site.ips.length ? site.ips : [''],
        marketValue: site.marketValue,
        monthlyActive: site.monthlyActive,
        'access.jurisdiction': site.access.jurisdiction,
        'access.region': codes(site.access.region),
        'access.name': site.access.name,
        'access.method': site.access.method ?? null,
        'registrar.jurisdiction': site.registrar.jurisdiction,
        'registrar.region': codes(site.registrar.region),
        'registrar.name': site.registrar.name,
        interactive: site.interactive,
        controlledItems: site.controlledItems,
        controlledKinds: site.controlledKinds,
        preLicense: site.preLicense,
        preLicenseKinds: site.preLicenseKinds,
        languages: site.languages,
        'files.domainCert': names(site.domainCert),
      };
      const other = /^(subjectId|security|emergency|files\.security|files\.emergency)\b/;
      return { values, owns: (k) => !other.test(k) };
    }
    case 'website-3': {
      if (!site) throw new Error('the profile has no website');
      return {
        values: {
          ...personValues('security', personById(profile, site.securityPersonId)),
          ...personValues('emergency', personById(profile, site.emergencyPersonId)),
        },
        owns: (k) => /^(files\.)?(security|emergency)\./.test(k),
      };
    }
    case 'app': {
      if (!app) throw new Error('the profile has no app');
      const values: Values = {
        appName: app.appName,
        platforms: app.platforms,
        appType: app.appType ?? null,
        packageName: app.packageName,
        marketValue: app.marketValue,
        monthlyActive: app.monthlyActive,
        registeredUsers: app.registeredUsers,
        preLicense: app.preLicense,
        preLicenseKinds: app.preLicenseKinds,
        description: app.description,
        'files.logo': names(app.logo),
        'files.screenshots': names(...app.screenshots),
      };
      return { values: { ...values, ...personValues('person', personById(profile, app.personId)) }, owns: all };
    }
  }
}

/** Model leaves by dotted key (arrays are leaves), plus `files.<key>` → names of the uploaded (done) files. */
export function flatten(snap: Snapshot): Values {
  const out: Values = {};
  const walk = (value: unknown, key: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, key ? `${key}.${k}` : k);
    } else out[key] = value ?? null;
  };
  walk(snap.model, '');
  for (const [key, list] of Object.entries(snap.files))
    out[`files.${key}`] = list.filter((f) => f.status === 'done').map((f) => f.name);
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const blank = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.every((x) => x === '' || x === null));

export interface Verdict {
  right: string[];
  wrong: string[];
  empty: string[];
}

/**
 * Compares the model after the fill with the expected values. A field whose expected value is what the page
 * starts with counts only if it changed (then it is wrong): nothing is right by doing nothing.
 */
export function judge(before: Snapshot, after: Snapshot, expected: ReturnType<typeof expectedFor>): Verdict {
  const start = flatten(before);
  const end = flatten(after);
  const verdict: Verdict = { right: [], wrong: [], empty: [] };
  const keys = new Set([...Object.keys(end), ...Object.keys(expected.values)]);
  for (const key of keys) {
    const has = key in expected.values;
    if (!has && !expected.owns(key)) continue;
    const want = expected.values[key];
    const got = end[key];
    const unchanged = same(got, start[key]);
    if (!has || same(want, start[key])) {
      // A field the profile has nothing for (or nothing new for) must be left as the page had it.
      if (!unchanged && !blank(got)) verdict.wrong.push(key);
    } else if (same(got, want)) verdict.right.push(key);
    else if (unchanged || blank(got)) verdict.empty.push(key);
    else verdict.wrong.push(key);
  }
  return verdict;
}
