// Shapes of the data the hand-fill helpers (manual-fill.ts) type into the replica.
import type { FilePayload } from './replica-files';

export interface PersonData {
  name: string;
  idType: string;
  idNo: string;
  /** YYYY-MM-DD; ignored when idLongTerm. */
  idExpiry?: string;
  idLongTerm?: boolean;
  photos: { front: FilePayload; back: FilePayload; hand: FilePayload };
  /** Region names, e.g. ['北京市', '市辖区', '海淀区']. */
  region: string[];
  address: string;
  mobile: string;
  officePhone?: string;
  email?: string;
}

export interface UnitData {
  kind: string;
  name: string;
  certType: string;
  certNo: string;
  cert: FilePayload;
  officeRegion: string[];
  officeAddress: string;
  regRegion?: string[];
  regAddress?: string;
  legalRepName: string;
}

export interface SubjectData {
  nature: '单位' | '个人';
  unit?: UnitData;
  person: PersonData;
}

export interface ProviderData {
  jurisdiction: '境内' | '境外';
  region: string[];
  name: string;
  method?: string;
}

export interface WebsiteStep2Data {
  siteName: string;
  /** 网站类型 by the names the cascader shows, e.g. ['生活服务类C', '教育']. */
  siteType?: [string, string];
  icpNo: string;
  openDate: string;
  domain: string;
  cert: FilePayload;
  certRange: [string, string];
  otherDomains?: string[];
  ips: string[];
  marketValue?: string;
  monthlyActive?: string;
  access: ProviderData;
  registrar: ProviderData;
  interactive: boolean;
  controlledItems: boolean;
  controlledKinds?: string[];
  preLicense: boolean;
  preLicenseKinds?: string[];
  languages?: string[];
}

export interface AppData {
  person: PersonData;
  appName: string;
  platforms: string[];
  logo: FilePayload;
  /** The type's label, e.g. '社交文娱类D'. */
  appType: string;
  packageName: string;
  marketValue?: string;
  monthlyActive: string;
  registeredUsers: string;
  preLicense: boolean;
  preLicenseKinds?: string[];
  screenshots: FilePayload[];
  description: string;
}
