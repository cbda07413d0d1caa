import { describe, expect, it } from 'vitest';
import { itemMaker } from '../../tests/support/items';
import { PAGE_MAPS } from '../platform';
import { instantRun, type PlanStep, planFill } from './plan';

const map = PAGE_MAPS.subject;
const item = itemMaker();

// 单位 page order: a text, a region, a text, a date, a text, a select, a text.
const items = [
  item('主办单位信息', '单位名称', 'text'),
  item('主办单位信息', '办公地址', 'cascader'),
  item('主办单位信息', '办公详细地址', 'text'),
  item('负责人信息', '证件有效期', 'date'),
  item('负责人信息', '手机号码', 'text'),
  item('负责人信息', '证件类型', 'select'),
  item('负责人信息', '电子邮件地址', 'text'),
];
const values = {
  'subject.nature': '单位',
  'principal.idLongTerm': false,
  'unit.name': '杭州明理律师事务所',
  'unit.officeRegion': ['浙江省', '杭州市', '余杭区'],
  'unit.officeAddress': '文一西路 1 号',
  'principal.idExpiry': '2030-01-01',
  'principal.mobile': '18612345678',
  'principal.idType': '居民身份证',
  'principal.email': 'a@example.cn',
};

const step = (key: string, driver: PlanStep['driver'], extra: Partial<PlanStep> = {}): PlanStep => ({
  spec: { key, section: '', labels: [key], widget: driver, required: false },
  item: 0,
  label: key,
  driver,
  value: 'x',
  before: null,
  reshapes: false,
  background: driver === 'upload',
  instant: driver === 'text' || driver === 'textarea',
  reason: '',
  ...extra,
});

describe('instantRun', () => {
  const keys = (run: PlanStep[]) => run.map((s) => s.spec.key);
  const steps = [
    step('name', 'text'),
    step('region', 'cascader'),
    step('address', 'textarea'),
    step('expiry', 'date'),
    step('photo', 'upload'),
    step('mobile', 'text'),
    step('idType', 'select'),
    step('email', 'text'),
  ];

  it('writes the text fields together across regions, dates and uploads, and stops at a select', () => {
    expect(keys(instantRun(steps, steps[0] as PlanStep, new Set()))).toEqual(['name', 'address', 'mobile']);
  });

  it('stops at a field that reshapes the form, and at a radio', () => {
    const reshaping = [step('a', 'text'), step('kind', 'cascader', { reshapes: true }), step('b', 'text')];
    expect(keys(instantRun(reshaping, reshaping[0] as PlanStep, new Set()))).toEqual(['a']);
    const radio = [step('a', 'text'), step('answer', 'radio'), step('b', 'text')];
    expect(keys(instantRun(radio, radio[0] as PlanStep, new Set()))).toEqual(['a']);
  });

  it('leaves out fields already done', () => {
    expect(keys(instantRun(steps, steps[0] as PlanStep, new Set(['address'])))).toEqual(['name', 'mobile']);
  });

  it('marks only plain text instant, never a field that reshapes the form (the subject page)', () => {
    const { steps: planned } = planFill(map, items, values, 'overwrite');
    expect(planned.filter((s) => s.instant).map((s) => s.spec.key)).toEqual(
      expect.arrayContaining(['unit.name', 'unit.officeAddress', 'principal.mobile', 'principal.email']),
    );
    for (const s of planned) {
      if (s.instant) expect(['text', 'textarea']).toContain(s.driver);
      if (s.reshapes) expect(s.instant).toBe(false);
    }
  });
});

describe('网站类型 drawn as one choice', () => {
  it('a select of the categories takes the category; the cascader the whole path', () => {
    const value = { 'website.siteType': ['其他Z', '企业官网'] };
    const plan = (widget: 'select' | 'radio' | 'cascader') =>
      planFill(PAGE_MAPS['website-2'], [item('网站信息', '网站类型', widget)], value, 'overwrite').steps[0];
    expect(plan('select')).toMatchObject({ driver: 'select', value: '其他Z' });
    expect(plan('radio')).toMatchObject({ driver: 'radio', value: '其他Z' });
    expect(plan('cascader')).toMatchObject({ driver: 'cascader', value: ['其他Z', '企业官网'] });
  });
});
