// 主域名 / 从域名: label syntax here, the registrable domain from the public-suffix list (tldts), never a hand list.
import { parse } from 'tldts';
import { type At, error, type Problem, warning } from './problem';

/** Unicode (例子.中国) to ASCII (xn--fsqu00a.xn--fiqs8s) via the WHATWG URL parser; null if it refuses. */
export function toAsciiDomain(domain: string): string | null {
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

/** A reason the name is not a syntactically valid host name, or null. */
export function domainSyntaxError(domain: string): string | null {
  // The URL parser would silently drop a port or user part, so refuse those characters first.
  if (/[\s:@/?#\\%]/.test(domain)) return '含有不允许的字符';
  const ascii = toAsciiDomain(domain);
  if (ascii === null || ascii !== ascii.trim() || ascii.length > 253) return '不是有效的域名';
  const labels = ascii.replace(/\.$/, '').split('.');
  if (labels.length < 2) return '缺少顶级域';
  for (const l of labels) {
    if (!/^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/.test(l)) return `“${l}”不是有效的域名段`;
  }
  if (/^\d+$/.test(labels[labels.length - 1] ?? '')) return '不是域名（像是 IP 地址）';
  return null;
}

export interface DomainOptions {
  /** 主域名 must be the registrable domain itself; a subdomain only warns. */
  main?: boolean;
}

export function checkDomain(raw: string, at: At, opts: DomainOptions = {}): Problem[] {
  if (raw === '') return [];
  if (/^[a-z]+:\/\//i.test(raw) || raw.includes('/')) {
    return [error(at, `${at.field}只填写域名，不要带 http:// 或路径`, `${at.field}: domain only, no scheme or path`)];
  }
  const why = domainSyntaxError(raw);
  if (why !== null) return [error(at, `${at.field}${why}`, `${at.field}: not a valid domain name`)];
  const info = parse(raw);
  if (!info.isIcann || info.domain === null) {
    const suffix = info.publicSuffix ?? raw;
    return [error(at, `${at.field}的后缀“${suffix}”不是已知的顶级域`, `${at.field}: unknown public suffix ${suffix}`)];
  }
  const problems: Problem[] = [];
  if (opts.main && info.subdomain) {
    problems.push(
      warning(
        at,
        `${at.field}“${raw}”是子域名，主域名通常应填写注册的域名 ${info.domain}`,
        `${at.field}: ${raw} is a subdomain; the registered domain is ${info.domain}`,
      ),
    );
  }
  if (raw !== raw.toLowerCase()) {
    problems.push(warning(at, `${at.field}建议使用小写字母`, `${at.field}: use lower case`));
  }
  return problems;
}

/** The registrable domain (eTLD+1) of a host, Unicode or punycode as given; null when there is none. */
export const registrableDomain = (host: string): string | null => parse(host).domain;
