import { FORM_TITLE, SECTION } from './names';
import { personFields, personSection } from './person';
import type { FieldSpec, PageMap } from './types';

const app = (key: string, labels: string[], widget: FieldSpec['widget'], required = true): FieldSpec => ({
  key: `app.${key}`,
  section: SECTION.app,
  labels,
  widget,
  required,
});

export const APP_PAGE: PageMap = {
  page: 'app',
  form: 'app',
  title: FORM_TITLE.app,
  sections: [
    personSection(SECTION.principal, ['APP负责人信息', 'APP负责人', '负责人基本信息'], 'principal', ['app负责人']),
    { title: SECTION.app, aliases: ['应用信息', 'APP基本信息', '应用基本信息'], implies: ['app', '应用'] },
  ],
  fields: [
    ...personFields('appPerson', SECTION.principal),
    app('appName', ['应用名称', 'APP名称'], 'text'),
    app('platforms', ['运行平台', '应用运行平台'], 'multiselect'),
    { ...app('logo', ['应用logo', '应用图标'], 'upload'), maxFiles: 1 },
    app('appType', ['应用类型', 'APP类型'], 'radio'),
    app('packageName', ['应用包名', '包名'], 'text'),
    app('marketValue', ['市值'], 'text', false),
    app('monthlyActive', ['月活用户数量'], 'text'),
    app('registeredUsers', ['注册用户总量', '注册用户数量'], 'text'),
    { ...app('preLicense', ['相关前置许可', '前置许可'], 'radio'), order: 1 },
    {
      ...app('preLicenseKinds', ['前置许可种类', '前置许可类型'], 'checkboxgroup'),
      after: '相关前置许可',
      when: { key: 'app.preLicense', equals: '是' },
    },
    { ...app('screenshots', ['运行截图', '应用截图'], 'upload'), maxFiles: 6 },
    app('description', ['功能描述', '应用功能描述', '应用简介', '功能简介', '功能介绍'], 'textarea'),
  ],
};
