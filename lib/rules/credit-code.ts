// 统一社会信用代码 (GB 32100-2015) and 组织机构代码 (GB 11714-1997).
import { type At, error, type Problem, warning, whole } from './problem';

/** GB 32100's 31 characters: digits and upper-case letters without I, O, Z, S, V. */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character for the first 17, or null when one is outside the alphabet. */
export function usccCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31] ?? null;
}

/** GB 11714 check character for the 8-character body (digits and upper-case letters), or null. */
export function orgCodeCheckChar(body8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(body8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number.parseInt(body8[i] ?? '', 36) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

export function checkCreditCode(value: string, at: At): Problem[] {
  const found = creditCodeProblems(value, at);
  return value.length >= 18 ? whole(found) : found;
}

function creditCodeProblems(value: string, at: At): Problem[] {
  if (value === '') return [];
  if (/[a-z]/.test(value) && value.toUpperCase() !== value) {
    return [error(at, `${at.field}中的字母应为大写`, `${at.field}: letters must be upper-case`)];
  }
  if (value.length !== 18) {
    return [error(at, `${at.field}应为18位（当前${value.length}位）`, `${at.field} must have 18 characters`)];
  }
  const bad = [...value].find((c) => !USCC_ALPHABET.includes(c));
  if (bad !== undefined) {
    return [
      error(
        at,
        `${at.field}含有不允许的字符「${bad}」（不使用 I、O、Z、S、V）`,
        `${at.field}: character ${bad} is not in the GB 32100 alphabet`,
      ),
    ];
  }
  if (!/^\d{6}$/.test(value.slice(2, 8))) {
    return [error(at, `${at.field}的第3至8位应为行政区划码数字`, `${at.field}: characters 3-8 must be digits`)];
  }
  const expected = usccCheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    return [error(at, `${at.field}的校验位不符，请逐位核对`, `${at.field}: check character does not match`)];
  }
  // Characters 9-17 are the organisation's GB 11714 code; a mismatch hints at a typo the outer check missed.
  const inner = value.slice(8, 17);
  if (orgCodeCheckChar(inner.slice(0, 8)) !== inner[8]) {
    return [
      warning(
        at,
        `${at.field}第9至17位（组织机构代码部分）的校验位不一致，请核对`,
        `${at.field}: the embedded organisation code fails its check`,
      ),
    ];
  }
  return [];
}

/** 组织机构代码: 8 characters + check, written `12345678-9` on the certificate; the hyphen is optional here. */
export function checkOrgCode(value: string, at: At): Problem[] {
  const found = orgCodeProblems(value, at);
  return value.replace('-', '').length >= 9 ? whole(found) : found;
}

function orgCodeProblems(value: string, at: At): Problem[] {
  if (value === '') return [];
  const m = /^([0-9A-Z]{8})-?([0-9X])$/.exec(value);
  if (!m) {
    return [
      error(
        at,
        `${at.field}格式不正确：应为8位数字或大写字母加1位校验码（如 12345678-9）`,
        `${at.field}: 8 characters and a check character`,
      ),
    ];
  }
  const expected = orgCodeCheckChar(m[1] ?? '');
  if (m[2] !== expected) {
    return [error(at, `${at.field}的校验位不符，请逐位核对`, `${at.field}: check character does not match`)];
  }
  return [];
}

/** 营业执照证书: the credit code since 2015, or the old 15-digit 注册号. */
export function checkBusinessLicence(value: string, at: At): Problem[] {
  if (/^\d{15}$/.test(value)) {
    return [
      warning(
        at,
        `${at.field}是15位旧注册号，现行营业执照使用18位统一社会信用代码`,
        `${at.field} is an old 15-digit registration number`,
      ),
    ];
  }
  return checkCreditCode(value, at);
}
