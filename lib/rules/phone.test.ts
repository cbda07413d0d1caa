import { describe, expect, it } from 'vitest';
import { checkLandline, checkMobile, checkServicePhone } from './phone';

const at = { path: 'p', field: '负责人手机号码' };

describe('手机号码', () => {
  it('accepts 1[3-9] + 9 digits, every second digit 3-9', () => {
    for (const d of '3456789') expect(checkMobile(`1${d}612345678`, at)).toEqual([]);
  });
  it('rejects 10/12 digits, 12x prefixes, +86 and spaces (with a corrected hint)', () => {
    for (const v of ['1861234567', '186123456789', '12612345678', '10612345678', '2861234567a']) {
      expect(checkMobile(v, at)).toHaveLength(1);
    }
    expect(checkMobile('+86 186 1234 5678', at)[0]?.message).toContain('请填写为 18612345678');
  });
});

describe('办公室电话', () => {
  const f = { path: 'p', field: '办公室电话' };
  it('accepts 区号-号码[-分机]', () => {
    for (const v of ['010-12345678', '021-6234567', '0571-88888888', '0755-2345678-1234', '0898-65123456-8']) {
      expect(checkLandline(v, f)).toEqual([]);
    }
  });
  it('rejects missing hyphen, bad area codes, short numbers, mobiles', () => {
    for (const v of ['01012345678', '10-12345678', '01-12345678', '05711-8888888', '010-123456', '010-123456789']) {
      expect(checkLandline(v, f)[0]?.message).toContain('办公室电话格式不正确');
    }
    expect(checkLandline('18612345678', f)).toHaveLength(1);
    expect(checkLandline('010-02345678', f)).toHaveLength(1);
  });
});

describe('service phones (provider presets)', () => {
  it('accepts the numbers printed in PLATFORM.md', () => {
    for (const v of ['4009100100', '95187', '010-65985888']) expect(checkServicePhone(v, at)).toEqual([]);
    expect(checkServicePhone('12345', at)).toHaveLength(1);
  });
});
