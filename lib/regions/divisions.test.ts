import { describe, expect, it } from 'vitest';
import { MAINLAND_PROVINCE_CODES } from '../rules/province-codes';
import { checkRegionAgainstDivisions, childrenOf, codesForNames, DIVISIONS, namesForCodes } from './divisions';

const at = { path: 'p', field: '单位办公地址' };

describe('divisions', () => {
  it('the tiny province table used by the ID rules equals the package’s provinces', () => {
    expect([...MAINLAND_PROVINCE_CODES].sort()).toEqual(DIVISIONS.map((d) => d.code).sort());
  });

  it('looks up names ↔ codes both ways', () => {
    expect(codesForNames(['浙江省', '杭州市', '余杭区'])).toEqual(['33', '3301', '330110']);
    expect(namesForCodes(['11', '1101', '110108'])).toEqual(['北京市', '市辖区', '海淀区']);
    expect(codesForNames(['浙江省', '广州市'])).toBeNull();
    expect(namesForCodes(['33', '4401'])).toBeNull();
    expect(codesForNames(['广东省', '广州市', '海珠区'])).toEqual(['44', '4401', '440105']);
  });

  it('checks that stored names agree with codes', () => {
    expect(
      checkRegionAgainstDivisions({ codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '余杭区'] }, at),
    ).toEqual([]);
    const [p] = checkRegionAgainstDivisions(
      { codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '西湖区'] },
      at,
    );
    expect(p?.message).toContain('不一致');
    expect(
      checkRegionAgainstDivisions({ codes: ['33', '3301', '339999'], names: ['浙江省', '杭州市', 'x'] }, at)[0]
        ?.message,
    ).toContain('不存在');
  });

  it('lists children for the cascader', () => {
    expect(childrenOf().length).toBe(31);
    expect(childrenOf('3301').some((d) => d.name === '余杭区')).toBe(true);
    expect(childrenOf('330110')).toEqual([]);
  });
});
