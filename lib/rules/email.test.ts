import { describe, expect, it } from 'vitest';
import { checkEmail } from './email';

const at = { path: 'p', field: '电子邮件地址' };

describe('电子邮件地址', () => {
  it('accepts ordinary and IDN addresses', () => {
    for (const v of [
      'zhang.san@example.com',
      'a+b@mail.qq.com',
      'x_y@163.com',
      'admin@例子.中国',
      'a@xn--fsqu00a.xn--fiqs8s',
    ]) {
      expect(checkEmail(v, at)).toEqual([]);
    }
  });
  it('rejects broken ones and names the field', () => {
    for (const v of [
      'zhangsan',
      'a@b',
      '@example.com',
      'a@@b.com',
      'a b@c.com',
      'a..b@c.com',
      '.a@c.com',
      'a@-c.com',
    ]) {
      const p = checkEmail(v, at);
      expect(p, v).toHaveLength(1);
      expect(p[0]?.message.startsWith('电子邮件地址')).toBe(true);
    }
  });
});
