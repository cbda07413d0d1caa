import { personFields, personSection } from './person';
import type { FieldSpec, PageMap } from './types';

const WIZARD = { title: '新办网站申请', form: 'website' } as const;

export const WEBSITE_STEP1: PageMap = {
  ...WIZARD,
  page: 'website-1',
  stepTitle: '开办主体',
  sections: [{ title: '开办主体', aliases: ['选择开办主体', '开办主体信息'] }],
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
  section: '网站信息',
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
  stepTitle: '网站基本信息',
  sections: [
    { title: '网站信息', aliases: ['网站基本信息'], implies: ['网站'] },
    {
      title: '网络接入服务商',
      aliases: ['接入服务商', '网络接入服务商信息'],
      implies: ['接入商', '接入服务商', '网络接入服务商'],
    },
    {
      title: '域名注册服务商',
      aliases: ['域名服务商', '域名注册服务商信息'],
      implies: ['域名商', '域名服务商', '域名注册服务商', '域名注册商'],
    },
    { title: '服务类型', aliases: ['网站服务类型'] },
    { title: '互联网危险物品信息发布', aliases: ['危险物品信息发布'] },
    { title: '网站语种', aliases: ['语种'] },
  ],
  fields: [
    site('siteName', ['网站名称'], 'text'),
    site('icpNo', ['工信部备案号', 'ICP备案号'], 'text'),
    site('openDate', ['网站开通日期', '开通日期'], 'date'),
    site('domain', ['网站主域名', '主域名'], 'text'),
    site('domainCert', ['域名证书'], 'upload'),
    site('certRange', ['域名证书有效期', '域名有效期'], 'daterange'),
    site('otherDomains', ['从域名'], 'repeat', false),
    site('ips', ['IP', 'IP地址', '网站IP', '服务器IP'], 'repeat'),
    site('marketValue', ['市值'], 'text', false),
    site('monthlyActive', ['月活用户数量'], 'text', false),
    {
      key: 'website.access.jurisdiction',
      section: '网络接入服务商',
      labels: ['接入商所属地区管辖', '所属地区管辖'],
      widget: 'select',
      required: true,
      order: 1,
    },
    {
      key: 'website.access.region',
      section: '网络接入服务商',
      labels: ['接入商所属地区', '所属地区'],
      widget: 'cascader',
      required: true,
      order: 2,
    },
    {
      key: 'website.access.name',
      section: '网络接入服务商',
      labels: ['名称', '接入商名称'],
      widget: 'select',
      required: true,
      order: 3,
    },
    {
      key: 'website.access.method',
      section: '网络接入服务商',
      labels: ['网站接入方式', '接入方式'],
      widget: 'select',
      required: true,
    },
    {
      key: 'website.registrar.jurisdiction',
      section: '域名注册服务商',
      labels: ['域名商所属地区管辖', '所属地区管辖'],
      widget: 'select',
      required: true,
      order: 1,
    },
    {
      key: 'website.registrar.region',
      section: '域名注册服务商',
      labels: ['域名服务商所属地区', '所属地区'],
      widget: 'cascader',
      required: true,
      order: 2,
    },
    {
      key: 'website.registrar.name',
      section: '域名注册服务商',
      labels: ['名称', '域名商名称'],
      widget: 'select',
      required: true,
      order: 3,
    },
    {
      key: 'website.interactive',
      section: '服务类型',
      labels: ['是否提供互联网交互服务'],
      widget: 'radio',
      required: true,
    },
    ...yesNoWithKinds(
      '互联网危险物品信息发布',
      'controlledItems',
      ['是否提供涉及管制物品信息发布服务'],
      'controlledKinds',
      ['管制物品种类', '涉及管制物品种类'],
    ),
    ...yesNoWithKinds('互联网危险物品信息发布', 'preLicense', ['相关前置许可'], 'preLicenseKinds', [
      '前置许可种类',
      '相关前置许可种类',
    ]),
    {
      key: 'website.languages',
      section: '网站语种',
      labels: ['网站语种', '语种'],
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
  stepTitle: '网站负责人',
  sections: [
    personSection('网站安全负责人', ['安全负责人', '网站安全负责人信息', '安全负责人信息']),
    personSection('网站应急联络人', ['应急联络人', '网站应急联络人信息', '应急联络人信息']),
  ],
  fields: [...personFields('security', '网站安全负责人'), ...personFields('emergency', '网站应急联络人')],
};
