import { describe, expect, it } from 'vitest';
import { pickOption, samePath } from './options';

describe('pickOption', () => {
  it('takes the same text first, then the normalised one, then the one option that starts with it', () => {
    expect(pickOption(['单位', '个人'], '个人')).toBe(1);
    expect(pickOption(['居民身份证', '护照'], '身份证')).toBe(0);
    expect(pickOption(['网络基础类A（提供网络接入…）', '网络销售类B（…）'], '网络销售类B')).toBe(1);
    expect(
      pickOption(['杭州示例网络科技有限公司（单位，主体编号 S3301）', '李华（个人）'], '杭州示例网络科技有限公司'),
    ).toBe(0);
    expect(pickOption(['Ａｎｄｒｏｉｄ', 'IOS'], 'Android')).toBe(0);
    // 运行平台 named in Chinese: 安卓 / 苹果 / HarmonyOS.
    expect(pickOption(['安卓', '苹果', 'HarmonyOS'], 'Android')).toBe(0);
    expect(pickOption(['安卓', '苹果', 'HarmonyOS'], 'IOS')).toBe(1);
    expect(pickOption(['安卓', '苹果', 'HarmonyOS'], '鸿蒙')).toBe(2);
    expect(pickOption(['安卓', 'iOS', '其他'], 'Windows')).toBe(-1);
    expect(pickOption(['国内', '国外'], '境外')).toBe(1);
    expect(pickOption(['中华人民共和国居民身份证', '临时居民身份证'], '居民身份证')).toBe(0);
    expect(pickOption(['简体中文', '繁体中文', '英文', '韩语'], '中文繁体')).toBe(1);
    expect(pickOption(['简体中文', '繁体中文', '英文', '韩语'], '朝鲜语')).toBe(3);
  });

  it('never takes a near option, nor one of two that start alike', () => {
    expect(pickOption(['临时居民身份证', '军官证'], '居民身份证')).toBe(-1);
    expect(pickOption(['其他', '其他证件'], '其')).toBe(-1);
    expect(pickOption(['企业', '事业单位'], '个体经营')).toBe(-1);
  });
});

describe('网站类型 categories as guides word them', () => {
  it("其他Z is the page's Z（其他）, 生活服务类C its 生活服务类 C; never another letter or a bare 其他", () => {
    expect(pickOption(['E（信息咨询）', 'G（计算机应用）', 'Z（其他）'], '其他Z')).toBe(2);
    expect(pickOption(['网络基础类 A', '生活服务类 C'], '生活服务类C')).toBe(1);
    expect(pickOption(['A网络基础', 'C生活服务'], '生活服务类C')).toBe(1);
    expect(pickOption(['其他', '信息咨询类E'], '其他Z')).toBe(-1);
    expect(pickOption(['信息咨询类E', '计算机应用类G'], '其他Z')).toBe(-1);
  });

  it('a cascader path is the same level by level, in order', () => {
    expect(samePath(['Z（其他）', '企业官网'], ['其他Z', '企业官网'])).toBe(true);
    expect(samePath(['其他Z', '个人网站'], ['其他Z', '企业官网'])).toBe(false);
    expect(samePath(['其他Z'], ['其他Z', '企业官网'])).toBe(false);
    expect(samePath(['浙江省', '杭州市', '余杭区'], ['浙江省', '杭州市', '余杭区'])).toBe(true);
  });
});
