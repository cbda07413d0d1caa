// The `drift-labels` variant: labels and section titles reworded the way guides, older and newer versions of the
// platform word them. One row per rewording; `scope` says where it applies (a page, or a page's block), so the same
// label can be reworded differently in two places. Every rewording stays clear to a person filling the form.
// source: seed = the operator's guide beside PLATFORM.md; platform = PLATFORM.md (its "Newer evidence" and data
// notes); guide = public filing guides quoted there; guess = our own reading of how a revision would word it.
import { hasVariant } from '../variants';

export type Source = 'seed' | 'platform' | 'guide' | 'guess';

export interface Rewording {
  scope: string;
  kind: 'field' | 'section';
  original: string;
  reworded: string;
  source: Source;
}

const f = (scope: string, original: string, reworded: string, source: Source): Rewording => ({
  scope,
  kind: 'field',
  original,
  reworded,
  source,
});
const s = (scope: string, original: string, reworded: string, source: Source): Rewording => ({
  scope,
  kind: 'section',
  original,
  reworded,
  source,
});

export const DRIFT_LABELS: readonly Rewording[] = [
  // 新增主体
  s('subject', '开办主体信息', '主体信息', 'guess'),
  f('subject', '开办主体性质', '主体性质', 'guess'),
  f('subject', '主办单位性质', '单位性质', 'guess'),
  s('subject', '主办单位信息', '单位信息', 'guess'),
  f('subject', '主办单位名称', '单位名称', 'guess'),
  f('subject', '主办单位证件类型', '单位证件类型', 'guess'),
  f('subject', '主办单位证件号', '主办单位证件号码', 'platform'),
  f('subject', '主办单位有效证件', '主办单位有效证件照片', 'guess'),
  f('subject', '单位办公地址', '单位办公所在地区', 'guess'),
  f('subject', '单位办公详细地址', '办公详细地址', 'guess'),
  f('subject', '单位注册地址', '单位注册所在地区', 'guess'),
  f('subject', '单位注册详细地址', '注册详细地址', 'guess'),
  f('subject', '法定代表人姓名', '法定代表人', 'guess'),
  s('subject', '负责人信息', '主体负责人信息', 'guess'),
  f('subject.person', '负责人姓名', '姓名', 'seed'),
  f('subject.person', '负责人证件类型', '证件类型', 'seed'),
  f('subject.person', '负责人证件号码', '负责人证件号', 'platform'),
  f('subject.person', '负责人证件有效期', '负责人证件有效期限', 'guess'),
  f('subject.person', '身份证人像面', '身份证正面', 'guess'),
  f('subject.person', '身份证国徽面', '身份证反面', 'guess'),
  f('subject.person', '身份证手持', '手持身份证照片', 'guess'),
  f('subject.person', '负责人常住地址', '负责人常住地区', 'guess'),
  f('subject.person', '负责人常住详细地址', '负责人详细地址', 'guess'),
  f('subject.person', '负责人手机号码', '手机号码', 'seed'),
  f('subject.person', '办公室电话', '办公电话', 'guess'),
  f('subject.person', '电子邮件地址', '邮箱', 'platform'),
  // 新办网站申请 第1步
  f('website.subject', '开办主体', '选择开办主体', 'guess'),
  // 第2步
  s('website.site', '网站信息', '网站基本信息', 'seed'),
  f('website.site', '网站名称', '网站名', 'guess'),
  f('website.site', '网站类型', '网站类别', 'guess'),
  f('website.site', '工信部备案号', '工信部ICP备案号', 'guess'),
  f('website.site', '网站开通日期', '网站开通时间', 'platform'),
  f('website.site', '主域名', '网站主域名', 'seed'),
  f('website.site', '域名证书', '域名注册证书', 'guess'),
  f('website.site', '域名证书有效期', '域名证书有效期限', 'guess'),
  f('website.site', '从域名', '其他域名', 'seed'),
  f('website.site', 'IP', 'IP地址', 'guess'),
  f('website.site', '市值', '企业市值', 'guess'),
  f('website.site', '月活用户数量', '月活跃用户数', 'guess'),
  s('website.access', '网络接入服务商', '网络接入服务商信息', 'guess'),
  f('website.access', '接入商所属地区管辖', '接入服务商所属地区管辖', 'guess'),
  f('website.access', '接入商所属地区', '网络接入商所属区域', 'seed'),
  f('website.access', '名称', '网络接入服务商名称', 'seed'),
  f('website.access', '网站接入方式', '接入方式', 'guess'),
  s('website.registrar', '域名注册服务商', '域名注册服务商信息', 'guess'),
  f('website.registrar', '域名商所属地区管辖', '域名注册服务商所属地区管辖', 'guess'),
  f('website.registrar', '域名服务商所属地区', '域名注册服务商所属区域', 'seed'),
  f('website.registrar', '名称', '域名注册服务商名称', 'seed'),
  s('website.service', '服务类型', '网站服务类型', 'guess'),
  f('website.service', '是否提供互联网交互服务', '是否提供交互服务', 'guess'),
  s('website.service', '互联网危险物品信息发布', '危险物品信息发布', 'guess'),
  f('website.service', '是否提供涉及管制物品信息发布服务', '是否涉及管制物品信息发布', 'guess'),
  f('website.service', '相关前置许可', '前置许可', 'guess'),
  s('website.service', '网站语种', '语种', 'guess'),
  // 第3步: the older platform labelled the emergency block 联络人…, guides write 应急联系人.
  s('website.security', '网站安全负责人', '网站安全负责人信息', 'guess'),
  f('website.security', '证件号码', '证件号', 'platform'),
  f('website.security', '手机号码', '负责人手机号码', 'seed'),
  f('website.security', '电子邮件地址', '电子邮箱', 'guess'),
  f('website.security', '常住详细地址', '详细地址', 'guess'),
  s('website.emergency', '网站应急联络人', '网站应急联系人', 'guide'),
  f('website.emergency', '姓名', '联络人姓名', 'guide'),
  f('website.emergency', '证件类型', '联络人证件类型', 'guide'),
  f('website.emergency', '证件号码', '联络人证件号码', 'guide'),
  f('website.emergency', '证件有效期', '联络人证件有效期', 'guide'),
  f('website.emergency', '手机号码', '联系人手机号码', 'guide'),
  // 新增APP: the seed's text of the page drops the 负责人 prefix on the contact fields.
  f('app.person', '负责人手机号码', '手机号码', 'seed'),
  f('app.person', '负责人证件号码', '负责人证件号', 'platform'),
  f('app.person', '电子邮件地址', '电子邮件', 'guess'),
  f('app.person', '负责人证件有效期', '负责人证件有效期至', 'guess'),
  s('app.info', 'APP信息', '应用信息', 'guess'),
  f('app.info', '应用名称', 'APP名称', 'guess'),
  f('app.info', '运行平台', '应用运行平台', 'guess'),
  f('app.info', '应用logo', '应用图标', 'guess'),
  f('app.info', '应用类型', '应用类别', 'guess'),
  f('app.info', '应用包名', 'APP包名', 'guess'),
  f('app.info', '月活用户数量', '月活跃用户数', 'guess'),
  f('app.info', '注册用户总量', '注册用户数', 'guess'),
  f('app.info', '前置许可种类', '前置许可类型', 'guess'),
  f('app.info', '运行截图', '应用运行截图', 'guess'),
  f('app.info', '功能描述', '应用功能描述', 'guess'),
];

const drift = hasVariant('drift-labels');

/** The label as the page shows it: reworded in `scope` when drift-labels is on, else unchanged. */
export function relabel(original: string, scope: string): string {
  if (!drift) return original;
  return DRIFT_LABELS.find((row) => row.scope === scope && row.original === original)?.reworded ?? original;
}
