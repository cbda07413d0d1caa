import { describe, expect, it } from 'vitest';
import { checkGb11643, checkResidentId, gb11643CheckChar } from './id-card';

// ISO 7064 MOD 11-2 written from the standard's definition (weights 2^(n-1) mod 11, check = (12 - S mod 11) mod 11),
// independently of the lookup table in id-card.ts.
function iso7064Mod112(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (s % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}
const withCheck = (first17: string) => first17 + iso7064Mod112(first17);
const at = { path: 'people.0.idNo', field: '负责人证件号码' };
const today = '2026-11-28';

describe('GB 11643 check character', () => {
  it('matches the examples printed in GB 11643-1999', () => {
    expect(iso7064Mod112('11010519491231002')).toBe('X');
    expect(iso7064Mod112('44052418800101001')).toBe('4');
    expect(checkResidentId('11010519491231002X', at, today)).toEqual([]);
    expect(checkResidentId('440524188001010014', at, today)).toEqual([]);
  });

  it('agrees with the independent MOD 11-2 on many numbers, including every check value', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 2000; n++) {
      const seq = String(n).padStart(3, '0');
      const first17 = `33010619${String(50 + (n % 50))}0${1 + (n % 9)}1${n % 10}${seq}`;
      seen.add(iso7064Mod112(first17));
      expect(gb11643CheckChar(first17)).toBe(iso7064Mod112(first17));
    }
    expect(seen.size).toBe(11);
  });

  it('names the field and asks to check every digit when the check character is wrong', () => {
    const good = withCheck('11010519900307123');
    const wrong = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const problems = checkResidentId(wrong, at, today);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.severity).toBe('error');
    // No "应为 N": the mistake may be anywhere in the number, not in its last character.
    expect(problems[0]?.message).toBe('负责人证件号码的校验位不符，请逐位核对');
  });
});

describe('居民身份证 format', () => {
  it('flags 15-digit first-generation numbers', () => {
    const [p] = checkResidentId('110105491231002', at, today);
    expect(p?.message).toContain('15位旧版');
  });

  it('rejects a lower-case x and wrong lengths', () => {
    expect(checkResidentId('11010519491231002x', at, today)[0]?.message).toContain('大写 X');
    expect(checkResidentId('1101051949123100', at, today)[0]?.message).toContain('应为18位');
    expect(checkResidentId('1101051949123100AX', at, today)[0]?.message).toContain('应为18位');
  });

  it('marks what is wrong in a number of full length, not a number still being typed', () => {
    // The editor shows `complete` problems while typing and the rest on blur.
    expect(checkResidentId('11010519', at, today)[0]?.complete).toBeUndefined();
    expect(checkResidentId('110105194912310021', at, today)[0]?.complete).toBe(true);
  });

  it('rejects unknown province prefixes (00, 71 台湾 is not issued on mainland cards, 99)', () => {
    for (const prefix of ['00', '71', '99', '10']) {
      const id = withCheck(`${prefix}010519900101123`);
      const problems = checkResidentId(id, at, today);
      expect(problems.map((p) => p.message).join()).toContain('省级行政区划代码');
    }
  });

  it('accepts every mainland province prefix', () => {
    for (const p of ['11', '15', '23', '46', '50', '54', '65']) {
      expect(checkResidentId(withCheck(`${p}010519900101123`), at, today)).toEqual([]);
    }
  });

  it('checks the birth date: real calendar day, leap years, not after today', () => {
    expect(checkResidentId(withCheck('11010520000229123'), at, today)).toEqual([]);
    expect(checkResidentId(withCheck('11010519000229123'), at, today)[0]?.message).toContain('不存在');
    expect(checkResidentId(withCheck('11010519901301123'), at, today)[0]?.message).toContain('不存在');
    expect(checkResidentId(withCheck('11010518761127123'), at, today)[0]?.message).toContain('150年前');
    expect(checkResidentId(withCheck('11010518761128123'), at, today)).toEqual([]);
    // Born today is possible (a newborn's card); tomorrow is not.
    expect(checkResidentId(withCheck('11010520261128123'), at, today)).toEqual([]);
    expect(checkResidentId(withCheck('11010520261129123'), at, today)[0]?.message).toContain('晚于今天');
  });

  it('lets callers restrict the prefix (residence permits)', () => {
    const hk = withCheck('81000019900101123');
    expect(checkGb11643(hk, at, today, { prefixes: ['810000', '820000'] })).toEqual([]);
    expect(checkGb11643(hk, at, today, { prefixes: ['830000'] })).toHaveLength(1);
  });

  it('ignores an empty value (required-ness is the page map’s job)', () => {
    expect(checkResidentId('', at, today)).toEqual([]);
  });
});
