// Patterns for every 证件类型 the platform offers; 居民身份证 and the residence permits get the full GB 11643 check.
import type { PERSON_ID_TYPES } from '../profile/options';
import { checkGb11643, checkResidentId } from './id-card';
import { type At, error, type Problem } from './problem';
import { RESIDENCE_PERMIT_PREFIX as RP } from './province-codes';

export type PersonIdType = (typeof PERSON_ID_TYPES)[number];

const pattern =
  (re: RegExp, hintZh: string, hintEn: string) =>
  (value: string, at: At): Problem[] =>
    value === '' || re.test(value) ? [] : [error(at, `${at.field}格式不正确：${hintZh}`, `${at.field}: ${hintEn}`)];

/** 港澳居民来往内地通行证 (回乡证): H (香港) or M (澳门) + 8 digits; older cards have 10 digits. */
const hkMacaoPass = pattern(/^[HM]\d{8}(\d{2})?$/, '应为 H 或 M 加8位或10位数字', 'H or M followed by 8 or 10 digits');
/** 台湾居民来往大陆通行证 (台胞证, card version since 2015): 8 digits. */
const taiwanPass = pattern(/^\d{8}$/, '应为8位数字', '8 digits');
/** 护照: Chinese passports are E/G + 8 characters; foreign ones vary, so only a sane letters-and-digits shape. */
const passport = pattern(/^[A-Z0-9]{5,17}$/, '应为5至17位大写字母或数字', '5-17 upper-case letters or digits');
/** 外国人永久居留身份证: old 3-letter country code + 12 digits. */
const oldForeignPr = /^[A-Z]{3}\d{12}$/;
/** Military and other IDs: no public pattern; just no whitespace inside. */
const freeForm = pattern(/^\S{4,40}$/, '应为4至40位且不含空格', '4-40 characters without spaces');

export function checkPersonId(type: PersonIdType, value: string, at: At, today: string): Problem[] {
  switch (type) {
    case '居民身份证':
      return checkResidentId(value, at, today);
    case '港澳居民居住证':
      return checkGb11643(value, at, today, {
        prefixes: [RP.hongKong, RP.macao],
        prefixHint: '港澳居民居住证代码（应以 810000 或 820000 开头）',
      });
    case '台湾居民居住证':
      return checkGb11643(value, at, today, {
        prefixes: [RP.taiwan],
        prefixHint: '台湾居民居住证代码（应以 830000 开头）',
      });
    case '港澳居民来往内地通行证':
      return hkMacaoPass(value, at);
    case '台湾居民来往大陆通行证':
      return taiwanPass(value, at);
    case '护照':
      return passport(value, at);
    case '外国人永久居留身份证':
      if (value === '' || oldForeignPr.test(value)) return [];
      // The 2023 card: 9 + issuing province (2) + nationality (3) + birth date + sequence + GB 11643 check.
      if (/^9/.test(value)) {
        return checkGb11643(value, at, today, {
          prefixes: [...'123456'].map((d) => `9${d}`),
          prefixHint: '外国人永久居留身份证代码（9 加受理地省级代码）',
        });
      }
      return [
        error(
          at,
          `${at.field}格式不正确：新版为9开头的18位，旧版为3位国籍字母加12位数字`,
          `${at.field}: new cards have 18 characters starting with 9, old ones 3 letters + 12 digits`,
        ),
      ];
    case '军官证':
    case '武警警官证':
    case '士兵证':
      return freeForm(value, at);
    case '其他':
      return [];
  }
}
