import { describe, expect, it } from 'vitest';
import { checkPackageName } from './package-name';

const at = { path: 'apps.0.packageName', field: '应用包名' };

describe('应用包名', () => {
  it('accepts reverse-DNS Java identifiers', () => {
    for (const v of ['com.tencent.mm', 'com.eg.android.AlipayGphone', 'cn.gov.beian_app', 'a.b']) {
      expect(checkPackageName(v, at), v).toEqual([]);
    }
  });
  it('warns on iOS-only segments', () => {
    expect(checkPackageName('com.example.my-app', at)[0]?.severity).toBe('warning');
    expect(checkPackageName('com.123go.app', at)[0]?.severity).toBe('warning');
  });
  it('rejects single segments, empty segments, keywords and odd characters', () => {
    for (const v of ['myapp', 'com..app', '.com.app', 'com.app.', 'com.new.app', 'com.例子.app', 'com.my app']) {
      expect(checkPackageName(v, at)[0]?.severity, v).toBe('error');
    }
  });
});
