import { describe, expect, it } from 'vitest';
import { itemMaker } from '../../tests/support/items';
import { PAGE_MAPS } from '../platform';
import { conditionHolds, fillOrder, matchFields } from './match';

const item = itemMaker();

describe('matchFields', () => {
  const step2 = PAGE_MAPS['website-2'];

  it('tells the two 名称 selects apart by their section only', () => {
    const access = item('网络接入服务商', '名称', 'select');
    const registrar = item('域名注册服务商', '名称', 'select');
    const { matches } = matchFields(step2, [registrar, access]);
    expect(matches.find((m) => m.spec.key === 'website.access.name')?.item).toBe(access);
    expect(matches.find((m) => m.spec.key === 'website.registrar.name')?.item).toBe(registrar);
  });

  it('never fills a label it finds twice in one section', () => {
    const { matches } = matchFields(step2, [
      item('网站信息', '网站名称', 'text'),
      item('网站信息', '网站名称：', 'text'),
    ]);
    const site = matches.find((m) => m.spec.key === 'website.siteName');
    expect(site?.item).toBeNull();
    expect(site && 'problem' in site ? site.problem : '').toBe('ambiguous');
  });

  it('does not match a known label outside its section', () => {
    const { matches } = matchFields(step2, [item('', '名称', 'select')]);
    expect(matches.find((m) => m.spec.key === 'website.access.name')?.item).toBeNull();
  });

  it('refuses a field whose widget is of another kind', () => {
    const { matches } = matchFields(step2, [item('网站信息', '网站开通日期', 'upload')]);
    const open = matches.find((m) => m.spec.key === 'website.openDate');
    expect(open && 'problem' in open ? open.problem : '').toBe('widget-mismatch');
  });

  it('reports required items that no field claims, and ignores optional unknown ones', () => {
    const extra = item('网站安全负责人', '紧急联系人QQ', 'text');
    const optional = item('网站安全负责人', '同主体负责人信息', 'checkbox', { required: false });
    const { unknownRequired } = matchFields(PAGE_MAPS['website-3'], [
      extra,
      optional,
      item('网站安全负责人', '姓名', 'text'),
    ]);
    expect(unknownRequired).toEqual([extra]);
  });

  it('matches the same labels of the two person blocks of step 3 to different people', () => {
    const a = item('网站安全负责人', '手机号码', 'text');
    const b = item('网站应急联络人', '手机号码', 'text');
    const { matches } = matchFields(PAGE_MAPS['website-3'], [a, b]);
    expect(matches.find((m) => m.spec.key === 'security.mobile')?.item).toBe(a);
    expect(matches.find((m) => m.spec.key === 'emergency.mobile')?.item).toBe(b);
  });
});

describe('conditions and order', () => {
  it('unit fields apply to a 单位 only', () => {
    const unitName = PAGE_MAPS.subject.fields.find((f) => f.key === 'unit.name');
    if (!unitName) throw new Error('map lost unit.name');
    expect(conditionHolds(unitName, { 'subject.nature': '单位' })).toBe(true);
    expect(conditionHolds(unitName, { 'subject.nature': '个人' })).toBe(false);
  });

  it('an unset 长期有效 means the expiry date is filled', () => {
    const expiry = PAGE_MAPS.subject.fields.find((f) => f.key === 'principal.idExpiry');
    if (!expiry) throw new Error('map lost principal.idExpiry');
    expect(conditionHolds(expiry, {})).toBe(true);
    expect(conditionHolds(expiry, { 'principal.idLongTerm': true })).toBe(false);
  });

  it('fills 开办主体性质 first, regions before provider names, 是 before its kinds', () => {
    const keys = (page: keyof typeof PAGE_MAPS) =>
      fillOrder(PAGE_MAPS[page].fields.map((spec) => ({ spec, item: null, problem: 'not-on-page' as const }))).map(
        (m) => m.spec.key,
      );
    const subject = keys('subject');
    expect(subject[0]).toBe('subject.nature');
    const step2 = keys('website-2');
    const firstThen = (a: string, b: string) => expect(step2.indexOf(a)).toBeLessThan(step2.indexOf(b));
    firstThen('website.access.region', 'website.access.name');
    firstThen('website.registrar.region', 'website.registrar.name');
    firstThen('website.controlledItems', 'website.controlledKinds');
    firstThen('website.preLicense', 'website.preLicenseKinds');
  });

  it("lets the page's waits overlap: uploads first, both regions early, the provider 名称 selects last", () => {
    const page = [
      item('网站信息', '网站名称', 'text'),
      item('网站信息', '域名证书', 'upload'),
      item('网站信息', 'IP', 'repeat'),
      item('网络接入服务商', '接入商所属地区管辖', 'select'),
      item('网络接入服务商', '接入商所属地区', 'cascader'),
      item('网络接入服务商', '名称', 'select'),
      item('网络接入服务商', '网站接入方式', 'select'),
      item('域名注册服务商', '域名商所属地区管辖', 'select'),
      item('域名注册服务商', '域名服务商所属地区', 'cascader'),
      item('域名注册服务商', '名称', 'select'),
      item('服务类型', '是否提供互联网交互服务', 'radio'),
    ];
    const order = fillOrder(matchFields(PAGE_MAPS['website-2'], page).matches)
      .filter((m) => m.item)
      .map((m) => m.spec.key.replace('website.', ''));
    expect(order).toEqual([
      'domainCert',
      'access.jurisdiction',
      'registrar.jurisdiction',
      'access.region',
      'registrar.region',
      'siteName',
      'ips',
      'access.method',
      'interactive',
      'access.name',
      'registrar.name',
    ]);
    // The subject's uploads start right after 开办主体性质, before any other field.
    const subject = fillOrder(
      PAGE_MAPS.subject.fields.map((spec) => ({ spec, item: null, problem: 'not-on-page' as const })),
    ).map((m) => m.spec.widget);
    expect(subject.slice(1, 5)).toEqual(['upload', 'upload', 'upload', 'upload']);
  });
});
