// The fill cases that the Chromium specs and the Firefox suite (tests/firefox) share: the profiles, the values the
// replica's form model must hold after one click, and how a test reads that model (window.__replica). No
// Playwright here, so that tests/firefox (puppeteer under vitest) can import it.
import { sampleProfile } from '../../lib/profile/sample';
import type { Profile } from '../../lib/profile/schema';

export type Snapshot = {
  route: string;
  page: string | null;
  step: number | null;
  model: Record<string, unknown> & { person?: Record<string, unknown> };
  files: Record<string, { name: string; type: string; size: number; status: string }[]>;
  errors: { field: string; label: string; message: string }[];
};

/** Runs in the replica's page (page.evaluate in Playwright and puppeteer alike). */
export const readReplica = (): Snapshot =>
  (window as unknown as { __replica: { snapshot(): Snapshot } }).__replica.snapshot();

export const doneFiles = (snap: Snapshot, key: string) =>
  (snap.files[key] ?? []).filter((f) => f.status === 'done').map((f) => f.name);

/** The 负责人 block of the model, filled from the sample profile. */
export const PERSON = {
  name: '张三',
  idType: '居民身份证',
  idNo: '330110198506151238',
  idExpiry: '2035-06-15',
  idLongTerm: false,
  region: ['33', '3301', '330110'],
  address: '五常街道某小区 1 幢',
  mobile: '18612345678',
  officePhone: '0571-88888888',
  email: 'zhangsan@example.com',
};

/** 新增主体 for a 单位, from sampleProfile(). */
export const UNIT_MODEL = {
  nature: 'dw',
  unitKind: '企业',
  unitName: '杭州示例科技有限公司',
  unitCertType: '统一社会信用代码证',
  unitCertNo: '91330110MA2H3K4L4C',
  officeRegion: ['33', '3301', '330110'],
  officeAddress: '五常街道文一西路 969 号',
  regRegion: [],
  regAddress: '',
  legalRepName: '王五',
  person: PERSON,
};

/** Images uploaded by the 单位 fill: form field → file name. */
export const UNIT_FILES = {
  unitCert: ['licence.png'],
  'person.idFront': ['front.png'],
  'person.idBack': ['back.png'],
  'person.idHand': ['hand.png'],
};

/** A 个人 subject whose 负责人's ID is 长期有效: no unit fields, and the expiry date left alone. */
export function personalProfile(): Profile {
  const profile = sampleProfile();
  profile.subject.nature = 'personal';
  const boss = profile.people[0];
  if (!boss) throw new Error('sample has no 负责人');
  boss.idLongTerm = true;
  return profile;
}
export const PERSONAL_PERSON = { ...PERSON, idExpiry: null, idLongTerm: true };

/** A second profile (another unit) to choose in the panel. */
export function otherProfile(): Profile {
  const p = sampleProfile();
  p.id = 'other-1';
  p.displayName = '宁波另一科技有限公司';
  p.subject.unit.name = '宁波另一科技有限公司';
  return p;
}

/** The sample profile with an APP that uses every kind of APP field. */
export function appProfile(): Profile {
  const profile = sampleProfile();
  const app = profile.apps[0];
  if (!app) throw new Error('sample lost its app');
  Object.assign(app, {
    platforms: ['Android', 'IOS', '鸿蒙'],
    preLicense: true,
    preLicenseKinds: ['新闻', '出版'],
    marketValue: '3',
    screenshots: [1, 2, 3].map((n) => ({ id: `shot-${n}`, name: `shot-${n}.png`, type: 'image/png', size: 70 })),
  });
  return profile;
}

/** 新增APP from appProfile() (toMatchObject). */
export const APP_MODEL = {
  person: { name: '张三', idNo: '330110198506151238', idExpiry: '2035-06-15', mobile: '18612345678' },
  appName: '示例助手',
  platforms: ['Android', 'IOS', '鸿蒙'],
  appType: 'G',
  packageName: 'cn.example.helper',
  marketValue: '3',
  monthlyActive: '1000',
  registeredUsers: '5000',
  preLicense: true,
  preLicenseKinds: ['新闻', '出版'],
  description: '一个示例应用。',
};

export const APP_FILES = {
  logo: ['logo.png'],
  screenshots: ['shot-1.png', 'shot-2.png', 'shot-3.png'],
  'person.idFront': ['front.png'],
};
