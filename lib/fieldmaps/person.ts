import type { FieldSpec } from './types';

/**
 * The person block the platform repeats for the subject's 负责人, a site's 安全负责人 and 应急联络人, and an
 * app's 负责人. `prefix` is the label prefix the block uses ('负责人' on the subject page, '' in the wizard).
 */
export function personFields(scope: string, section: string, prefix: string): FieldSpec[] {
  const label = (name: string, ...variants: string[]) => [`${prefix}${name}`, ...variants.map((v) => `${prefix}${v}`)];
  return [
    { key: `${scope}.name`, section, labels: label('姓名'), widget: 'text', required: true },
    { key: `${scope}.idType`, section, labels: label('证件类型'), widget: 'select', required: true, order: 1 },
    { key: `${scope}.idNo`, section, labels: label('证件号码', '证件号'), widget: 'text', required: true },
    { key: `${scope}.idLongTerm`, section, labels: ['长期有效'], widget: 'checkbox', required: false, order: 2 },
    {
      key: `${scope}.idExpiry`,
      section,
      labels: label('证件有效期', '证件有效期至'),
      widget: 'date',
      required: true,
      when: { key: `${scope}.idLongTerm`, equals: false },
    },
    { key: `${scope}.idFront`, section, labels: ['身份证人像面', '证件人像面'], widget: 'upload', required: true },
    { key: `${scope}.idBack`, section, labels: ['身份证国徽面', '证件国徽面'], widget: 'upload', required: true },
    {
      key: `${scope}.idHandheld`,
      section,
      labels: ['身份证手持', '手持身份证', '手持证件照'],
      widget: 'upload',
      required: true,
    },
    { key: `${scope}.region`, section, labels: label('常住地址'), widget: 'cascader', required: true },
    { key: `${scope}.address`, section, labels: label('常住详细地址'), widget: 'text', required: true },
    { key: `${scope}.mobile`, section, labels: label('手机号码', '手机号'), widget: 'text', required: true },
    {
      key: `${scope}.officePhone`,
      section,
      labels: ['办公室电话', `${prefix}办公室电话`],
      widget: 'text',
      required: false,
    },
    {
      key: `${scope}.email`,
      section,
      labels: ['电子邮件地址', `${prefix}电子邮件地址`, '电子邮箱'],
      widget: 'text',
      required: false,
    },
  ];
}
