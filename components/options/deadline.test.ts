import { describe, expect, it } from 'vitest';
import { deadline, footerSnippet } from './deadline';

describe('deadline', () => {
  it('is 30 days after opening, counted in calendar days across months', () => {
    expect(deadline('2026-11-20', '2026-11-28')).toEqual({ due: '2026-12-20', daysLeft: 22 });
    expect(deadline('2026-10-01', '2026-11-28')).toEqual({ due: '2026-10-31', daysLeft: -28 });
  });

  it('gives nothing for a date that does not exist', () => {
    expect(deadline('2023-02-30', '2026-11-28')).toBeNull();
    expect(deadline('2026-11-20', '2026-13-01')).toBeNull();
  });

  it('links the 公安备案号 to the public query, escaped', () => {
    expect(footerSnippet(' 浙公网安备33010602011771号 ')).toBe(
      '<a href="https://beian.mps.gov.cn/#/query/webSearch?code=33010602011771" rel="noreferrer" target="_blank">浙公网安备33010602011771号</a>',
    );
  });
});
