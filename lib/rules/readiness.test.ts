import { describe, expect, it } from 'vitest';
import { PAGE_MAPS } from '../platform';
import { sampleProfile } from '../profile/sample';
import { checkRegionAgainstDivisions } from '../regions/divisions';
import { FIELD_RULES } from './field-rules';
import { checkReadiness } from './readiness';

const today = '2026-11-28';
/** The sample plus the three ID photos of the site's 安全负责人, which the sample leaves out. */
function sampleProfileReady() {
  const p = sampleProfile();
  const sec = p.people[1];
  if (!sec) throw new Error('sample changed');
  const png = (id: string) => ({ id, name: `${id}.png`, type: 'image/png' as const, size: 70 });
  Object.assign(sec, { idFront: png('sec-f'), idBack: png('sec-b'), idHandheld: png('sec-h') });
  return p;
}
const site = { websiteId: 'w-1' };

describe('field maps ↔ FIELD_RULES contract', () => {
  it('every payload key a page map uses (and every `when` key) has a rule', () => {
    const keys = Object.values(PAGE_MAPS).flatMap((m) =>
      m.fields.flatMap((f) => [f.key, ...(f.when ? [f.when.key] : [])]),
    );
    expect(keys.filter((k) => !FIELD_RULES[k])).toEqual([]);
  });
});

describe('checkReadiness', () => {
  it('the sample is ready for every page', () => {
    expect(checkReadiness(sampleProfile(), 'subject', {}, today)).toEqual([]);
    for (const page of ['website-1', 'website-2', 'website-3'] as const) {
      expect(checkReadiness(sampleProfileReady(), page, site, today), page).toEqual([]);
    }
    // The bare sample lacks the 安全负责人's photos: exactly those three are reported.
    expect(checkReadiness(sampleProfile(), 'website-3', site, today).map((x) => x.key)).toEqual([
      'security.idFront',
      'security.idBack',
      'security.idHandheld',
    ]);
    expect(checkReadiness(sampleProfile(), 'app', { appId: 'a-1' }, today)).toEqual([]);
  });

  it('网站类型 with the division check on: regions are checked, the website type is not taken for one', () => {
    const opts = { checkRegion: checkRegionAgainstDivisions };
    expect(checkReadiness(sampleProfileReady(), 'website-2', site, today, opts)).toEqual([]);
    const old = sampleProfileReady();
    if (old.websites[0]) delete old.websites[0].siteType;
    const found = checkReadiness(old, 'website-2', site, today, opts);
    expect(found.map((p) => [p.key, p.severity])).toEqual([['website.siteType', 'warning']]);
  });

  it('lists empty required fields as warnings and wrong values as errors, with profile paths', () => {
    const p = sampleProfile();
    const boss = p.people[0];
    if (!boss) throw new Error('sample changed');
    boss.address = '';
    boss.mobile = '123';
    const problems = checkReadiness(p, 'subject', {}, today);
    expect(problems.map((x) => `${x.severity}|${x.key}|${x.path}|${x.field}`)).toEqual([
      'warning|principal.address|people.0.address|负责人常住详细地址',
      'error|principal.mobile|people.0.mobile|负责人手机号码',
    ]);
  });

  it('applies `when`: unit fields only for 单位, expiry only without 长期有效, kinds only after 是', () => {
    const p = sampleProfile();
    p.subject.unit.name = '';
    expect(checkReadiness(p, 'subject', {}, today).map((x) => x.key)).toEqual(['unit.name']);
    p.subject.nature = 'personal';
    expect(checkReadiness(p, 'subject', {}, today)).toEqual([]);

    const q = sampleProfile();
    const w = q.websites[0];
    if (!w) throw new Error('sample changed');
    expect(checkReadiness(q, 'website-2', site, today)).toEqual([]);
    w.controlledItems = true;
    expect(checkReadiness(q, 'website-2', site, today).map((x) => x.key)).toContain('website.controlledKinds');

    const r = sampleProfileReady();
    const sec = r.people[1];
    if (!sec) throw new Error('sample changed');
    sec.idLongTerm = false; // now 证件有效期 applies and is empty
    expect(checkReadiness(r, 'website-3', site, today).map((x) => `${x.key}:${x.field}:${x.severity}`)).toEqual([
      'security.idExpiry:网站安全负责人证件有效期:warning',
    ]);
  });

  it('says once that the website or a person is missing instead of listing every field', () => {
    expect(checkReadiness(sampleProfile(), 'website-2', {}, today).map((x) => x.message)).toEqual([
      '请先选择要填写的网站',
    ]);
    const p = sampleProfileReady();
    const w = p.websites[0];
    if (!w) throw new Error('sample changed');
    w.emergencyPersonId = 'ghost';
    const problems = checkReadiness(p, 'website-3', site, today);
    expect(problems.map((x) => x.message)).toEqual(['未指定网站应急联络人，或所选人员已被删除']);
  });

  it('checks region names against codes when the caller passes the division check', () => {
    const calls: string[] = [];
    const found = checkReadiness(sampleProfile(), 'subject', {}, today, {
      checkRegion: (_r, at) => {
        calls.push(at.field);
        return at.field === '负责人常住地址'
          ? [{ ...at, severity: 'error', message: '名称与代码不一致', messageEn: 'bad' }]
          : [];
      },
    });
    expect(found.filter((x) => x.message === '名称与代码不一致')).toEqual([
      expect.objectContaining({ field: '负责人常住地址', severity: 'error', section: '负责人信息' }),
    ]);
    expect(calls).toEqual(['单位办公地址', '负责人常住地址']);
  });
});
