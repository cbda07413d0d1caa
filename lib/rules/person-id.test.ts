import { describe, expect, it } from 'vitest';
import { checkPersonId } from './person-id';

function mod112(first17: string): string {
  let s = 0;
  for (let i = 0; i < 17; i++) s += Number(first17[i]) * (2 ** (17 - i) % 11);
  const c = (12 - (s % 11)) % 11;
  return first17 + (c === 10 ? 'X' : String(c));
}
const at = { path: 'x', field: '负责人证件号码' };
const today = '2026-11-28';
const ok = (type: Parameters<typeof checkPersonId>[0], v: string) =>
  expect(checkPersonId(type, v, at, today)).toEqual([]);
const bad = (type: Parameters<typeof checkPersonId>[0], v: string) =>
  expect(checkPersonId(type, v, at, today).filter((p) => p.severity === 'error').length).toBeGreaterThan(0);

describe('other ID types', () => {
  it('港澳居民来往内地通行证: H/M + 8 or 10 digits', () => {
    ok('港澳居民来往内地通行证', 'H12345678');
    ok('港澳居民来往内地通行证', 'M1234567890');
    bad('港澳居民来往内地通行证', 'H1234567');
    bad('港澳居民来往内地通行证', 'K12345678');
    bad('港澳居民来往内地通行证', 'H123456789');
  });

  it('台湾居民来往大陆通行证: 8 digits', () => {
    ok('台湾居民来往大陆通行证', '12345678');
    bad('台湾居民来往大陆通行证', '1234567');
    bad('台湾居民来往大陆通行证', 'T1234567');
  });

  it('护照: letters and digits', () => {
    ok('护照', 'E12345678');
    ok('护照', 'EA1234567');
    ok('护照', '533380006');
    bad('护照', 'E1234 5678');
    bad('护照', 'e12345678');
  });

  it('港澳台居民居住证: 810000/820000/830000 prefix with the GB 11643 checksum', () => {
    ok('港澳居民居住证', mod112('81000019900101123'));
    ok('港澳居民居住证', mod112('82000019851231456'));
    bad('港澳居民居住证', mod112('83000019900101123'));
    ok('台湾居民居住证', mod112('83000019900101123'));
    bad('台湾居民居住证', mod112('81000019900101123'));
    const good = mod112('83000019900101123');
    bad('台湾居民居住证', good.slice(0, 17) + (good[17] === '1' ? '2' : '1'));
  });

  it('外国人永久居留身份证: old 15-character and new 18-character 9xx numbers', () => {
    ok('外国人永久居留身份证', 'USA110085061002');
    bad('外国人永久居留身份证', 'US1100850610021');
    ok('外国人永久居留身份证', mod112('91184019850101123'));
    const good = mod112('93184019850101123');
    ok('外国人永久居留身份证', good);
    bad('外国人永久居留身份证', good.slice(0, 17) + (good[17] === '1' ? '2' : '1'));
    bad('外国人永久居留身份证', mod112('11010519850101123'));
  });

  it('居民身份证 routes to the full check', () => {
    ok('居民身份证', '11010519491231002X');
    bad('居民身份证', '110105194912310021');
  });

  it('军官证 and 其他 accept any reasonable text', () => {
    ok('军官证', '军字第1234567号');
    bad('军官证', '军字 123');
    ok('其他', 'anything at all');
  });
});
