import { describe, expect, it } from 'vitest';
import { sampleProfile } from '../profile/sample';
import { ProfileSchema } from '../profile/schema';
import { applyReview } from './apply';
import { buildDraft } from './draft';
import { profileForCapture, stillMissing } from './missing';
import { defaultTarget, type ReviewRow, reviewRows } from './review';
import type { CapturedField, PageCapture, TabCapture } from './types';
import { addPage } from './types';

const TODAY = '2026-12-01';
const AT = '2026-12-01T10:00:00.000Z';
const REGION = { value: ['浙江省', '杭州市', '余杭区'], codes: ['33', '3301', '330110'] };
const img = { id: 'img-1', name: 'front.png', type: 'image/png' as const, size: 120 };

const f = (key: string, value: CapturedField['value'], extra: Partial<CapturedField> = {}): CapturedField => ({
  key,
  section: '',
  label: key,
  value,
  ...extra,
});
const person = (role: string, idNo: string, name = '张三'): CapturedField[] => [
  f(`${role}.name`, name),
  f(`${role}.idType`, '居民身份证'),
  f(`${role}.idNo`, idNo),
  f(`${role}.idLongTerm`, false),
  f(`${role}.idExpiry`, '2035-06-15'),
  f(`${role}.idFront`, ['front.png']),
  f(`${role}.region`, REGION.value, { codes: REGION.codes }),
  f(`${role}.address`, '五常街道某小区 1 幢'),
  f(`${role}.mobile`, '18612345678'),
];
const page = (p: PageCapture['page'], fields: CapturedField[]): PageCapture => ({
  page: p,
  form: p === 'subject' ? 'subject' : p === 'app' ? 'app' : 'website',
  fields,
  skipped: [],
  capturedAt: AT,
});
const subjectPage = (idNo = '330110198506151238') =>
  page('subject', [
    f('subject.nature', '单位'),
    f('unit.kind', '企业'),
    f('unit.name', '杭州新公司有限公司'),
    f('unit.certType', '统一社会信用代码证'),
    f('unit.certNo', '91330110MA2H3K4L4C'),
    f('unit.officeRegion', REGION.value, { codes: REGION.codes }),
    f('unit.officeAddress', '文一西路 1 号'),
    f('unit.legalRepName', '王五'),
    ...person('principal', idNo),
  ]);
const tab = (...pages: PageCapture[]): TabCapture =>
  pages.reduce<TabCapture | null>((held, p) => addPage(held, p, 't'), null) as TabCapture;
const images = () => [img];
const defaults = (rows: ReviewRow[]) =>
  new Set(rows.filter((r) => r.storable && !r.problems.some((p) => p.severity === 'error')).map((r) => r.id));

function review(capture: TabCapture, base = profileForCapture(buildDraft(capture, images), []), isNew = true) {
  const draft = buildDraft(capture, images);
  const target = defaultTarget(base, isNew, draft);
  return { draft, target, ...reviewRows(draft, target, TODAY) };
}

describe('capture → profile', () => {
  it('a captured 新增主体 becomes a new profile: unit, 负责人 as a person, images by reference', () => {
    const { draft, target, rows } = review(tab(subjectPage()));
    expect(rows.every((r) => !r.conflict && r.storable)).toBe(true);
    const { profile } = applyReview(draft, target, rows, defaults(rows), AT);
    ProfileSchema.parse(profile);
    expect(profile.displayName).toBe('杭州新公司有限公司');
    expect(profile.subject.nature).toBe('unit');
    expect(profile.subject.unit).toMatchObject({ name: '杭州新公司有限公司', legalRepName: '王五' });
    expect(profile.subject.unit.officeRegion).toEqual({ codes: REGION.codes, names: REGION.value });
    expect(profile.people).toHaveLength(1);
    expect(profile.subject.principalId).toBe(profile.people[0]?.id);
    expect(profile.people[0]).toMatchObject({ name: '张三', idNo: '330110198506151238', idFront: img });
  });

  it('a wrong check digit is an error row, left out unless the user ticks it', () => {
    const { draft, target, rows } = review(tab(subjectPage('330110198506151230')));
    const idRow = rows.find((r) => r.id.endsWith(':idNo'));
    expect(idRow?.problems.map((p) => p.severity)).toContain('error');
    expect(idRow?.problems[0]?.message).toMatch(/校验/);
    expect(defaults(rows).has(idRow?.id ?? '')).toBe(false);
    const without = applyReview(draft, target, rows, defaults(rows), AT).profile;
    expect(without.people[0]?.idNo).toBe('');
    const accepted = new Set([...defaults(rows), idRow?.id ?? '']);
    expect(applyReview(draft, target, rows, accepted, AT).profile.people[0]?.idNo).toBe('330110198506151230');
  });

  it('merging into a profile: the same ID number is the same person; changed values are conflicts', () => {
    const base = sampleProfile();
    const { draft, target, rows, same } = review(tab(subjectPage()), base, false);
    expect(target.people).toEqual(['p-boss']);
    expect(same).toBeGreaterThan(5);
    const name = rows.find((r) => r.id === 'unit:name');
    expect(name).toMatchObject({ old: '杭州示例科技有限公司', value: '杭州新公司有限公司', conflict: true });
    // No row for the 负责人 link: the person already is it.
    expect(rows.some((r) => r.target.slot === 'link')).toBe(false);
    const { profile } = applyReview(draft, target, rows, defaults(rows), AT);
    expect(profile.people).toHaveLength(2);
    expect(profile.subject.unit.name).toBe('杭州新公司有限公司');
    expect(profile.people.find((p) => p.id === 'p-boss')?.idFront).toEqual(img);
    // Unticked rows keep the old value.
    const kept = applyReview(draft, target, rows, new Set(), AT).profile;
    expect(kept.subject.unit.name).toBe('杭州示例科技有限公司');
  });

  it('the three wizard steps build one website; 负责人 captured twice is one person with two roles', () => {
    const step2 = page('website-2', [
      f('website.siteName', '新网站'),
      f('website.icpNo', '浙ICP备2026012345号-2'),
      f('website.openDate', '2026-11-25'),
      f('website.domain', 'new.example.cn'),
      f('website.certRange', ['2025-01-01', '2030-01-01']),
      f('website.ips', ['47.96.0.2']),
      f('website.access.jurisdiction', '境内'),
      f('website.access.region', REGION.value, { codes: REGION.codes }),
      f('website.access.name', '阿里云计算有限公司'),
      f('website.interactive', '否'),
      f('website.languages', ['中文简体', '英语']),
    ]);
    const step3 = page('website-3', [
      ...person('security', '330110198506151238'),
      ...person('emergency', '11010819900307456X', '李四'),
    ]);
    const capture = tab(page('website-1', [f('subject.name', '杭州示例科技有限公司')]), step2);
    expect(buildDraft(capture).missingSteps).toEqual(['网站负责人']);
    const full = addPage(capture, step3, 't');
    const base = sampleProfile();
    const { draft, target, rows } = review(full, base, false);
    expect(target.websiteId).toBeNull();
    expect(draft.people.map((p) => p.roles)).toEqual([['security'], ['emergency']]);
    expect(target.people).toEqual(['p-boss', 'p-sec']);
    const applied = applyReview(draft, target, rows, defaults(rows), AT);
    const site = applied.profile.websites.find((w) => w.id === applied.websiteId);
    expect(applied.profile.websites).toHaveLength(2);
    expect(site).toMatchObject({
      siteName: '新网站',
      certStart: '2025-01-01',
      certEnd: '2030-01-01',
      interactive: false,
      securityPersonId: 'p-boss',
      emergencyPersonId: 'p-sec',
    });
    expect(applied.profile.people).toHaveLength(2);
    expect(stillMissing(applied, 'website')).toContain('网站信息 · 域名证书');
  });

  it('网站类型 as the page shows it is stored as its letter and sub-category; an unknown category cannot be ticked', () => {
    const rowOf = (shown: string[]) =>
      review(tab(page('website-2', [f('website.siteName', '新网站'), f('website.siteType', shown)]))).rows.find((r) =>
        r.id.endsWith('siteType'),
      );
    expect(rowOf(['Z（其他）', '企业官网'])).toMatchObject({ storable: true, value: ['Z', '企业官网'] });
    expect(rowOf(['生活服务类C', '教育'])).toMatchObject({ storable: true, value: ['C', '教育'] });
    const unknown = rowOf(['Y（未知）', '某类']);
    expect(unknown?.storable).toBe(false);
    expect(unknown?.problems[0]?.message).toContain('不是已知的网站类型');
  });

  it('a value the profile cannot hold (an unknown region, an option it lacks) cannot be ticked', () => {
    const capture = tab(
      page('app', [
        f('app.appName', '应用'),
        f('app.platforms', ['Android', '塞班']),
        f('appPerson.region', ['火星'], { codes: null }),
      ]),
    );
    const { rows } = review(capture);
    expect(rows.find((r) => r.id === 'app:platforms')?.storable).toBe(false);
    // The page's own words for a known platform are stored as the profile's option.
    const chinese = review(tab(page('app', [f('app.appName', '应用'), f('app.platforms', ['安卓', '苹果'])])));
    const platforms = chinese.rows.find((r) => r.id === 'app:platforms');
    expect(platforms?.storable).toBe(true);
    expect(platforms?.value).toEqual(['Android', 'IOS']);
    const idType = review(
      tab(page('app', [f('app.appName', '应用'), f('appPerson.idType', '中华人民共和国居民身份证')])),
    );
    expect(idType.rows.find((r) => r.id.endsWith('idType'))).toMatchObject({ storable: true, value: '居民身份证' });
    const region = rows.find((r) => r.id.endsWith(':region'));
    expect(region?.storable).toBe(false);
    expect(region?.problems[0]?.message).toContain('火星');
  });

  it('APP: 应用类型 label to its letter, 是/否 to a flag, screenshots as a list', () => {
    const capture = tab(
      page('app', [
        f('app.appName', '示例'),
        f('app.appType', '计算机应用类G（软件工具）'),
        f('app.preLicense', '否'),
        f('app.screenshots', ['a.png', 'b.png']),
        ...person('appPerson', '330110198506151238'),
      ]),
    );
    const { draft, target, rows } = review(capture);
    const { profile, appId } = applyReview(draft, target, rows, defaults(rows), AT);
    const app = profile.apps.find((a) => a.id === appId);
    expect(app).toMatchObject({ appType: 'G', preLicense: false, screenshots: [img], personId: profile.people[0]?.id });
  });
});

describe('which profile a capture belongs to', () => {
  it('the wizard’s chosen subject, else the unit’s name, else a person’s ID number; otherwise none', async () => {
    const { likelyProfile } = await import('./likely-profile');
    const sample = sampleProfile();
    const other = sampleProfile('other');
    other.subject.unit.name = '别的公司';
    other.people = [];
    const site = tab(page('website-1', [f('subject.name', '杭州示例科技有限公司')]));
    expect(likelyProfile(site, buildDraft(site), [other, sample])?.id).toBe('sample-1');
    const byPerson = tab(page('app', person('appPerson', '330110198506151238')));
    expect(likelyProfile(byPerson, buildDraft(byPerson), [other, sample])?.id).toBe('sample-1');
    const unknown = tab(page('app', person('appPerson', '11010819900307456X')));
    expect(likelyProfile(unknown, buildDraft(unknown), [other])).toBeNull();
  });
});
