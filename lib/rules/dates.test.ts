import { describe, expect, it } from 'vitest';
import { checkCertRange, checkIdExpiry, checkOpenDate } from './dates';

const at = { path: 'p', field: '负责人证件有效期' };
const today = '2026-11-28';
const sev = (ps: { severity: string }[]) => ps.map((p) => p.severity).join() || 'ok';

describe('证件有效期', () => {
  it('must be after today unless 长期有效', () => {
    expect(sev(checkIdExpiry('2026-11-27', false, at, today))).toBe('error');
    expect(sev(checkIdExpiry('2026-11-28', false, at, today))).toBe('error');
    expect(sev(checkIdExpiry('2026-11-29', false, at, today))).toBe('warning');
    expect(sev(checkIdExpiry('2026-12-28', false, at, today))).toBe('warning');
    expect(sev(checkIdExpiry('2026-12-29', false, at, today))).toBe('ok');
    expect(sev(checkIdExpiry('2020-01-01', true, at, today))).toBe('ok');
    expect(sev(checkIdExpiry('2027-02-30', false, at, today))).toBe('error');
  });
});

describe('域名证书有效期', () => {
  const f = { path: 'p', field: '域名证书有效期' };
  it('start ≤ end; expired or near expiry; start after today warns', () => {
    expect(sev(checkCertRange('2024-01-01', '2027-01-01', f, today))).toBe('ok');
    expect(sev(checkCertRange('2026-11-28', '2026-11-28', f, today))).toBe('warning');
    expect(checkCertRange('2027-01-02', '2027-01-01', f, today)[0]?.message).toContain('晚于结束日期');
    expect(sev(checkCertRange('2020-01-01', '2026-11-27', f, today))).toBe('error');
    expect(sev(checkCertRange('2020-01-01', '2026-12-28', f, today))).toBe('warning');
    expect(sev(checkCertRange('2020-01-01', '2026-12-29', f, today))).toBe('ok');
    expect(sev(checkCertRange('2026-11-29', '2030-01-01', f, today))).toBe('warning');
  });
});

describe('网站开通日期 and the 30-day deadline', () => {
  const f = { path: 'p', field: '网站开通日期' };
  it('refuses the future, warns at ≤ 7 days left and after the deadline', () => {
    expect(sev(checkOpenDate('2026-11-29', f, today))).toBe('error');
    expect(sev(checkOpenDate('2026-11-28', f, today))).toBe('ok');
    // 2026-11-06 + 30 = 2026-12-06: 8 days left → ok; 2026-11-05 → 7 days left → warning.
    expect(sev(checkOpenDate('2026-11-06', f, today))).toBe('ok');
    expect(checkOpenDate('2026-11-05', f, today)[0]?.message).toContain('仅剩 7 天');
    expect(checkOpenDate('2026-10-29', f, today)[0]?.message).toContain('仅剩 0 天');
    const [late] = checkOpenDate('2026-10-28', f, today);
    expect(late?.severity).toBe('warning');
    expect(late?.message).toContain('2026-11-27');
    expect(late?.message).toContain('已超 1 天');
  });
  it('handles month and leap-year boundaries', () => {
    // 2028-02-01 + 30 days = 2028-03-02 (leap year).
    expect(checkOpenDate('2028-02-01', f, '2028-03-01')[0]?.message).toContain('2028-03-02');
    expect(checkOpenDate('2027-02-01', f, '2027-03-01')[0]?.message).toContain('2027-03-03');
  });
});
