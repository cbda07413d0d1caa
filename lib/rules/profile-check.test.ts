import { describe, expect, it } from 'vitest';
import { sampleProfile } from '../profile/sample';
import { checkProfile } from './profile-check';

const today = '2026-11-28';

describe('checkProfile', () => {
  it('finds nothing wrong in the valid sample', () => {
    expect(checkProfile(sampleProfile(), today)).toEqual([]);
  });

  it('returns every problem at once, each with section, key, path and a Chinese message naming the field', () => {
    const p = sampleProfile();
    p.subject.unit.certNo = '91330110MA2H3K4L40';
    const boss = p.people[0];
    const site = p.websites[0];
    const app = p.apps[0];
    if (!boss || !site || !app) throw new Error('sample changed');
    boss.mobile = '1861234567';
    site.domain = 'www.example.com.cn';
    site.openDate = '2026-10-20';
    app.packageName = 'helper';
    const problems = checkProfile(p, today);
    const summary = problems.map((x) => `${x.section}|${x.key}|${x.path}|${x.severity}`);
    expect(summary).toEqual([
      '主办单位信息|unit.certNo|subject.unit.certNo|error',
      '负责人信息|principal.mobile|people.0.mobile|error',
      '网站信息|website.openDate|websites.0.openDate|warning',
      '网站信息|website.domain|websites.0.domain|warning',
      'APP信息|app.packageName|apps.0.packageName|error',
    ]);
    expect(problems[0]?.message).toBe('主办单位证件号的校验位不符，请逐位核对');
    expect(problems[1]?.message.startsWith('负责人手机号码')).toBe(true);
    expect(problems[2]?.where).toBe('网站 1「示例科技官网」');
    expect([...new Set(problems.map((p) => p.section))]).toEqual(['主办单位信息', '负责人信息', '网站信息', 'APP信息']);
  });

  it('skips unit fields for a personal subject', () => {
    const p = sampleProfile();
    p.subject.nature = 'personal';
    p.subject.unit.certNo = 'garbage';
    expect(checkProfile(p, today)).toEqual([]);
  });

  it('reports a missing or dangling 负责人 and dangling site/app persons', () => {
    const p = sampleProfile();
    p.subject.principalId = '';
    expect(checkProfile(p, today).map((x) => x.path)).toContain('subject.principalId');
    const q = sampleProfile();
    q.subject.principalId = 'nobody';
    const site = q.websites[0];
    const app = q.apps[0];
    if (!site || !app) throw new Error('sample changed');
    site.emergencyPersonId = 'ghost';
    app.personId = 'ghost';
    const paths = checkProfile(q, today).map((x) => `${x.path}:${x.field}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'subject.principalId:负责人',
        'websites.0.emergencyPersonId:网站应急联络人',
        'apps.0.personId:APP负责人',
      ]),
    );
  });

  it('checks a person referenced twice only once, under its first role', () => {
    const p = sampleProfile();
    const boss = p.people[0];
    const site = p.websites[0];
    if (!boss || !site) throw new Error('sample changed');
    boss.email = 'bad';
    site.securityPersonId = ''; // = 负责人
    const emails = checkProfile(p, today).filter((x) => x.path === 'people.0.email');
    expect(emails).toHaveLength(1);
    expect(emails[0]?.field).toBe('负责人电子邮件地址');
  });

  it('checks a second person under the site role label', () => {
    const p = sampleProfile();
    const sec = p.people[1];
    if (!sec) throw new Error('sample changed');
    sec.idNo = '11010819900307456Y';
    const [x] = checkProfile(p, today);
    expect(x?.field).toBe('网站安全负责人证件号码');
    expect(x?.path).toBe('people.1.idNo');
  });

  it('reports duplicate ids', () => {
    const p = sampleProfile();
    const first = p.websites[0];
    if (!first) throw new Error('sample changed');
    p.websites.push({ ...first });
    expect(checkProfile(p, today).some((x) => x.path === 'websites.1.id')).toBe(true);
  });

  it('calls the injected region check for every stored region, and reports what it finds', () => {
    const seen: string[] = [];
    const found = checkProfile(sampleProfile(), today, {
      checkRegion: (_r, at) => {
        seen.push(at.path);
        return at.path === 'websites.0.access.region'
          ? [{ ...at, severity: 'error', message: '代码不存在', messageEn: 'bad' }]
          : [];
      },
    });
    expect(found.filter((x) => x.message === '代码不存在')).toEqual([
      expect.objectContaining({
        path: 'websites.0.access.region',
        severity: 'error',
        section: '网络接入服务商',
        where: '网站 1「示例科技官网」',
      }),
    ]);
    expect(seen).toEqual([
      'subject.unit.officeRegion',
      'people.0.region',
      'websites.0.access.region',
      'websites.0.registrar.region',
      'people.1.region',
    ]);
  });
});
