import type { FieldSpec, SectionSpec } from './types';

/**
 * The person block the platform repeats for the subject's 负责人, a site's 安全负责人 and 应急联络人, and an
 * app's 负责人. Labels are written without the role prefix: the section implies it (负责人姓名 under 负责人信息,
 * 联络人姓名 under 网站应急联络人), and matching strips it from the page's labels too.
 */
export function personFields(scope: string, section: string): FieldSpec[] {
  const f = (key: string, labels: string[], widget: FieldSpec['widget'], required = true): FieldSpec => ({
    key: `${scope}.${key}`,
    section,
    labels,
    widget,
    required,
  });
  return [
    f('name', ['姓名'], 'text'),
    { ...f('idType', ['证件类型'], 'select'), order: 1 },
    f('idNo', ['证件号码'], 'text'),
    { ...f('idLongTerm', ['长期有效'], 'checkbox', false), order: 2 },
    { ...f('idExpiry', ['证件有效期'], 'date'), when: { key: `${scope}.idLongTerm`, equals: false } },
    f('idFront', ['身份证人像面', '证件人像面'], 'upload'),
    f('idBack', ['身份证国徽面', '证件国徽面'], 'upload'),
    f('idHandheld', ['身份证手持', '手持身份证', '手持证件照'], 'upload'),
    f('region', ['常住地址'], 'cascader'),
    f('address', ['常住详细地址'], 'text'),
    { ...f('mobile', ['手机号码'], 'text'), hints: ['手机号码格式', '186'] },
    { ...f('officePhone', ['办公室电话'], 'text', false), hints: ['区号', '固定电话'] },
    f('email', ['电子邮件地址'], 'text', false),
  ];
}

/**
 * The role prefixes each person block's labels may carry (guides write 应急联系人 and the older platform 联络人姓名;
 * 联系人 reads as 联络人). A label with another block's prefix is never this block's field.
 */
const ROLE_PREFIXES = {
  principal: ['负责人'],
  security: ['负责人', '安全负责人', '网站安全负责人'],
  emergency: ['联络人', '应急联络人', '网站应急联络人'],
} as const;
export type PersonBlock = keyof typeof ROLE_PREFIXES;

export const personSection = (
  title: string,
  aliases: string[],
  block: PersonBlock,
  extra: string[] = [],
): SectionSpec => {
  const own: readonly string[] = ROLE_PREFIXES[block];
  const others = Object.values(ROLE_PREFIXES).flat() as string[];
  return { title, aliases, implies: [...extra, ...own], foreign: others.filter((p) => !own.includes(p)) };
};
