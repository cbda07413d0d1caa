import { describe, expect, it } from 'vitest';
import { recognisePage } from './recognise';

const STEPS = ['开办主体', '网站基本信息', '网站负责人', '提示说明'];
const signals = (headings: string[], activeStep = -1, natureText: string | null = null) => ({
  headings,
  steps: activeStep >= 0 ? STEPS : [],
  activeStep,
  natureText,
});

describe('recognisePage', () => {
  it('recognises 新增主体 and the chosen nature', () => {
    expect(recognisePage(signals(['新增主体'], -1, '单位'))).toEqual({
      form: 'subject',
      page: 'subject',
      nature: '单位',
    });
    expect(recognisePage(signals(['新 增 主 体'], -1, null))).toMatchObject({ page: 'subject', nature: null });
  });

  it('recognises each wizard step of 新办网站申请 by its active step', () => {
    expect(recognisePage(signals(['新办网站申请'], 0))).toMatchObject({ page: 'website-1', step: 1 });
    expect(recognisePage(signals(['新办网站申请'], 1))).toMatchObject({ page: 'website-2', step: 2 });
    expect(recognisePage(signals(['新办网站申请'], 2))).toMatchObject({ page: 'website-3', step: 3 });
    expect(recognisePage(signals(['新办网站申请'], 3))).toEqual({ form: 'website', page: null, step: 4 });
  });

  it('recognises 新增APP and nothing else', () => {
    expect(recognisePage(signals(['APP业务', '新增APP']))).toMatchObject({ page: 'app' });
    expect(recognisePage(signals(['变更主体']))).toEqual({ form: null, page: null });
    expect(recognisePage(signals([]))).toEqual({ form: null, page: null });
  });
});
