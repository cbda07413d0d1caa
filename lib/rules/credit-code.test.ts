import { describe, expect, it } from 'vitest';
import { checkBusinessLicence, checkCreditCode, checkOrgCode } from './credit-code';

// Both algorithms re-typed from the standards' text, independent of credit-code.ts.
const A = '0123456789ABCDEFGHJKLMNPQRTUWXY';
function gb32100(first17: string): string {
  // W_i = 3^(i-1) mod 31
  let s = 0;
  for (let i = 0; i < 17; i++) s += A.indexOf(first17.charAt(i)) * (3 ** i % 31);
  const c = 31 - (s % 31);
  return A.charAt(c === 31 ? 0 : c);
}
function gb11714(body: string): string {
  const w = [3, 7, 9, 10, 5, 8, 4, 2];
  const val = (ch: string) => (ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch.charCodeAt(0) - 55);
  let s = 0;
  for (let i = 0; i < 8; i++) s += val(body.charAt(i)) * (w[i] as number);
  const c = 11 - (s % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}
/** A credit code whose embedded organisation code is itself valid. */
function uscc(prefix8: string, orgBody: string) {
  const first17 = prefix8 + orgBody + gb11714(orgBody);
  return first17 + gb32100(first17);
}
const at = { path: 'subject.unit.certNo', field: '主办单位证件号' };

describe('统一社会信用代码 GB 32100-2015', () => {
  it('accepts real published codes', () => {
    // 阿里云计算有限公司 and 腾讯科技（深圳）有限公司 as printed on their licences.
    expect(checkCreditCode('91330106673959654P', at)).toEqual([]);
    expect(checkCreditCode('9144030071526726XG', at)).toEqual([]);
    expect(gb32100('91330106673959654')).toBe('P');
  });

  it('accepts generated codes over many bodies, rejects every wrong check character', () => {
    for (let n = 0; n < 300; n++) {
      const code = uscc(`9${(n % 9) + 1}110105`, String(10_000_000 + n * 7919).slice(0, 8));
      expect(checkCreditCode(code, at)).toEqual([]);
      const wrong = code.slice(0, 17) + A.charAt((A.indexOf(code.charAt(17)) + 1 + (n % 30)) % 31);
      const [p] = checkCreditCode(wrong, at);
      expect(p?.message).toBe('主办单位证件号的校验位不符，请逐位核对');
      expect(p?.complete).toBe(true);
    }
  });

  it('uses the 31-character alphabet: I O Z S V are not allowed', () => {
    for (const ch of 'IOZSV') {
      const [p] = checkCreditCode(`91110105${ch}12345678`.padEnd(18, '0'), at);
      expect(p?.message).toContain(`「${ch}」`);
    }
  });

  it('rejects wrong lengths, lower case, and letters in the region part', () => {
    expect(checkCreditCode('91330106673959654', at)[0]?.message).toContain('18位');
    expect(checkCreditCode('91330106673959654p', at)[0]?.message).toContain('大写');
    const first17 = '9133A106673959654';
    expect(checkCreditCode(first17 + gb32100(first17), at)[0]?.message).toContain('行政区划码');
  });

  it('warns when the outer check passes but the embedded organisation code does not', () => {
    const body = '67395965';
    const badInner = gb11714(body) === '1' ? '2' : '1';
    const first17 = `91330106${body}${badInner}`;
    const [p] = checkCreditCode(first17 + gb32100(first17), at);
    expect(p?.severity).toBe('warning');
  });
});

describe('组织机构代码 GB 11714', () => {
  it('checks the ninth character, with or without the hyphen, including X and 0', () => {
    const seen = new Set<string>();
    for (let n = 0; n < 400; n++) {
      const body = (n % 3 === 0 ? 'MA' : '') + String(12_345_678 + n * 104_729).slice(0, n % 3 === 0 ? 6 : 8);
      const c = gb11714(body);
      seen.add(c);
      expect(checkOrgCode(`${body}-${c}`, at)).toEqual([]);
      expect(checkOrgCode(`${body}${c}`, at)).toEqual([]);
      const wrong = c === '5' ? '6' : '5';
      expect(checkOrgCode(`${body}-${wrong}`, at)[0]?.message).toBe('主办单位证件号的校验位不符，请逐位核对');
    }
    expect(seen.has('X')).toBe(true);
    expect(seen.has('0')).toBe(true);
  });

  it('rejects malformed codes', () => {
    expect(checkOrgCode('1234567-8', at)).toHaveLength(1);
    expect(checkOrgCode('abcdefgh-1', at)).toHaveLength(1);
  });
});

describe('营业执照证书', () => {
  it('takes a credit code, warns on an old 15-digit 注册号', () => {
    expect(checkBusinessLicence('91330106673959654P', at)).toEqual([]);
    expect(checkBusinessLicence('110105012345678', at)[0]?.severity).toBe('warning');
  });
});
