import { describe, expect, it } from 'vitest';
import { itemMaker } from '../../tests/support/items';
import { FORMS } from '../platform/forms';
import type { FormSpec } from '../platform/types';
import { bestReading, formsNamedInText, readTitleText, recognisePage } from './recognise';

const STEPS = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];
const bar = (current: number, text = (name: string, i: number) => name + String(i + 1).padStart(2, '0')) =>
  STEPS.map((name, i) => ({ text: text(name, i), current: i === current }));
const item = itemMaker();
const STEP2 = [item('网站信息', '网站名称', 'text'), item('网络接入服务商', '名称', 'select')];
const STEP3 = [item('网站安全负责人', '姓名', 'text'), item('网站应急联络人', '姓名', 'text')];

describe('recognisePage', () => {
  it('recognises 新增主体 and the nature its select shows', () => {
    const nature = item('开办主体信息', '开办主体性质', 'select', { value: '单位' });
    expect(recognisePage({ headings: ['新增主体'], steps: [] }, [nature])).toMatchObject({
      form: 'subject',
      page: 'subject',
      nature: '单位',
    });
    expect(recognisePage({ headings: ['新 增 主 体'], steps: [] })).toMatchObject({ page: 'subject', nature: null });
  });

  it('knows the step by the whole text of the current step, whether the name is its title or its icon', () => {
    expect(recognisePage({ headings: ['新办网站申请'], steps: bar(1) })).toMatchObject({ page: 'website-2', step: 2 });
    // Name in the circle, number as title: the step's text holds both.
    const iconBar = bar(2, (name, i) => `${name}0${i + 1}`);
    expect(recognisePage({ headings: ['新办网站申请'], steps: iconBar })).toMatchObject({ page: 'website-3', step: 3 });
    // Only numbers: the number decides.
    const numbers = STEPS.map((_, i) => ({ text: `0${i + 1}`, current: i === 0 }));
    expect(recognisePage({ headings: ['新办网站申请'], steps: numbers })).toMatchObject({ page: 'website-1', step: 1 });
    expect(recognisePage({ headings: ['新办网站申请'], steps: bar(3) })).toMatchObject({ page: null, step: 4 });
  });

  it('lets the fields on the page decide when the step bar says nothing usable or disagrees', () => {
    expect(recognisePage({ headings: ['新办网站申请'], steps: [] }, STEP2)).toMatchObject({
      page: 'website-2',
      step: 2,
    });
    expect(recognisePage({ headings: ['新办网站申请'], steps: bar(1) }, STEP3)).toMatchObject({ page: 'website-3' });
    const state = recognisePage({ headings: ['新办网站申请'], steps: bar(1) }, STEP2);
    expect(state.evidence).toEqual(['标题「新办网站申请」', '步骤条「网站基本信息」', '页面上有 2 个已知字段']);
  });

  it('recognises 新增APP and nothing else', () => {
    expect(recognisePage({ headings: ['APP业务', '新增APP'], steps: [] })).toMatchObject({ page: 'app' });
    expect(recognisePage({ headings: ['变更主体'], steps: [] })).toEqual({ form: null, page: null });
    expect(recognisePage({ headings: [], steps: [] })).toEqual({ form: null, page: null });
  });
});

describe('a form named only in plain words', () => {
  const formOf = (key: string) => {
    const form = FORMS.find((f) => f.form === key);
    if (!form) throw new Error(key);
    return form;
  };
  const [subject, website, app] = ['subject', 'website', 'app'].map(formOf) as [FormSpec, FormSpec, FormSpec];
  const APP_ITEMS = [
    item('APP信息', '应用名称', 'text'),
    item('APP信息', '应用包名', 'text'),
    item('APP信息', '功能描述', 'textarea'),
  ];

  it('is a candidate when the words are one of its titles, exactly', () => {
    const forms = (titles: string[]) => formsNamedInText({ headings: [], steps: [], titles }).map((f) => f.form);
    expect(forms(['新增 APP', '新增主体'])).toEqual(['subject', 'app']);
    expect(forms(['新办网站'])).toEqual(['website']);
    expect(forms(['变更主体', '新增主体草稿'])).toEqual([]);
  });

  it('is the page only with three of its fields there, or one on the step the bar marks', () => {
    const signals = { headings: [], steps: [], titles: ['新增APP'] };
    expect(readTitleText(app, signals, APP_ITEMS)?.state).toMatchObject({
      form: 'app',
      page: 'app',
      evidence: ['页面文字「新增APP」', '页面上有 3 个已知字段'],
    });
    expect(readTitleText(app, signals, APP_ITEMS.slice(0, 2))).toBeNull();
    expect(readTitleText(subject, signals, [])).toBeNull();
    const step2 = { headings: [], steps: bar(1), titles: ['新办网站申请'] };
    expect(readTitleText(website, step2, STEP2.slice(0, 1))?.state).toMatchObject({
      page: 'website-2',
      step: 2,
    });
    // The bar says step 3, the one field is of step 2: the words and one field are not enough.
    expect(readTitleText(website, { ...step2, steps: bar(2) }, STEP2.slice(0, 1))).toBeNull();
  });

  it('of several candidates, the one with the most fields wins; a tie names none', () => {
    const r = (found: number) => ({ state: { form: null, page: null }, found, barAgrees: false });
    const [few, many, same] = [r(3), r(9), r(9)];
    expect(bestReading([few, null, many])).toBe(many);
    expect(bestReading([many, same])).toBeNull();
    expect(bestReading([null])).toBeNull();
  });
});
