import { FORM_TITLE, SECTION, STEP } from './names';
import { personFields, personSection } from './person';
import type { FieldSpec, PageMap } from './types';

const WIZARD = { title: FORM_TITLE.website, form: 'website' } as const;

export const WEBSITE_STEP1: PageMap = {
  ...WIZARD,
  page: 'website-1',
  stepTitle: STEP.subject,
  sections: [{ title: SECTION.pickSubject, aliases: ['选择开办主体', '开办主体信息'] }],
  fields: [
    {
      key: 'subject.name',
      section: '',
      labels: ['开办主体', '开办主体名称', '选择开办主体', '主体名称'],
      widget: 'radio',
      required: true,
    },
  ],
};

const site = (key: string, labels: string[], widget: FieldSpec['widget'], required = true): FieldSpec => ({
  key: `website.${key}`,
  section: SECTION.site,
  labels,
  widget,
  required,
});

const yesNoWithKinds = (
  section: string,
  yesNoKey: string,
  yesNoLabels: string[],
  kindsKey: string,
  kindsLabels: string[],
): FieldSpec[] => [
  { key: `website.${yesNoKey}`, section, labels: yesNoLabels, widget: 'radio', required: true, order: 1 },
  {
    key: `website.${kindsKey}`,
    section,
    labels: kindsLabels,
    after: yesNoLabels[0],
    widget: 'checkboxgroup',
    required: true,
    when: { key: `website.${yesNoKey}`, equals: '是' },
  },
];

/** 网站基本信息. Both provider sections say 名称, so the section title is what tells them apart. */
export const WEBSITE_STEP2: PageMap = {
  ...WIZARD,
  page: 'website-2',
  stepTitle: STEP.site,
  sections: [
    { title: SECTION.site, aliases: ['网站基本信息'], implies: ['网站'] },
    {
      title: SECTION.access,
      aliases: ['接入服务商', '网络接入服务商信息'],
      implies: ['接入商', '接入服务商', '网络接入服务商'],
    },
    {
      title: SECTION.registrar,
      aliases: ['域名服务商', '域名注册服务商信息'],
      implies: ['域名商', '域名服务商', '域名注册服务商', '域名注册商'],
    },
    { title: SECTION.service, aliases: ['网站服务类型'] },
    { title: SECTION.dangerous, aliases: ['危险物品信息发布'] },
    { title: SECTION.languages, aliases: ['语种'] },
  ],
  fields: [
    site('siteName', ['网站名称'], 'text'),
    // 2026: a category letter and a sub-category, drawn by our replica as one cascader (the real widget is a guess).
    // Drawn as one choice (a select or radios of the categories), it takes the category; a sub-category asked for
    // in a field of its own is left to the user, who sees it among the empty required fields.
    { ...site('siteType', ['网站类型', '网站分类'], 'cascader'), widgets: ['cascader', 'select', 'radio'] },
    site('icpNo', ['工信部备案号', 'ICP备案号'], 'text'),
    site('openDate', ['网站开通日期', '开通日期'], 'date'),
    site('domain', ['网站主域名', '主域名', '网站域名'], 'text'),
    site('domainCert', ['域名证书'], 'upload'),
    site('certRange', ['域名证书有效期', '域名有效期'], 'daterange'),
    site('otherDomains', ['从域名'], 'repeat', false),
    site('ips', ['IP', 'IP地址', '网站IP', '服务器IP'], 'repeat'),
    site('marketValue', ['市值'], 'text', false),
    site('monthlyActive', ['月活用户数量'], 'text', false),
    {
      key: 'website.access.jurisdiction',
      section: SECTION.access,
      labels: ['接入商所属地区管辖', '所属地区管辖'],
      widget: 'select',
      required: true,
      order: 1,
    },
    {
      key: 'website.access.region',
      section: SECTION.access,
      labels: ['接入商所属地区', '所属地区'],
      widget: 'cascader',
      required: true,
      order: 2,
    },
    {
      key: 'website.access.name',
      section: SECTION.access,
      optionsAfter: 'website.access.region',
      labels: ['名称', '接入商名称'],
      widget: 'select',
      required: true,
    },
    {
      key: 'website.access.method',
      section: SECTION.access,
      labels: ['网站接入方式', '接入方式'],
      widget: 'select',
      required: true,
    },
    {
      key: 'website.registrar.jurisdiction',
      section: SECTION.registrar,
      labels: ['域名商所属地区管辖', '所属地区管辖'],
      widget: 'select',
      required: true,
      order: 1,
    },
    {
      key: 'website.registrar.region',
      section: SECTION.registrar,
      labels: ['域名服务商所属地区', '所属地区'],
      widget: 'cascader',
      required: true,
      order: 2,
    },
    {
      key: 'website.registrar.name',
      section: SECTION.registrar,
      optionsAfter: 'website.registrar.region',
      labels: ['名称', '域名商名称'],
      widget: 'select',
      required: true,
    },
    {
      key: 'website.interactive',
      section: SECTION.service,
      labels: ['是否提供互联网交互服务'],
      widget: 'radio',
      required: true,
    },
    ...yesNoWithKinds(SECTION.dangerous, 'controlledItems', ['是否提供涉及管制物品信息发布服务'], 'controlledKinds', [
      '管制物品种类',
      '涉及管制物品种类',
    ]),
    ...yesNoWithKinds(SECTION.dangerous, 'preLicense', ['相关前置许可'], 'preLicenseKinds', [
      '前置许可种类',
      '相关前置许可种类',
    ]),
    {
      key: 'website.languages',
      section: SECTION.languages,
      labels: ['网站语种', '语种', '网站语言'],
      after: '',
      widget: 'checkboxgroup',
      required: false,
    },
  ],
};

/** 网站负责人: two person blocks with the same labels, told apart only by their section title. */
export const WEBSITE_STEP3: PageMap = {
  ...WIZARD,
  page: 'website-3',
  stepTitle: STEP.people,
  sections: [
    personSection(SECTION.security, ['安全负责人', '网站安全负责人信息', '安全负责人信息'], 'security'),
    personSection(SECTION.emergency, ['应急联络人', '网站应急联络人信息', '应急联络人信息'], 'emergency'),
  ],
  fields: [...personFields('security', SECTION.security), ...personFields('emergency', SECTION.emergency)],
};
