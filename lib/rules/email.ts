// 电子邮件地址: a practical shape check (no quoted local parts); the domain part goes through the domain rule.
import { domainSyntaxError } from './domain';
import { type At, error, type Problem } from './problem';

export function checkEmail(value: string, at: At): Problem[] {
  if (value === '') return [];
  const bad = (why: string, en: string) => [error(at, `${at.field}格式不正确：${why}`, `${at.field}: ${en}`)];
  const at1 = value.lastIndexOf('@');
  if (at1 <= 0 || value.indexOf('@') !== at1) return bad('应含且只含一个 @', 'needs exactly one @');
  const local = value.slice(0, at1);
  const domain = value.slice(at1 + 1);
  if (value.length > 254 || local.length > 64) return bad('过长', 'too long');
  if (!/^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/.test(local) || /^\.|\.$|\.\./.test(local)) {
    return bad('@ 前的部分含有不允许的字符', 'invalid local part');
  }
  if (!domain.includes('.') || domainSyntaxError(domain) !== null) return bad('@ 后应为有效域名', 'invalid domain');
  return [];
}
