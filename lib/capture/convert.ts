// A captured field in the profile's terms: which object it belongs to (the subject, a person by role, the website,
// the app), the path inside it, and the value as the profile stores it (单位 → unit, 是 → true, 网络基础类A → A,
// a cascader's names with their codes, images as references).

import { pickOption } from '../fill/options';
import { t } from '../i18n';
import { PAGE_MAPS } from '../platform/index';
import type { FieldSpec } from '../platform/types';
import {
  ACCESS_METHODS,
  APP_PLATFORMS,
  APP_TYPES,
  JURISDICTIONS,
  PERSON_ID_TYPES,
  SITE_LANGUAGES,
  SITE_TYPES,
  UNIT_CERT_TYPES,
  UNIT_KINDS,
} from '../profile/options';
import type { ImageRef } from '../profile/schema';
import type { CapturedField, PageCapture } from './types';

export const PERSON_SLOTS = ['principal', 'security', 'emergency', 'appPerson'] as const;
export type PersonSlot = (typeof PERSON_SLOTS)[number];
export type Slot = 'subject' | 'unit' | 'website' | 'app' | PersonSlot;

export interface StoredField {
  /** The rule key (FIELD_RULES) and the capture's key: `principal.idNo`, `website.access.name`, `website.certRange`. */
  key: string;
  slot: Slot;
  /** Inside the slot's object; `certRange` stands for certStart + certEnd. */
  path: string[];
  value: unknown;
  section: string;
  label: string;
  /** Why the value cannot be stored as it is (an unknown region, a choice the profile does not know). */
  problem?: string;
}

const YES_NO = new Set(['website.interactive', 'website.controlledItems', 'website.preLicense', 'app.preLicense']);
// Choices the page may word its own way (身份证, 简体中文, 安卓, 国内): stored as the profile's option (居民身份证,
// 中文简体, Android, 境内), by the last part of the field's key.
const OWN_WORDS: Record<string, readonly string[]> = {
  idType: PERSON_ID_TYPES,
  kind: UNIT_KINDS,
  certType: UNIT_CERT_TYPES,
  jurisdiction: JURISDICTIONS,
  method: ACCESS_METHODS,
  languages: SITE_LANGUAGES,
  platforms: APP_PLATFORMS,
};
const inOwnWords = (key: string, value: string) => {
  const options = OWN_WORDS[key.slice(key.lastIndexOf('.') + 1)] ?? [];
  return options[pickOption(options, value)] ?? value;
};
const NATURES: Record<string, 'unit' | 'personal'> = { 单位: 'unit', 个人: 'personal' };

const specFor = (capture: PageCapture, key: string): FieldSpec | undefined =>
  PAGE_MAPS[capture.page].fields.find((f) => f.key === key);

const asList = (v: CapturedField['value']): string[] =>
  Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];

/** The letter of an 应用类型 label: the type whose label the page's text starts with (it may add its explanation). */
function appTypeLetter(label: string): string | undefined {
  const text = label.replace(/\s+/g, '');
  const hit = Object.entries(APP_TYPES).find(([letter, name]) => text.startsWith(name) || text === letter);
  return hit?.[0];
}

/** A 网站类型 as the cascader shows it (其他Z / Z（其他）, then the sub-category) in the profile's terms: Z, 企业官网. */
function siteType(shown: string[]) {
  const [category = '', sub = ''] = shown;
  const letter = Object.entries(SITE_TYPES).find(([, { label }]) => pickOption([category], label) === 0)?.[0];
  return letter && sub
    ? { value: [letter, sub] }
    : { value: shown, problem: t('capture_bad_site_type', shown.join(' / ')) };
}

function shape(field: CapturedField, spec: FieldSpec | undefined, refs: readonly ImageRef[]) {
  const v = field.value;
  if (field.key === 'subject.nature') {
    const nature = typeof v === 'string' ? NATURES[v] : undefined;
    return nature ? { value: nature } : { value: v, problem: t('capture_bad_nature', String(v)) };
  }
  if (field.key === 'app.appType') {
    const letter = typeof v === 'string' ? appTypeLetter(v) : undefined;
    return letter ? { value: letter } : { value: v, problem: t('capture_bad_app_type', String(v)) };
  }
  if (field.key === 'website.siteType') return siteType(asList(v));
  if (YES_NO.has(field.key)) {
    if (v === '是' || v === true) return { value: true };
    if (v === '否' || v === false) return { value: false };
    return { value: v, problem: t('capture_bad_yes_no', String(v)) };
  }
  switch (spec?.widget) {
    case 'upload':
      if (refs.length === 0) return null;
      return (spec.maxFiles ?? 1) > 1 ? { value: [...refs] } : { value: refs[0] };
    case 'cascader': {
      const names = asList(v);
      if (!field.codes || field.codes.length !== names.length) {
        return { value: { codes: [], names }, problem: t('capture_bad_region', names.join(' / ')) };
      }
      return { value: { codes: [...field.codes], names } };
    }
    case 'checkbox':
      return { value: v === true || v === '是' };
    case 'multiselect':
    case 'checkboxgroup':
      return { value: asList(v).map((x) => inOwnWords(field.key, x)) };
    case 'repeat':
      return { value: asList(v) };
    case 'daterange': {
      const [start = '', end = ''] = asList(v);
      return { value: [start, end] };
    }
    default:
      return { value: typeof v === 'string' ? inOwnWords(field.key, v) : Array.isArray(v) ? v.join('') : v };
  }
}

/**
 * The stored form of one captured field, or null for what the profile does not keep (the wizard's 开办主体 choice,
 * an upload whose images could not be read). `refs` are the field's images, already checked and stored as pending.
 */
export function toStored(
  capture: PageCapture,
  field: CapturedField,
  refs: readonly ImageRef[] = [],
): StoredField | null {
  if (field.key === 'subject.name') return null;
  const [scope = '', ...path] = field.key.split('.');
  const slot = scope as Slot;
  if (!['subject', 'unit', 'website', 'app', ...PERSON_SLOTS].includes(slot) || path.length === 0) return null;
  const shaped = shape(field, specFor(capture, field.key), refs);
  if (!shaped) return null;
  return { key: field.key, slot, path, section: field.section, label: field.label, ...shaped };
}
