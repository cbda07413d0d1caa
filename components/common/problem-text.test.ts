import { describe, expect, it } from 'vitest';
import { withoutField } from './problem-text';

describe('withoutField', () => {
  it('does not repeat the label inside its own message', () => {
    expect(withoutField('主办单位名称未填写', '主办单位名称')).toBe('未填写');
    expect(withoutField('负责人证件号码的校验位不符，请逐位核对', '负责人证件号码')).toBe('校验位不符，请逐位核对');
    expect(withoutField('证件号码中的出生日期 2085-06-15 晚于今天', '证件号码')).toBe('出生日期 2085-06-15 晚于今天');
  });

  it('takes the longest name that matches and leaves other messages alone', () => {
    expect(withoutField('负责人证件号码应为18位', '证件号码', '负责人证件号码')).toBe('应为18位');
    expect(withoutField('号段少见', '手机号码')).toBe('号段少见');
    expect(withoutField('手机号码', '手机号码')).toBe('手机号码');
  });
});
