import { describe, expect, it } from 'vitest';
import { checkIcpNo } from './icp';

const at = { path: 'websites.0.icpNo', field: '工信部备案号' };
// The 31 provincial-level abbreviations, typed from the list of 省级行政区简称 (plus the 蜀/陇 alternates).
const ABBR = '京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘青宁新';

describe('工信部备案号', () => {
  it('accepts every province abbreviation, with and without -N', () => {
    expect([...ABBR]).toHaveLength(31);
    for (const p of [...ABBR, '蜀', '陇']) {
      expect(checkIcpNo(`${p}ICP备12345678号`, at), p).toEqual([]);
      expect(checkIcpNo(`${p}ICP备2023021566号-1`, at), p).toEqual([]);
    }
  });

  it('accepts the forms seen in practice: old 8-digit, new year-prefixed 10-digit, multi-digit suffix', () => {
    for (const v of ['晋ICP备2023021566号', '京ICP备05002571号-1', '粤ICP备2021000000号-12', '浙ICP备09109183号-3']) {
      expect(checkIcpNo(v, at), v).toEqual([]);
    }
  });

  it('rejects other abbreviations, lower case, missing 号, -0, licences and app numbers, with a specific message', () => {
    const cases: Array<[string, string]> = [
      ['港ICP备12345678号', '省份简称'],
      ['ICP备12345678号', '省份简称'],
      ['京icp备12345678号', '大写'],
      ['京ICP备12345678', '号'],
      ['京ICP备12345678号-0', '格式不正确'],
      ['京ICP备12345678号-', '结尾'],
      ['京ICP证030173号', '经营许可证'],
      ['粤ICP备12345678号-3A', 'APP'],
      ['京ICP备 12345678号', '空格'],
      ['京ICP备１２３４５６７８号－１', '全角'],
      ['京ICP备号', '格式不正确'],
    ];
    for (const [v, hint] of cases) {
      const p = checkIcpNo(v, at);
      expect(p, v).toHaveLength(1);
      expect(p[0]?.message, v).toContain(hint);
      expect(p[0]?.message.startsWith('工信部备案号'), v).toBe(true);
    }
  });
});
