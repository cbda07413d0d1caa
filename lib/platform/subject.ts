import { FORM_TITLE, SECTION } from './names';
import { personFields, personSection } from './person';
import type { FieldSpec, PageMap } from './types';

const unit = (key: string, labels: string[], widget: FieldSpec['widget'], required = true): FieldSpec => ({
  key: `unit.${key}`,
  section: SECTION.unit,
  labels,
  widget,
  required,
  when: { key: 'subject.nature', equals: '单位' },
});

/** 新增主体: 开办主体性质 decides whether the unit sections exist, so it is filled first. */
export const SUBJECT_PAGE: PageMap = {
  page: 'subject',
  form: 'subject',
  title: FORM_TITLE.subject,
  sections: [
    // No prefix is implied here: 开办主体性质 and 主办单位性质 differ only by theirs.
    { title: SECTION.subjectInfo, aliases: ['主体信息', '开办主体基本信息'] },
    { title: SECTION.unit, aliases: ['单位信息', '主办单位基本信息'], implies: ['主办单位'] },
    personSection(SECTION.principal, ['主体负责人信息', '负责人基本信息'], 'principal'),
  ],
  fields: [
    {
      key: 'subject.nature',
      section: SECTION.subjectInfo,
      labels: ['开办主体性质', '主体性质'],
      widget: 'select',
      required: true,
      order: 0,
      structural: true,
    },
    {
      key: 'unit.kind',
      section: SECTION.subjectInfo,
      labels: ['主办单位性质', '单位性质'],
      widget: 'select',
      required: true,
      when: { key: 'subject.nature', equals: '单位' },
    },
    unit('name', ['主办单位名称', '单位名称'], 'text'),
    { ...unit('certType', ['主办单位证件类型', '单位证件类型'], 'select'), order: 1 },
    unit('certNo', ['主办单位证件号码', '单位证件号码', '统一社会信用代码'], 'text'),
    unit('certImage', ['主办单位有效证件', '有效证件', '单位证件'], 'upload'),
    unit('officeRegion', ['单位办公地址', '办公地址'], 'cascader'),
    unit('officeAddress', ['单位办公详细地址', '办公详细地址'], 'text'),
    unit('regRegion', ['单位注册地址', '注册地址'], 'cascader', false),
    unit('regAddress', ['单位注册详细地址', '注册详细地址'], 'text', false),
    unit('legalRepName', ['法定代表人姓名', '法人姓名', '法定代表人'], 'text'),
    ...personFields('principal', SECTION.principal),
  ],
};
