// The platform's own words for its forms, steps and sections: written once, here. Everything else refers to these.

export const FORM_TITLE = { subject: '新增主体', website: '新办网站申请', app: '新增APP' } as const;

export const STEP = {
  subject: '开办主体',
  site: '网站基本信息',
  people: '网站负责人',
  notice: '提示说明',
  app: 'APP信息',
} as const;

export const SECTION = {
  subjectInfo: '开办主体信息',
  unit: '主办单位信息',
  principal: '负责人信息',
  pickSubject: '开办主体',
  site: '网站信息',
  access: '网络接入服务商',
  registrar: '域名注册服务商',
  service: '服务类型',
  dangerous: '互联网危险物品信息发布',
  languages: '网站语种',
  security: '网站安全负责人',
  emergency: '网站应急联络人',
  app: 'APP信息',
} as const;
