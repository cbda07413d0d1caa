// Chinese labels of every profile field, in the platform's words, for messages (rules, import errors, editor).

import { SECTION } from '../platform/names';
import type { AccessProvider, App, ImageRef, Person, Profile, Registrar, Subject, Unit, Website } from './schema';

type Labels<T> = Record<keyof T, string>;

export const PERSON_LABELS: Labels<Person> = {
  id: '人员编号',
  name: '姓名',
  idType: '证件类型',
  idNo: '证件号码',
  idExpiry: '证件有效期',
  idLongTerm: '长期有效',
  idFront: '身份证人像面',
  idBack: '身份证国徽面',
  idHandheld: '身份证手持',
  region: '常住地址',
  address: '常住详细地址',
  mobile: '手机号码',
  officePhone: '办公室电话',
  email: '电子邮件地址',
};

export const UNIT_LABELS: Labels<Unit> = {
  kind: '主办单位性质',
  name: '主办单位名称',
  certType: '主办单位证件类型',
  certNo: '主办单位证件号',
  certImage: '主办单位有效证件',
  officeRegion: '单位办公地址',
  officeAddress: '单位办公详细地址',
  regRegion: '单位注册地址',
  regAddress: '单位注册详细地址',
  legalRepName: '法定代表人姓名',
};

export const SUBJECT_LABELS: Labels<Subject> = { nature: '开办主体性质', unit: '主办单位', principalId: '负责人' };

export const ACCESS_LABELS: Labels<AccessProvider> = {
  jurisdiction: '接入商所属地区管辖',
  region: '接入商所属地区',
  name: '网络接入服务商名称',
  phone: '网络接入服务商电话',
  method: '网站接入方式',
};

export const REGISTRAR_LABELS: Labels<Registrar> = {
  jurisdiction: '域名商所属地区管辖',
  region: '域名服务商所属地区',
  name: '域名注册服务商名称',
  phone: '域名注册服务商电话',
};

export const WEBSITE_LABELS: Labels<Website> = {
  id: '网站编号',
  siteName: '网站名称',
  siteType: '网站类型',
  icpNo: '工信部备案号',
  openDate: '网站开通日期',
  domain: '主域名',
  domainCert: '域名证书',
  certStart: '域名证书有效期开始日期',
  certEnd: '域名证书有效期结束日期',
  otherDomains: '从域名',
  ips: 'IP',
  marketValue: '市值',
  monthlyActive: '月活用户数量',
  access: SECTION.access,
  registrar: SECTION.registrar,
  interactive: '是否提供互联网交互服务',
  controlledItems: '是否提供涉及管制物品信息发布服务',
  controlledKinds: '管制物品种类',
  preLicense: '相关前置许可',
  preLicenseKinds: '前置许可种类',
  languages: SECTION.languages,
  securityPersonId: SECTION.security,
  emergencyPersonId: SECTION.emergency,
  mpsFilingNo: '公安备案号',
};

export const APP_LABELS: Labels<App> = {
  id: 'APP编号',
  appName: '应用名称',
  platforms: '运行平台',
  logo: '应用logo',
  appType: '应用类型',
  packageName: '应用包名',
  marketValue: '市值',
  monthlyActive: '月活用户数量',
  registeredUsers: '注册用户总量',
  preLicense: '相关前置许可',
  preLicenseKinds: '前置许可种类',
  screenshots: '运行截图',
  description: '功能描述',
  personId: 'APP负责人',
};

export const PROFILE_LABELS: Labels<Profile> = {
  id: '档案编号',
  displayName: '档案名称',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  subject: SECTION.pickSubject,
  people: '人员',
  websites: '网站',
  apps: 'APP',
};

export const IMAGE_LABELS: Labels<ImageRef> = { id: '编号', name: '文件名', type: '类型', size: '大小' };

/** Person roles: the label prefix the platform puts before the person fields, and the section they sit in. */
export const PERSON_ROLES = {
  principal: { prefix: '负责人', section: SECTION.principal },
  security: { prefix: SECTION.security, section: SECTION.security },
  emergency: { prefix: SECTION.emergency, section: SECTION.emergency },
  appPerson: { prefix: 'APP负责人', section: SECTION.principal },
} as const;
export type PersonRole = keyof typeof PERSON_ROLES;

/** `负责人` + `证件号码` → `负责人证件号码`, `网站安全负责人` + `手机号码` → `网站安全负责人手机号码`. */
export const personLabel = (role: PersonRole, field: keyof Person): string =>
  `${PERSON_ROLES[role].prefix}${PERSON_LABELS[field]}`;
