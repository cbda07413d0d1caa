import { z } from 'zod';
import { t } from '../i18n';
import { longerThan, MAX_NAME_LENGTH, textProblem } from './names';
import {
  ACCESS_METHODS,
  APP_PLATFORMS,
  CONTROLLED_ITEM_KINDS,
  JURISDICTIONS,
  PERSON_ID_TYPES,
  PRE_LICENSE_KINDS,
  SITE_CATEGORIES,
  SITE_LANGUAGES,
  UNIT_CERT_TYPES,
  UNIT_KINDS,
} from './options';

// Extension pages forbid eval; without this zod probes for it with Function() and logs CSP errors.
z.config({ jitless: true });

type ErrorMap = ReturnType<typeof z.locales.zhCN>['localeError'];
const errorMaps: Partial<Record<'zh' | 'en', ErrorMap>> = {};
/** zod's own messages (too long, wrong type …) in the UI's language, for import and save errors. */
export function schemaErrors(): ErrorMap {
  const lang = t('html_lang') === 'en' ? 'en' : 'zh';
  errorMaps[lang] ??= (lang === 'en' ? z.locales.en() : z.locales.zhCN()).localeError;
  return errorMaps[lang];
}

/** The current stored schema version; bump it together with a numbered migration. */
export const PROFILE_SCHEMA_VERSION = 2;
/** Per store and per import file: every list, popup and fill re-reads the whole list. */
export const MAX_PROFILES = 500;

/** Free text: NFC, trimmed, no control or bidi characters, not only invisible ones (names.ts). */
const cleanText = (max: number, multiline = false) =>
  z
    .string()
    .normalize('NFC')
    .trim()
    .max(max)
    .superRefine((v, ctx) => {
      const problem = textProblem(v, { multiline });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
const text = (max = 200, multiline = false) => cleanText(max, multiline).default('');
/** A calendar date as the platform's pickers show it, or empty. */
const date = z.union([z.literal(''), z.iso.date()]).default('');

/** A GB/T 2260 region: codes (2, 4, 6 digits) and the names shown in the platform's cascaders. */
export const RegionSchema = z.object({
  codes: z.array(z.string().regex(/^\d{2}(\d{2}){0,2}$/)).max(3),
  names: z.array(z.string().min(1).max(40)).max(3),
});

/** An image kept in the attachment store; the profile holds only its reference and facts. */
export const ImageRefSchema = z.object({
  id: z.string().min(1).max(64),
  name: cleanText(255).min(1),
  type: z.enum(['image/png', 'image/jpeg']),
  size: z.number().int().nonnegative(),
});

export const PersonSchema = z.object({
  id: z.string().min(1).max(64),
  name: text(50),
  idType: z.enum(PERSON_ID_TYPES).default('居民身份证'),
  idNo: text(40),
  idExpiry: date,
  idLongTerm: z.boolean().default(false),
  idFront: ImageRefSchema.optional(),
  idBack: ImageRefSchema.optional(),
  idHandheld: ImageRefSchema.optional(),
  region: RegionSchema.optional(),
  address: text(200),
  mobile: text(20),
  officePhone: text(30),
  email: text(100),
});

export const UnitSchema = z.object({
  kind: z.enum(UNIT_KINDS).default('企业'),
  name: text(100),
  certType: z.enum(UNIT_CERT_TYPES).default('统一社会信用代码证'),
  certNo: text(40),
  certImage: ImageRefSchema.optional(),
  officeRegion: RegionSchema.optional(),
  officeAddress: text(200),
  regRegion: RegionSchema.optional(),
  regAddress: text(200),
  legalRepName: text(50),
});

export const SubjectSchema = z.object({
  nature: z.enum(['unit', 'personal']).default('unit'),
  unit: UnitSchema.default(UnitSchema.parse({})),
  /** id of the person in `people` who is the subject's 负责人. */
  principalId: z.string().max(64).default(''),
});

const ProviderBase = {
  jurisdiction: z.enum(JURISDICTIONS).default('境内'),
  region: RegionSchema.optional(),
  name: text(100),
  phone: text(30),
};
export const AccessProviderSchema = z.object({ ...ProviderBase, method: z.enum(ACCESS_METHODS).optional() });
export const RegistrarSchema = z.object(ProviderBase);

/**
 * 网站类型 (version 2): [category letter, sub-category], the path the platform's choice takes (['Z', '企业官网']).
 * Unset in older profiles, which the check warns about.
 */
export const SiteTypeSchema = z.tuple([z.enum(SITE_CATEGORIES), cleanText(50).min(1)]);

/** 是/否 answers stay unset until the user chooses. */
const yesNo = z.boolean().nullable().default(null);

export const WebsiteSchema = z.object({
  id: z.string().min(1).max(64),
  siteName: text(100),
  siteType: SiteTypeSchema.optional(),
  icpNo: text(40),
  openDate: date,
  domain: text(253),
  domainCert: ImageRefSchema.optional(),
  certStart: date,
  certEnd: date,
  otherDomains: z.array(z.string().trim().max(253)).max(50).default([]),
  ips: z.array(z.string().trim().max(45)).max(50).default([]),
  marketValue: text(30),
  monthlyActive: text(30),
  access: AccessProviderSchema.default(AccessProviderSchema.parse({})),
  registrar: RegistrarSchema.default(RegistrarSchema.parse({})),
  interactive: yesNo,
  controlledItems: yesNo,
  controlledKinds: z.array(z.enum(CONTROLLED_ITEM_KINDS)).default([]),
  preLicense: yesNo,
  preLicenseKinds: z.array(z.enum(PRE_LICENSE_KINDS)).default([]),
  languages: z.array(z.enum(SITE_LANGUAGES)).default(['中文简体']),
  /** person ids for step 3; the 负责人 by default. */
  securityPersonId: z.string().max(64).default(''),
  emergencyPersonId: z.string().max(64).default(''),
  /** 公安备案号 once approved, for the footer snippet. */
  mpsFilingNo: text(30),
});

export const AppSchema = z.object({
  id: z.string().min(1).max(64),
  appName: text(100),
  platforms: z.array(z.enum(APP_PLATFORMS)).default([]),
  logo: ImageRefSchema.optional(),
  appType: z.enum(['A', 'B', 'C', 'D', 'E', 'F', 'G']).optional(),
  packageName: text(255),
  marketValue: text(30),
  monthlyActive: text(30),
  registeredUsers: text(30),
  preLicense: yesNo,
  preLicenseKinds: z.array(z.enum(PRE_LICENSE_KINDS)).default([]),
  screenshots: z.array(ImageRefSchema).max(6).default([]),
  description: text(2000, true),
  /** person id of the app's 负责人; the subject's 负责人 by default. */
  personId: z.string().max(64).default(''),
});

export const ProfileSchema = z.object({
  id: z.string().min(1).max(64),
  // Counted in graphemes (an emoji is one); the UTF-16 cap only bounds the work.
  displayName: cleanText(MAX_NAME_LENGTH * 8)
    .min(1)
    .refine((v) => !longerThan(v, MAX_NAME_LENGTH), { error: () => t('schema_max_chars', MAX_NAME_LENGTH) }),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  subject: SubjectSchema.default(SubjectSchema.parse({})),
  people: z.array(PersonSchema).max(50).default([]),
  websites: z.array(WebsiteSchema).max(100).default([]),
  apps: z.array(AppSchema).max(100).default([]),
});

export type Region = z.infer<typeof RegionSchema>;
export type ImageRef = z.infer<typeof ImageRefSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Subject = z.infer<typeof SubjectSchema>;
export type AccessProvider = z.infer<typeof AccessProviderSchema>;
export type Registrar = z.infer<typeof RegistrarSchema>;
export type SiteType = z.infer<typeof SiteTypeSchema>;
export type Website = z.infer<typeof WebsiteSchema>;
export type App = z.infer<typeof AppSchema>;
export type Profile = z.infer<typeof ProfileSchema>;
