import { describe, expect, it } from 'vitest';
import { checkDomain, registrableDomain, toAsciiDomain } from './domain';

const at = { path: 'websites.0.domain', field: '主域名' };
const main = { main: true };

describe('主域名', () => {
  it('accepts registrable domains, including IDN in Unicode and in punycode', () => {
    for (const d of ['test.com', 'example.com.cn', '例子.中国', 'xn--fsqu00a.xn--fiqs8s', '中文.公司', 'a-b.net']) {
      expect(checkDomain(d, at, main), d).toEqual([]);
    }
  });

  it('Unicode and punycode forms are the same name', () => {
    expect(toAsciiDomain('例子.中国')).toBe('xn--fsqu00a.xn--fiqs8s');
    expect(registrableDomain('www.例子.中国')).toBe('例子.中国');
    expect(registrableDomain('www.xn--fsqu00a.xn--fiqs8s')).toBe('xn--fsqu00a.xn--fiqs8s');
  });

  it('warns on a subdomain, naming the registrable domain from the public-suffix list', () => {
    const [p] = checkDomain('www.example.com.cn', at, main);
    expect(p?.severity).toBe('warning');
    expect(p?.message).toContain('example.com.cn');
    // Multi-label public suffixes come from the list: a hand list of "com.cn" would miss these.
    expect(checkDomain('shop.example.gd.cn', at, main)[0]?.message).toContain('example.gd.cn');
    expect(checkDomain('blog.example.co.uk', at, main)[0]?.message).toContain('example.co.uk');
    // As 从域名 a subdomain is fine.
    expect(checkDomain('www.example.com.cn', { ...at, field: '从域名' })).toEqual([]);
  });

  it('rejects unknown suffixes, bare suffixes, schemes, ports, bad labels, IPs', () => {
    const bad = [
      'example.notatld',
      'com.cn',
      'http://test.com',
      'test.com/a',
      'test.com:8080',
      'a@test.com',
      '-bad.com',
      'bad-.com',
      'exa_mple.com',
      'a..com',
      'localhost',
      '1.2.3.4',
      `${'a'.repeat(64)}.com`,
      'te st.com',
    ];
    for (const d of bad) {
      const ps = checkDomain(d, at, main);
      expect(
        ps.filter((p) => p.severity === 'error'),
        d,
      ).toHaveLength(1);
    }
  });

  it('warns on upper case', () => {
    expect(checkDomain('Example.com', at, main)[0]?.severity).toBe('warning');
  });
});
