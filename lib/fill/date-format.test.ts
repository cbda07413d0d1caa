import { describe, expect, it } from 'vitest';
import { learnDateFormat, readDate } from './date-format';

describe('learnDateFormat', () => {
  it('writes dates the way the page wrote its sample', () => {
    const write = (sample: string, shown: string, iso: string) => learnDateFormat(sample, shown)?.(iso);
    expect(write('2027-01-05', '2027-01-05', '2026-11-20')).toBe('2026-11-20');
    expect(write('2027-01-05', '2027年01月05日', '2026-03-08')).toBe('2026年03月08日');
    expect(write('2027-01-05', '2027年1月5日', '2026-03-08')).toBe('2026年3月8日');
    expect(write('2027-01-05', '2027/01/05', '2030-12-31')).toBe('2030/12/31');
    expect(write('2027-01-05', '2027.1.5', '2030-12-31')).toBe('2030.12.31');
    expect(write('2027-01-05', '20270105', '2026-11-20')).toBe('20261120');
    // A month of two digits cannot say whether single-digit months are padded: they are.
    expect(write('2026-12-05', '2026年12月5日', '2026-03-08')).toBe('2026年03月8日');
  });

  it('learns nothing from a sample it cannot read back', () => {
    expect(learnDateFormat('2027-01-01', '2027-01-01')).toBeNull(); // day and month alike
    expect(learnDateFormat('2027-01-05', '')).toBeNull();
    expect(learnDateFormat('2027-01-05', '2027-01-06')).toBeNull();
    expect(learnDateFormat('2027-01-05', '05/01')).toBeNull();
    expect(learnDateFormat('not a date', '2027-01-05')).toBeNull();
  });
});

describe('readDate', () => {
  it('reads year-month-day dates in any of these writings as ISO', () => {
    for (const shown of ['2026-11-20', '2026年11月20日', '2026/11/20', '2026.11.20', ' 20261120 '])
      expect(readDate(shown), shown).toBe('2026-11-20');
    expect(readDate('2026年3月8日')).toBe('2026-03-08');
  });

  it('leaves anything else as it stands', () => {
    for (const shown of ['20/11/2026', '2026-13-01', '2026-11', '2026-11-20 10:00', '长期'])
      expect(readDate(shown)).toBe(shown);
  });
});
