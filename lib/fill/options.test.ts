import { describe, expect, it } from 'vitest';
import { pickOption } from './options';

describe('pickOption', () => {
  it('takes the same text first, then the normalised one, then the one option that starts with it', () => {
    expect(pickOption(['单位', '个人'], '个人')).toBe(1);
    expect(pickOption(['居民身份证', '护照'], '身份证')).toBe(0);
    expect(pickOption(['网络基础类A（提供网络接入…）', '网络销售类B（…）'], '网络销售类B')).toBe(1);
    expect(
      pickOption(['杭州示例网络科技有限公司（单位，主体编号 S3301）', '李华（个人）'], '杭州示例网络科技有限公司'),
    ).toBe(0);
    expect(pickOption(['Ａｎｄｒｏｉｄ', 'IOS'], 'Android')).toBe(0);
  });

  it('never takes a near option, nor one of two that start alike', () => {
    expect(pickOption(['临时居民身份证', '军官证'], '居民身份证')).toBe(-1);
    expect(pickOption(['其他', '其他证件'], '其')).toBe(-1);
    expect(pickOption(['企业', '事业单位'], '个体经营')).toBe(-1);
  });
});
