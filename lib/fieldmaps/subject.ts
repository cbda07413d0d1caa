import { personFields } from './person';
import type { FieldSpec, PageMap } from './types';

const unit = (key: string, labels: string[], widget: FieldSpec['widget'], required = true): FieldSpec => ({
  key: `unit.${key}`,
  section: '主办单位信息',
  labels,
  widget,
  required,
  when: { key: 'subject.nature', equals: '单位' },
});

/** 新增主体: 开办主体性质 decides whether the unit sections exist, so it is filled first. */
export const SUBJECT_PAGE: PageMap = {
  page: 'subject',
  title: '新增主体',
  sections: ['开办主体信息', '主办单位信息', '负责人信息'],
  fields: [
    {
      key: 'subject.nature',
      section: '开办主体信息',
      labels: ['开办主体性质'],
      widget: 'select',
      required: true,
      order: 0,
      structural: true,
    },
    {
      key: 'unit.kind',
      section: '开办主体信息',
      labels: ['主办单位性质'],
      widget: 'select',
      required: true,
      when: { key: 'subject.nature', equals: '单位' },
    },
    unit('name', ['主办单位名称'], 'text'),
    { ...unit('certType', ['主办单位证件类型'], 'select'), order: 1 },
    unit('certNo', ['主办单位证件号', '主办单位证件号码'], 'text'),
    unit('certImage', ['主办单位有效证件'], 'upload'),
    unit('officeRegion', ['单位办公地址'], 'cascader'),
    unit('officeAddress', ['单位办公详细地址'], 'text'),
    unit('regRegion', ['单位注册地址'], 'cascader', false),
    unit('regAddress', ['单位注册详细地址'], 'text', false),
    unit('legalRepName', ['法定代表人姓名'], 'text'),
    ...personFields('principal', '负责人信息', '负责人'),
  ],
};
