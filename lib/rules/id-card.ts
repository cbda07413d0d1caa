// 居民身份证 and the ID numbers built on its layout (GB 11643-1999): 6-digit region, 8-digit birth date,
// 3-digit sequence, ISO 7064 MOD 11-2 check character.

import { dayNumber, ymdToDay } from './day';
import { type At, error, type Problem, whole } from './problem';
import { MAINLAND_PROVINCE_CODES } from './province-codes';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** The check character for the first 17 digits (ISO 7064 MOD 11-2 as tabulated in GB 11643). */
export function gb11643CheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '?';
}

export interface Gb11643Options {
  /** The region part must start with one of these (2 or 6 digits); omitted = mainland provinces. */
  prefixes?: readonly string[];
  /** Describes the allowed prefixes in the message. */
  prefixHint?: string;
}

/** 18-character GB 11643 layout: format, region prefix, real birth date not after today, check character. */
export function checkGb11643(value: string, at: At, today: string, opts: Gb11643Options = {}): Problem[] {
  if (value === '') return [];
  if (/^\d{15}$/.test(value)) {
    return [
      error(
        at,
        `${at.field}是15位旧版号码，第一代身份证已停用，请填写18位号码`,
        `${at.field} is an old 15-digit number; enter the 18-character number`,
      ),
    ];
  }
  if (/^\d{17}x$/.test(value)) {
    return whole([
      error(at, `${at.field}的末位 x 应为大写 X`, `${at.field}: the last character must be an upper-case X`),
    ]);
  }
  if (!/^\d{17}[\dX]$/.test(value)) {
    return [
      error(
        at,
        `${at.field}应为18位：17位数字加1位数字或 X（当前${value.length}位）`,
        `${at.field} must be 17 digits plus a digit or X`,
      ),
    ];
  }
  const problems: Problem[] = [];
  const prefixes = opts.prefixes;
  const prefixOk = prefixes
    ? prefixes.some((p) => value.startsWith(p))
    : MAINLAND_PROVINCE_CODES.has(value.slice(0, 2));
  if (!prefixOk) {
    const hint = opts.prefixHint ?? '省级行政区划代码';
    problems.push(
      error(at, `${at.field}的前几位（${value.slice(0, 6)}）不是有效的${hint}`, `${at.field}: unknown region prefix`),
    );
  }
  const birth = ymdToDay(Number(value.slice(6, 10)), Number(value.slice(10, 12)), Number(value.slice(12, 14)));
  const todayDay = dayNumber(today);
  const birthText = `${value.slice(6, 10)}-${value.slice(10, 12)}-${value.slice(12, 14)}`;
  if (birth === null) {
    problems.push(error(at, `${at.field}中的出生日期 ${birthText} 不存在`, `${at.field}: invalid birth date`));
  } else if (todayDay !== null && birth > todayDay) {
    problems.push(
      error(at, `${at.field}中的出生日期 ${birthText} 晚于今天`, `${at.field}: birth date is in the future`),
    );
  } else if (todayDay !== null && birth < oldestBirth(today, todayDay)) {
    // GB 11643's own example is born in 1880, so only an age beyond any living person is refused.
    problems.push(
      error(at, `${at.field}中的出生日期 ${birthText} 早于150年前`, `${at.field}: birth date too far in the past`),
    );
  }
  const expected = gb11643CheckChar(value.slice(0, 17));
  if (value[17] !== expected) {
    problems.push(
      // Not "应为 X": that invites changing the last character of a number mistyped in the middle.
      error(at, `${at.field}的校验位不符，请逐位核对`, `${at.field}: check character does not match`),
    );
  }
  return whole(problems);
}

/** The same calendar day 150 years before today (28 Feb when today is 29 Feb). */
function oldestBirth(today: string, todayDay: number): number {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return ymdToDay(y - 150, m, d) ?? todayDay - 54_787;
}

/** 居民身份证: mainland province prefixes. */
export const checkResidentId = (value: string, at: At, today: string) => checkGb11643(value, at, today);
