// The 新办网站申请 wizard's model (one object for all four steps) and its file lists.
import type { Provider } from '../../data/providers';
import { emptyPerson, emptyPhotos, type Files, type Person } from '../../person';
import { hasVariant } from '../../variants';

export type SitePerson = Person & { sameAsSubject: boolean };

export function emptyWebsite() {
  const model = {
    subjectId: undefined as string | undefined,
    siteName: '',
    // 网站类型 (2026): [category letter, sub-category], e.g. ['Z', '企业官网']; [] until chosen.
    siteType: [] as string[],
    icpNo: '',
    openDate: null as string | null,
    domain: '',
    certRange: null as [string, string] | null,
    otherDomains: [''],
    ips: [''],
    marketValue: '' as string | undefined,
    monthlyActive: '',
    access: { jurisdiction: undefined, region: [], name: undefined, method: undefined } as Provider,
    registrar: { jurisdiction: undefined, region: [], name: undefined } as Provider,
    interactive: null as boolean | null,
    controlledItems: null as boolean | null,
    controlledKinds: [] as string[],
    preLicense: null as boolean | null,
    preLicenseKinds: [] as string[],
    languages: [] as string[],
    security: { sameAsSubject: false, ...emptyPerson() } as SitePerson,
    emergency: { sameAsSubject: false, ...emptyPerson() } as SitePerson,
    // sections-extra only: a required 备注 (step 2) no profile has.
    remark: undefined as string | undefined,
  };
  if (!hasVariant('sections-extra')) delete (model as Partial<typeof model>).remark;
  // 市值 is not on the page with missing-field, so it is not in the model either.
  if (hasVariant('missing-field')) delete model.marketValue;
  return model;
}

export type WebsiteModel = ReturnType<typeof emptyWebsite>;

export const emptyWebsiteFiles = (): Files => ({
  domainCert: [],
  ...emptyPhotos('security'),
  ...emptyPhotos('emergency'),
});
