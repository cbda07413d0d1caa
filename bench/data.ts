// One set of filing data, typed by hand by the Playwright baseline and filled from a profile by the extension,
// so both fill exactly the same fields with the same values.

import { type ImageRef, type Person, type Profile, ProfileSchema } from '../lib/profile/schema';
import { regionCodes } from '../tests/e2e/manual-fill';
import { APP, CHEN, SITE, SUBJECT_UNIT, ZHANG } from '../tests/e2e/replica-data';
import type { PersonData } from '../tests/e2e/replica-types';

/** The replica's existing subject that step 1 of the wizard offers. */
export const SUBJECT_NAME = '杭州示例网络科技有限公司';
// The replica accepts any well-formed number; our check refuses wrong check characters, so these are corrected.
const ZHANG_OK: PersonData = { ...ZHANG, idNo: '330110198808086611' };
const UNIT = SUBJECT_UNIT.unit as NonNullable<typeof SUBJECT_UNIT.unit>;
export const HAND_SUBJECT = {
  ...SUBJECT_UNIT,
  unit: { ...UNIT, name: SUBJECT_NAME, certNo: '91330110MA2H3K4L4C' },
  person: ZHANG_OK,
};
// Opened recently enough that the 30-day deadline raises no warning to confirm.
export const HAND_SITE = {
  ...SITE,
  openDate: '2026-11-20',
  preLicense: false,
  siteType: ['生活服务类C', '教育'] as [string, string],
};
export const HAND_PEOPLE = { security: ZHANG_OK, emergency: CHEN };
export const HAND_APP = { ...APP, person: ZHANG_OK };

const image = (id: string, name: string): ImageRef => ({ id, name, type: 'image/png', size: 70 });
const region = (names: string[]) => ({ codes: regionCodes(names), names });

function person(id: string, p: PersonData): Partial<Person> {
  return {
    id,
    name: p.name,
    idType: p.idType as Person['idType'],
    idNo: p.idNo,
    idExpiry: p.idExpiry ?? '',
    idLongTerm: p.idLongTerm ?? false,
    idFront: image(`${id}-f`, 'front.png'),
    idBack: image(`${id}-b`, 'back.png'),
    idHandheld: image(`${id}-h`, 'hand.png'),
    region: region(p.region),
    address: p.address,
    mobile: p.mobile,
    officePhone: p.officePhone ?? '',
    email: p.email ?? '',
  };
}

export function benchProfile(): Profile {
  const u = HAND_SUBJECT.unit;
  const s = HAND_SITE;
  const provider = (p: typeof s.access) => ({ jurisdiction: p.jurisdiction, region: region(p.region), name: p.name });
  return ProfileSchema.parse({
    id: 'bench',
    displayName: '基准测试资料',
    createdAt: '2026-11-28T00:00:00.000Z',
    updatedAt: '2026-11-28T00:00:00.000Z',
    subject: {
      nature: 'unit',
      principalId: 'zhang',
      unit: {
        kind: u.kind,
        name: u.name,
        certType: u.certType,
        certNo: u.certNo,
        certImage: image('cert', 'licence.png'),
        officeRegion: region(u.officeRegion),
        officeAddress: u.officeAddress,
        regRegion: u.regRegion ? region(u.regRegion) : undefined,
        regAddress: u.regAddress ?? '',
        legalRepName: u.legalRepName,
      },
    },
    people: [person('zhang', ZHANG_OK), person('chen', CHEN)],
    websites: [
      {
        id: 'site',
        siteName: s.siteName,
        siteType: ['C', '教育'],
        icpNo: s.icpNo,
        openDate: s.openDate,
        domain: s.domain,
        domainCert: image('domain', 'domain-cert.png'),
        certStart: s.certRange[0],
        certEnd: s.certRange[1],
        otherDomains: s.otherDomains,
        ips: s.ips,
        marketValue: s.marketValue,
        monthlyActive: s.monthlyActive,
        access: { ...provider(s.access), method: s.access.method },
        registrar: provider(s.registrar),
        interactive: s.interactive,
        controlledItems: s.controlledItems,
        controlledKinds: s.controlledKinds,
        preLicense: s.preLicense,
        languages: s.languages,
        emergencyPersonId: 'chen',
      },
    ],
    apps: [
      {
        id: 'app',
        appName: HAND_APP.appName,
        platforms: HAND_APP.platforms,
        logo: image('logo', 'logo.png'),
        appType: APP.appType.slice(-1),
        packageName: APP.packageName,
        marketValue: APP.marketValue,
        monthlyActive: APP.monthlyActive,
        registeredUsers: APP.registeredUsers,
        preLicense: APP.preLicense,
        preLicenseKinds: APP.preLicenseKinds,
        screenshots: APP.screenshots.map((_, i) => image(`shot${i}`, `shot${i}.png`)),
        description: APP.description,
      },
    ],
  });
}
