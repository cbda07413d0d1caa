import { describe, expect, it } from 'vitest';
import { checkIp, parseIpv6 } from './ip';

const at = { path: 'websites.0.ips.0', field: 'IP' };
const sev = (v: string) => checkIp(v, at)[0]?.severity ?? 'ok';

describe('IPv4', () => {
  it('public addresses pass', () => {
    for (const v of [
      '1.1.1.1',
      '47.96.0.1',
      '223.5.5.5',
      '100.63.255.255',
      '100.128.0.0',
      '172.15.255.255',
      '172.32.0.0',
    ]) {
      expect(sev(v), v).toBe('ok');
    }
  });
  it('private, loopback, link-local, CGNAT, documentation, multicast and reserved ranges warn, at their edges', () => {
    for (const v of [
      '10.0.0.1',
      '10.255.255.255',
      '172.16.0.0',
      '172.31.255.255',
      '192.168.1.1',
      '127.0.0.1',
      '169.254.1.1',
      '100.64.0.0',
      '100.127.255.255',
      '192.0.2.10',
      '198.51.100.1',
      '203.0.113.255',
      '198.19.0.1',
      '224.0.0.1',
      '240.0.0.1',
      '255.255.255.255',
      '0.0.0.0',
    ]) {
      expect(sev(v), v).toBe('warning');
    }
  });
  it('syntax errors', () => {
    for (const v of ['256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4.5', '1.2.3.a', ' 1.2.3.4'])
      expect(sev(v), v).toBe('error');
  });
});

describe('IPv6', () => {
  it('parses compressed forms and embedded IPv4', () => {
    expect(parseIpv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIpv6('::ffff:192.168.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0xc0a8, 1]);
    expect(parseIpv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(parseIpv6('1::')).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    for (const v of ['1:2:3:4:5:6:7', '1::2::3', ':1::', '1:2:3:4:5:6:7:8:9', '12345::1', 'g::1', '1:2:3:4:5:6:7::8']) {
      expect(parseIpv6(v), v).toBeNull();
    }
  });
  it('public global unicast passes: China Telecom 240e::1, Alibaba 2408:4000::1', () => {
    expect(sev('240e::1')).toBe('ok');
    expect(sev('2408:4000::1')).toBe('ok');
  });
  it('loopback, documentation, ULA, link-local, multicast, mapped and non-2000::/3 warn', () => {
    for (const v of [
      '::1',
      '::',
      '2001:db8::1',
      'fd00::1',
      'fc00::1',
      'fe80::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '4000::1',
      '2001::1',
    ]) {
      expect(sev(v), v).toBe('warning');
    }
    expect(checkIp('2001:db8::1', at)[0]?.message).toContain('文档示例地址');
  });
  it('junk is an error', () => {
    expect(sev('2001:db8:::1')).toBe('error');
    expect(checkIp('abc', at)[0]?.message).toBe('IP“abc”不是有效的 IPv4 或 IPv6 地址');
  });
});
