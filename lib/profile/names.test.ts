import { describe, expect, it } from 'vitest';
import { newProfile } from './factory';
import { checkName, cutGraphemes, longerThan, quotable, textProblem } from './names';
import { ProfileSchema } from './schema';

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FAMILY = '👨‍👩‍👧'; // one grapheme, five code points, eight UTF-16 units

describe('textProblem', () => {
  it('refuses control characters, bidi controls and invisible-only text', () => {
    expect(textProblem('gpj\u202Eexe.')).toBe('含有改变文字方向的控制字符（如 U+202E）');
    expect(textProblem('a\u2066b\u2069')).toMatch(/改变文字方向/);
    expect(textProblem('铃\u0007')).toBe('含有控制字符');
    expect(textProblem('a\tb')).toBe('含有控制字符');
    expect(textProblem('\u200B\u200C\u200D')).toBe('只有看不见的字符');
    expect(textProblem('\u3164')).toBe('只有看不见的字符');
    expect(textProblem('\uFEFF \u2060')).toBe('只有看不见的字符');
  });
  it('accepts ordinary text, emoji sequences and line breaks where text has lines', () => {
    expect(textProblem('杭州示例科技有限公司')).toBeNull();
    expect(textProblem(`家庭 ${FAMILY}`)).toBeNull();
    expect(textProblem('')).toBeNull();
    expect(textProblem('第一行\n第二行\t缩进', { multiline: true })).toBeNull();
    expect(textProblem('第一行\n第二行')).toBe('含有控制字符');
  });
});

describe('checkName', () => {
  it('normalises to NFC and trims', () => {
    expect(checkName('  Cafe\u0301 ')).toEqual({ name: 'Café' });
  });
  it('refuses bidi, control and invisible-only names in Chinese', () => {
    expect(checkName('\u202Egpj.exe')).toEqual({ message: '资料名称含有改变文字方向的控制字符（如 U+202E）' });
    expect(checkName('\u200B\u200B')).toEqual({ message: '资料名称只有看不见的字符' });
    expect(checkName('a\u0000b')).toEqual({ message: '资料名称含有控制字符' });
    expect(checkName('   ')).toEqual({ message: '请输入资料名称' });
  });
  it('counts graphemes: 60 emoji sequences are a valid name, 61 are not', () => {
    expect(checkName(FAMILY.repeat(60))).toEqual({ name: FAMILY.repeat(60) });
    expect(checkName(FAMILY.repeat(61))).toEqual({ message: '资料名称最多60个字' });
  });
});

describe('cutGraphemes', () => {
  it('never splits an emoji', () => {
    const name = `${'a'.repeat(53)}😀${FAMILY}b`;
    expect(cutGraphemes(name, 54)).toBe(`${'a'.repeat(53)}😀`);
    expect(cutGraphemes(name, 55)).toBe(`${'a'.repeat(53)}😀${FAMILY}`);
    expect(cutGraphemes(name, 54)).not.toMatch(loneSurrogate);
    expect(longerThan(name, 56)).toBe(false);
    expect(longerThan(name, 55)).toBe(true);
  });
  it('counts a megabyte name at once, not by segmenting all of it', () => {
    const huge = '长'.repeat(1 << 20);
    expect(longerThan(huge, 60)).toBe(true);
    expect(cutGraphemes(huge, 60)).toBe('长'.repeat(60));
  });
  it('quotable strips what would reorder or break a message', () => {
    expect(quotable('a\u202Eb\u0007c')).toBe('abc');
  });
});

describe('the schema', () => {
  const p = newProfile('甲');
  it('refuses bidi controls and invisible-only text in names and free text', () => {
    for (const bad of [
      { ...p, displayName: '\u202Eabc' },
      { ...p, displayName: '\u200B' },
      { ...p, subject: { ...p.subject, unit: { ...p.subject.unit, name: '公司\u202E' } } },
      { ...p, people: [{ ...p.people[0], name: '\u200D\u200D' }] },
    ]) {
      const r = ProfileSchema.safeParse(bad);
      expect(r.success).toBe(false);
    }
  });
  it('stores text in NFC and takes a 60-emoji name', () => {
    const r = ProfileSchema.parse({ ...p, displayName: FAMILY.repeat(60), subject: { unit: { name: 'Cafe\u0301' } } });
    expect(r.subject.unit.name).toBe('Café');
    expect(r.displayName).toBe(FAMILY.repeat(60));
  });
});
