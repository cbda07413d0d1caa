import { describe, expect, it } from 'vitest';
import { newProfile } from '../../lib/profile/factory';
import type { Profile } from '../../lib/profile/schema';
import { checkAll } from './rules';

describe('the editor’s checks', () => {
  it('say at the field when its text has a bidi control or nothing visible (the save would be refused)', () => {
    const p = newProfile('甲公司');
    const person = { ...(p.people[0] as Profile['people'][number]), name: '张\u202E三' };
    const problems = checkAll({ ...p, displayName: '\u200B', people: [person] }, '2026-11-28');
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'displayName', severity: 'error', message: '档案名称只有看不见的字符' }),
        expect.objectContaining({
          path: 'people.0.name',
          severity: 'error',
          message: '人员 1 的姓名含有改变文字方向的控制字符（如 U+202E）',
        }),
      ]),
    );
  });
});
