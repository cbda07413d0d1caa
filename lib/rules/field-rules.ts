// One validator per payload key (`principal.idNo`, `website.access.name` …), so the fill engine, the editor and
// profile-check validate a single value the same way. No region data, no DOM, no browser: safe in the content script.
import { z } from 'zod';
import { SECTION } from '../platform/names';
import {
  ACCESS_LABELS,
  APP_LABELS,
  PERSON_ROLES,
  type PersonRole,
  personLabel,
  REGISTRAR_LABELS,
  SUBJECT_LABELS,
  UNIT_LABELS,
  WEBSITE_LABELS,
} from '../profile/labels';
import { isSiteSubType, SITE_TYPES } from '../profile/options';
import {
  AccessProviderSchema,
  AppSchema,
  type ImageRef,
  type Person,
  PersonSchema,
  type Region,
  RegistrarSchema,
  type SiteType,
  SubjectSchema,
  UnitSchema,
  WebsiteSchema,
} from '../profile/schema';
import type { Scopes } from '../profile/scopes';
import { checkBusinessLicence, checkCreditCode, checkOrgCode } from './credit-code';
import { checkCertRange, checkIdExpiry, checkOpenDate } from './dates';
import { checkDomain } from './domain';
import { checkEmail } from './email';
import { checkImageRef, checkScreenshotCount, MAX_LOGO_BYTES } from './files';
import { checkIcpNo } from './icp';
import { checkIp } from './ip';
import { checkPackageName } from './package-name';
import { checkPersonId } from './person-id';
import { checkLandline, checkMobile, checkServicePhone } from './phone';
import { type At, error, type Problem, warning } from './problem';
import { checkRegionShape } from './region-shape';

export interface FieldCtx {
  /** YYYY-MM-DD; rules never read the clock. */
  today: string;
  /** The other values a rule may depend on (证件类型 for 证件号码, 长期有效 for 有效期 …). */
  scopes?: Partial<Scopes>;
  /** Report this path instead of the payload key (profile-check passes `people.0.idNo`). */
  path?: string;
}

type Check = (value: unknown, at: At, ctx: FieldCtx) => Problem[];

export interface FieldRule {
  key: string;
  /** The platform's label, e.g. `负责人证件号码`. */
  label: string;
  section: string;
  /** The zod schema of the stored value: a value of the wrong type is an error before any rule runs. */
  schema: z.ZodType;
  check?: Check;
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');
const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const image =
  (max?: number): Check =>
  (v, at) =>
    v ? checkImageRef(v as ImageRef, at, max) : [];
const region: Check = (v, at) => checkRegionShape(v as Region | undefined, at);
const item = (at: At, i: number, suffix = ''): At => ({ path: `${at.path}.${i}`, field: `${at.field}${suffix}` });
const count: Check = (v, at) =>
  str(v) === '' || /^\d+$/.test(str(v))
    ? []
    : [warning(at, `${at.field}应填写整数（如 10000）`, `${at.field}: expected a whole number`)];
/** A kinds list must not be empty when its 是/否 question is answered 是. */
const kindsFor =
  (answer: (s: Partial<Scopes>) => boolean | null | undefined): Check =>
  (v, at, ctx) =>
    answer(ctx.scopes ?? {}) === true && strings(v).length === 0
      ? [error(at, `选择“是”时须勾选${at.field}`, `${at.field}: choose at least one kind`)]
      : [];

function personChecks(role: PersonRole): Partial<Record<keyof Person, Check>> {
  const p = (ctx: FieldCtx) => ctx.scopes?.[role];
  return {
    idNo: (v, at, ctx) => checkPersonId(p(ctx)?.idType ?? '居民身份证', str(v), at, ctx.today),
    idExpiry: (v, at, ctx) => checkIdExpiry(str(v), p(ctx)?.idLongTerm ?? false, at, ctx.today),
    idFront: image(),
    idBack: image(),
    idHandheld: image(),
    region,
    mobile: (v, at) => checkMobile(str(v), at),
    officePhone: (v, at) => checkLandline(str(v), at),
    email: (v, at) => checkEmail(str(v), at),
  };
}

const UNIT_CHECKS: Partial<Record<keyof typeof UNIT_LABELS, Check>> = {
  certNo: (v, at, ctx) => {
    switch (ctx.scopes?.unit?.certType ?? '统一社会信用代码证') {
      case '统一社会信用代码证':
        return checkCreditCode(str(v), at);
      case '营业执照证书':
        return checkBusinessLicence(str(v), at);
      case '组织机构代码证':
        return checkOrgCode(str(v), at);
      default:
        return [];
    }
  },
  certImage: image(),
  officeRegion: region,
  regRegion: region,
};

/** 网站类型 is required since 2026; profiles saved before have none, so a missing one warns, never blocks. */
const siteType: Check = (v, at) => {
  if (v === undefined) {
    return [warning(at, `${at.field}未选择（2026 年起平台要求选择）`, `${at.field}: not chosen yet`)];
  }
  const [category, sub] = v as SiteType;
  return isSiteSubType(category, sub)
    ? []
    : [error(at, `${at.field}“${SITE_TYPES[category].label}”下没有“${sub}”`, `${at.field}: unknown sub-category`)];
};

const WEBSITE_CHECKS: Partial<Record<keyof typeof WEBSITE_LABELS, Check>> = {
  siteType,
  icpNo: (v, at) => checkIcpNo(str(v), at),
  openDate: (v, at, ctx) => checkOpenDate(str(v), at, ctx.today),
  domain: (v, at) => checkDomain(str(v), at, { main: true }),
  domainCert: image(),
  certEnd: (v, at, ctx) =>
    checkCertRange(str(ctx.scopes?.website?.certStart), str(v), { ...at, field: '域名证书有效期' }, ctx.today),
  otherDomains: (v, at, ctx) => {
    const main = ctx.scopes?.website?.domain?.toLowerCase();
    return strings(v).flatMap((d, i) =>
      main && d.toLowerCase() === main
        ? [warning(item(at, i), `${at.field}“${d}”与主域名相同`, `${at.field}: same as the main domain`)]
        : checkDomain(d, item(at, i)),
    );
  },
  ips: (v, at) => {
    const seen = new Set<string>();
    return strings(v).flatMap((ip, i) => {
      if (seen.has(ip)) return [warning(item(at, i), `${at.field}“${ip}”重复`, `${at.field}: duplicate ${ip}`)];
      seen.add(ip);
      return checkIp(ip, item(at, i));
    });
  },
  monthlyActive: count,
  controlledKinds: kindsFor((s) => s.website?.controlledItems),
  preLicenseKinds: kindsFor((s) => s.website?.preLicense),
};

const APP_CHECKS: Partial<Record<keyof typeof APP_LABELS, Check>> = {
  logo: image(MAX_LOGO_BYTES),
  packageName: (v, at) => checkPackageName(str(v), at),
  monthlyActive: count,
  registeredUsers: count,
  preLicenseKinds: kindsFor((s) => s.app?.preLicense),
  screenshots: (v, at) => {
    const refs = Array.isArray(v) ? (v as ImageRef[]) : [];
    return [...checkScreenshotCount(refs.length, at), ...refs.flatMap((r, i) => checkImageRef(r, item(at, i)))];
  },
};

const providerChecks = (): Check => (v, at) => checkServicePhone(str(v), at);

const WEBSITE_SECTIONS: Partial<Record<keyof typeof WEBSITE_LABELS, string>> = {
  interactive: SECTION.service,
  controlledItems: SECTION.dangerous,
  controlledKinds: SECTION.dangerous,
  preLicense: SECTION.dangerous,
  preLicenseKinds: SECTION.dangerous,
  languages: SECTION.languages,
  securityPersonId: SECTION.security,
  emergencyPersonId: SECTION.emergency,
};

function build(): Record<string, FieldRule> {
  const rules: Record<string, FieldRule> = {};
  const add = (key: string, label: string, section: string, schema: z.ZodType, check?: Check) => {
    rules[key] = { key, label, section, schema, ...(check ? { check } : {}) };
  };
  add('subject.nature', SUBJECT_LABELS.nature, SECTION.subjectInfo, SubjectSchema.shape.nature);
  // Keys the field maps use for values derived from several stored fields (lib/fill/payload.ts builds them):
  // the wizard's 开办主体 (单位 name or 个人 name) and the certificate range picker's [start, end].
  add('subject.name', '开办主体名称', SECTION.subjectInfo, z.string());
  add('website.certRange', '域名证书有效期', SECTION.site, z.tuple([z.string(), z.string()]), (v, at, ctx) => {
    const [start, end] = v as [string, string];
    return checkCertRange(start, end, at, ctx.today);
  });
  for (const [f, label] of Object.entries(UNIT_LABELS) as [keyof typeof UNIT_LABELS, string][]) {
    add(`unit.${f}`, label, SECTION.unit, UnitSchema.shape[f], UNIT_CHECKS[f]);
  }
  for (const role of Object.keys(PERSON_ROLES) as PersonRole[]) {
    const checks = personChecks(role);
    for (const f of Object.keys(PersonSchema.shape) as (keyof Person)[]) {
      if (f === 'id') continue;
      add(`${role}.${f}`, personLabel(role, f), PERSON_ROLES[role].section, PersonSchema.shape[f], checks[f]);
    }
  }
  for (const [f, label] of Object.entries(WEBSITE_LABELS) as [keyof typeof WEBSITE_LABELS, string][]) {
    if (f === 'id' || f === 'access' || f === 'registrar') continue;
    add(`website.${f}`, label, WEBSITE_SECTIONS[f] ?? SECTION.site, WebsiteSchema.shape[f], WEBSITE_CHECKS[f]);
  }
  for (const [f, label] of Object.entries(ACCESS_LABELS) as [keyof typeof ACCESS_LABELS, string][]) {
    const check = f === 'phone' ? providerChecks() : f === 'region' ? region : undefined;
    add(`website.access.${f}`, label, SECTION.access, AccessProviderSchema.shape[f], check);
  }
  for (const [f, label] of Object.entries(REGISTRAR_LABELS) as [keyof typeof REGISTRAR_LABELS, string][]) {
    const check = f === 'phone' ? providerChecks() : f === 'region' ? region : undefined;
    add(`website.registrar.${f}`, label, SECTION.registrar, RegistrarSchema.shape[f], check);
  }
  for (const [f, label] of Object.entries(APP_LABELS) as [keyof typeof APP_LABELS, string][]) {
    if (f === 'id') continue;
    add(`app.${f}`, label, SECTION.app, AppSchema.shape[f], APP_CHECKS[f]);
  }
  return rules;
}

export const FIELD_RULES: Readonly<Record<string, FieldRule>> = build();

/** Keys whose value is derived, not stored: whole-profile checks skip them (the stored fields are checked). */
export const DERIVED_KEYS: ReadonlySet<string> = new Set(['subject.name', 'website.certRange']);

/** Every problem of one value at a payload key. An unknown key is a programming error and throws. */
export function validateField(key: string, value: unknown, ctx: FieldCtx): Problem[] {
  const rule = FIELD_RULES[key];
  if (!rule) throw new Error(`validateField: unknown payload key ${key}`);
  const at: At = { path: ctx.path ?? key, field: rule.label };
  const parsed = rule.schema.safeParse(value);
  const problems = parsed.success
    ? (rule.check?.(parsed.data, at, ctx) ?? [])
    : [error(at, `${rule.label}的值无效`, `${rule.label}: invalid value`)];
  return problems.map((p) => ({ ...p, section: rule.section, key }));
}
