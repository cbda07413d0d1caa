import { describe, expect, it } from 'vitest';
import { itemMaker } from '../../tests/support/items';
import { recognisePage } from './recognise';

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
