import { describe, expect, it } from 'vitest';
import { itemMaker } from '../../tests/support/items';
import { PAGE_MAPS } from '../platform';
import type { PageKey } from '../platform/types';
import { type CollectedItem, matchFields } from './match';

const item = itemMaker();

/** The payload key each item is matched to ('' when none). */
function keysOf(page: PageKey, items: CollectedItem[]): string[] {
  const { matches } = matchFields(PAGE_MAPS[page], items);
  return items.map((i) => matches.find((m) => m.item === i)?.spec.key ?? '');
}

describe('labels worded as other versions and guides word them', () => {
  it('the APP person block without the 负责人 prefix', () => {
    const items = [
      item('负责人信息', '负责人姓名', 'text'),
      item('负责人信息', '手机号码', 'text'),
      item('负责人信息', '办公室电话', 'text'),
      item('负责人信息', '电子邮件地址', 'text'),
      item('APP信息', '应用名称', 'text'),
    ];
    expect(keysOf('app', items)).toEqual([
      'appPerson.name',
      'appPerson.mobile',
      'appPerson.officePhone',
      'appPerson.email',
      'app.appName',
    ]);
  });

  it('证件号 / 证件号码, 时间 / 日期, 邮箱 / 电子邮件地址, 区域 / 地区, 联系人 / 联络人', () => {
    const items = [
      item('负责人信息', '负责人证件号', 'text'),
      item('负责人信息', '负责人证件有效期限', 'date'),
      item('负责人信息', '电子邮箱', 'text'),
      item('开办主体信息', '开办主体性质', 'radio'),
      item('主办单位信息', '主办单位证件号', 'text'),
    ];
    expect(keysOf('subject', items)).toEqual([
      'principal.idNo',
      'principal.idExpiry',
      'principal.email',
      'subject.nature',
      'unit.certNo',
    ]);
    const site = [item('网站信息', '网站开通时间', 'date'), item('网络接入服务商', '接入商所属区域', 'cascader')];
    expect(keysOf('website-2', site)).toEqual(['website.openDate', 'website.access.region']);
    const people = [item('网站应急联络人', '联系人姓名', 'text'), item('网站应急联络人', '联络人手机号', 'text')];
    expect(keysOf('website-3', people)).toEqual(['emergency.name', 'emergency.mobile']);
  });

  it('a word added or dropped: 企业市值, 是否提供交互服务, 单位办公所在地区, 应用类别, 其他域名', () => {
    const site = [
      item('网站信息', '企业市值', 'text'),
      item('网站信息', '其他域名', 'repeat'),
      item('服务类型', '是否提供交互服务', 'radio'),
    ];
    expect(keysOf('website-2', site)).toEqual(['website.marketValue', 'website.otherDomains', 'website.interactive']);
    const unit = [item('主办单位信息', '单位办公所在地区', 'cascader'), item('主办单位信息', '办公详细地址', 'text')];
    expect(keysOf('subject', unit)).toEqual(['unit.officeRegion', 'unit.officeAddress']);
    expect(keysOf('app', [item('APP信息', '应用类别', 'radio')])).toEqual(['app.appType']);
  });

  it('a plain date input or a select where we expected a radio: the page decides the widget', () => {
    const items = [item('网站信息', '网站开通日期', 'text'), item('网络接入服务商', '网站接入方式', 'radio')];
    expect(keysOf('website-2', items)).toEqual(['website.openDate', 'website.access.method']);
  });
});

describe('never a value in a wrong field', () => {
  it('开办主体性质 and 主办单位性质 stay apart, and a bare 性质 is neither', () => {
    const items = [item('开办主体信息', '主办单位性质', 'select'), item('开办主体信息', '性质', 'select')];
    expect(keysOf('subject', items)).toEqual(['unit.kind', '']);
  });

  it('所属地区 and 所属地区管辖 go to their own fields', () => {
    const items = [item('网络接入服务商', '所属地区管辖', 'select'), item('网络接入服务商', '所属地区', 'cascader')];
    expect(keysOf('website-2', items)).toEqual(['website.access.jurisdiction', 'website.access.region']);
  });

  it('a label that could be several fields is only suggested', () => {
    const contact = item('负责人信息', '联系方式', 'text');
    const { matches } = matchFields(PAGE_MAPS.subject, [contact]);
    expect(matches.some((m) => m.item === contact)).toBe(false);
  });

  it('an address that is not the one we know stays empty', () => {
    const items = [item('主办单位信息', '单位通讯地址', 'cascader'), item('负责人信息', '户籍地址', 'cascader')];
    expect(keysOf('subject', items)).toEqual(['', '']);
  });

  it('a reworded label close to ours is a suggestion, not a fill', () => {
    const near = item('网站信息', '站点名称', 'text');
    const { matches } = matchFields(PAGE_MAPS['website-2'], [near]);
    const site = matches.find((m) => m.spec.key === 'website.siteName');
    expect(site?.item).toBeNull();
    expect(site && 'problem' in site ? site.problem : '').toBe('uncertain');
  });
});

describe('网站类型 (2026)', () => {
  it('网站类型 or 网站类别 as a cascader, or as one choice of the categories (select, radios), is the website type', () => {
    expect(keysOf('website-2', [item('网站信息', '网站类型', 'cascader')])).toEqual(['website.siteType']);
    expect(keysOf('website-2', [item('网站信息', '网站类别', 'cascader')])).toEqual(['website.siteType']);
    expect(keysOf('website-2', [item('网站信息', '网站类型', 'select')])).toEqual(['website.siteType']);
    expect(keysOf('website-2', [item('网站信息', '网站类型', 'radio')])).toEqual(['website.siteType']);
    const { matches } = matchFields(PAGE_MAPS['website-2'], [item('网站信息', '网站类型', 'text')]);
    const m = matches.find((x) => x.spec.key === 'website.siteType');
    expect(m && 'problem' in m ? m.problem : '').toBe('widget-mismatch');
  });

  it('网站类型 takes no other field of 网站信息, and 网站名称 stays 网站名称', () => {
    const items = [
      item('网站信息', '网站名称', 'text'),
      item('网站信息', '网站类型', 'cascader'),
      item('网站信息', '网站接入方式', 'cascader'),
    ];
    expect(keysOf('website-2', items)).toEqual(['website.siteName', 'website.siteType', '']);
  });
});

describe('emergency and security contacts as guides word them (联络人… / 应急联系人…)', () => {
  const emergency = (label: string, widget: CollectedItem['widget'] = 'text') => item('网站应急联络人', label, widget);
  const security = (label: string, widget: CollectedItem['widget'] = 'text') => item('网站安全负责人', label, widget);

  it('the older 联络人 labels and the 应急联系人 wording go to the emergency contact', () => {
    const items = [
      emergency('联络人姓名'),
      emergency('联络人证件类型', 'select'),
      emergency('联络人证件号码'),
      emergency('联络人证件有效期', 'date'),
      emergency('应急联系人手机号码'),
      emergency('应急联系人电子邮件地址'),
      emergency('应急联络人常住地址', 'cascader'),
      emergency('网站应急联系人办公室电话'),
    ];
    expect(keysOf('website-3', items)).toEqual([
      'emergency.name',
      'emergency.idType',
      'emergency.idNo',
      'emergency.idExpiry',
      'emergency.mobile',
      'emergency.email',
      'emergency.region',
      'emergency.officePhone',
    ]);
  });

  it('the security block keeps its own: 安全负责人… labels there, 联络人 labels nowhere in it', () => {
    const items = [
      security('安全负责人姓名'),
      security('网站安全负责人手机号码'),
      emergency('联络人姓名'),
      emergency('应急联系人手机号码'),
    ];
    expect(keysOf('website-3', items)).toEqual([
      'security.name',
      'security.mobile',
      'emergency.name',
      'emergency.mobile',
    ]);
  });

  it("a label naming the other role is not this block's field, not even as a suggestion", () => {
    const stray = [security('应急联系人手机号码'), security('联络人姓名'), emergency('安全负责人姓名')];
    const { matches } = matchFields(PAGE_MAPS['website-3'], stray);
    expect(matches.filter((m) => m.item || ('candidate' in m && m.candidate)).map((m) => m.spec.key)).toEqual([]);
  });

  it('a note in brackets after the label (a unit, a hint) and other words for the same field', () => {
    const app = [
      item('APP信息', '市值（亿元）', 'text'),
      item('APP信息', '注册用户总量(万)', 'text'),
      item('APP信息', '应用包名（Android）', 'text'),
      item('APP信息', '运行平台（可多选）', 'checkboxgroup'),
      item('APP信息', '功能简介', 'textarea'),
    ];
    expect(keysOf('app', app)).toEqual([
      'app.marketValue',
      'app.registeredUsers',
      'app.packageName',
      'app.platforms',
      'app.description',
    ]);
    const site = [
      item('网站信息', '网站域名', 'text'),
      item('网站信息', '域名证书有效期（起止日期）', 'daterange'),
      item('网站语种', '网站语言', 'checkboxgroup'),
    ];
    expect(keysOf('website-2', site)).toEqual(['website.domain', 'website.certRange', 'website.languages']);
    expect(keysOf('subject', [item('主办单位信息', '统一社会信用代码', 'text')])).toEqual(['unit.certNo']);
    // A note never makes two fields one: 单位地址 is 办公 or 注册, so it stays unfilled.
    expect(keysOf('subject', [item('主办单位信息', '单位地址（省市区）', 'cascader')])).toEqual(['']);
  });
});
