import { describe, expect, it } from 'vitest';
import { checkRegionComplete, checkRegionShape } from './region-shape';

const at = { path: 'p', field: '单位办公地址' };
const hz = { codes: ['33', '3301', '330110'], names: ['浙江省', '杭州市', '余杭区'] };

describe('region shape', () => {
  it('accepts nested codes paired with names', () => {
    expect(checkRegionShape(hz, at)).toEqual([]);
    expect(checkRegionShape({ codes: [], names: [] }, at)).toEqual([]);
    expect(checkRegionShape(undefined, at)).toEqual([]);
  });
  it('rejects mismatched counts, broken nesting and unknown provinces', () => {
    expect(checkRegionShape({ ...hz, names: ['浙江省', '杭州市'] }, at)[0]?.message).toContain('数量不一致');
    expect(checkRegionShape({ ...hz, codes: ['33', '3201', '320110'] }, at)[0]?.message).toContain('层级');
    expect(checkRegionShape({ ...hz, codes: ['33', '330110', '3301'] }, at)[0]?.message).toContain('层级');
    expect(checkRegionShape({ codes: ['99'], names: ['某省'] }, at)[0]?.message).toContain('99');
  });
  it('wants a county-level selection', () => {
    expect(checkRegionComplete(hz, at)).toEqual([]);
    expect(checkRegionComplete({ codes: ['33', '3301'], names: ['浙江省', '杭州市'] }, at)).toHaveLength(1);
  });
});
