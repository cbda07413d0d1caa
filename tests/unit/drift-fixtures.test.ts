// @vitest-environment happy-dom
// The page fixtures are what they claim: each drift variant changes markup or wording only, never which fields
// a page has (the replica's data-field hooks are the ground truth), and each shows its own kind of drift.
import { describe, expect, it } from 'vitest';
import { type FixtureVariant, loadFixture } from '../fixtures/load';
import { CAPTURED_PAGES, DRIFT_VARIANTS } from '../fixtures/pages-list';

const fields = (doc: Document) =>
  [...doc.querySelectorAll<HTMLElement>('[data-field]')].map((el) => el.dataset.field ?? '').sort();
const labels = (doc: Document) =>
  [...doc.querySelectorAll('.ant-form-item-label label')].map((el) => el.textContent?.trim() ?? '');
const text = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((el) => el.textContent?.replace(/\s+/g, '') ?? '');

// Parsing 56 pages of ~40 KB in happy-dom takes a few seconds.
describe('drift fixtures', { timeout: 60_000 }, () => {
  for (const variant of DRIFT_VARIANTS) {
    it(`${variant}: every page has the default page's fields (plus 备注 with sections-extra)`, () => {
      for (const { name } of CAPTURED_PAGES) {
        const want = fields(loadFixture('default', name));
        const got = fields(loadFixture(variant, name)).filter((f) => !(variant === 'sections-extra' && f === 'remark'));
        expect(got, name).toEqual(want);
      }
    });
  }

  it('网站类型 is a required cascader of step 2 in every variant; drift-labels words it 网站类别', () => {
    for (const variant of ['default', ...DRIFT_VARIANTS] as const) {
      const item = loadFixture(variant, 'website-2').querySelector('[data-field="siteType"]');
      expect(item?.querySelector('.ant-cascader'), variant).not.toBeNull();
      expect(item?.querySelector('label.ant-form-item-required')?.textContent, variant).toBe(
        variant === 'drift-labels' ? '网站类别' : '网站类型',
      );
    }
  });

  it('drift-labels rewords at least 40 labels and section titles across the pages', () => {
    let changed = 0;
    for (const { name } of CAPTURED_PAGES) {
      const before = [
        ...labels(loadFixture('default', name)),
        ...text(loadFixture('default', name), '.section-title-text'),
      ];
      const after = [
        ...labels(loadFixture('drift-labels', name)),
        ...text(loadFixture('drift-labels', name), '.section-title-text'),
      ];
      changed += before.filter((label, i) => after[i] !== label).length;
    }
    expect(changed).toBeGreaterThanOrEqual(40);
  });

  it('the wizard is drawn three ways: name as title, name in the icon, plain elements with is-active', () => {
    const step2 = (v: FixtureVariant) => loadFixture(v, 'website-2');
    expect(text(step2('wizard-antd-title'), '.ant-steps-item-process .ant-steps-item-title')).toEqual(['网站基本信息']);
    expect(text(step2('wizard-icon'), '.ant-steps-item-process .ant-steps-item-title')).toEqual(['02']);
    expect(text(step2('wizard-icon'), '.ant-steps-item-process .ant-steps-item-icon')).toEqual(['网站基本信息']);
    const custom = step2('wizard-custom');
    expect(custom.querySelector('[class*="ant-steps"]')).toBeNull();
    expect(text(custom, '.is-active')).toEqual(['网站基本信息02']);
    for (const v of ['wizard-antd-title', 'wizard-icon', 'wizard-custom'] as const)
      expect(loadFixture(v, 'app').body.textContent).toContain('APP信息');
  });

  it('widget-swap: subject select, nature radios drawn as buttons, access method radios, dates as plain inputs', () => {
    const item = (page: string, field: string) =>
      loadFixture('widget-swap', page).querySelector(`[data-field="${field}"]`) as HTMLElement;
    expect(item('website-1', 'subjectId').querySelector('.ant-select')).not.toBeNull();
    expect(item('subject', 'nature').querySelectorAll('.ant-radio-group .ant-radio-button-wrapper')).toHaveLength(2);
    expect(item('website-2', 'access.method').querySelector('.ant-radio-group')).not.toBeNull();
    expect(item('website-2', 'openDate').querySelector('.ant-picker')).toBeNull();
    expect(item('website-3', 'security.idExpiry').querySelector('.ant-picker')).toBeNull();
  });

  it('section-markup: titles are split over two nodes and hold their buttons', () => {
    const doc = loadFixture('section-markup', 'website-2');
    const title = [...doc.querySelectorAll('.section-title-text')].find((el) =>
      el.textContent?.includes('网络接入服务商'),
    );
    expect(title?.querySelector('button')?.textContent?.replace(/\s/g, '')).toBe('查询网络接入服务商');
    expect([...(title?.querySelectorAll('span, b') ?? [])].some((el) => el.textContent === '网络接入服务商')).toBe(
      false,
    );
  });

  it('title-plain: no heading tag or antd breadcrumb names the form; a styled div and plain crumbs do', () => {
    for (const { name } of CAPTURED_PAGES) {
      const doc = loadFixture('title-plain', name);
      expect(doc.querySelector('h1, h2, h3, .ant-breadcrumb, .ant-page-header'), name).toBeNull();
      expect(doc.querySelectorAll('.page-title > span'), name).toHaveLength(2);
      expect(doc.querySelector('.crumbs-own')?.textContent, name).toMatch(/>/);
    }
  });

  it('date-format: the date pickers are sized for YYYY年MM月DD日 (antd sizes an input by its format)', () => {
    const size = (v: FixtureVariant, page: string, placeholder: string) =>
      loadFixture(v, page).querySelector(`.ant-picker input[placeholder="${placeholder}"]`)?.getAttribute('size');
    expect(size('default', 'website-2', '请选择网站开通日期')).toBe('12');
    expect(size('date-format', 'website-2', '请选择网站开通日期')).toBe('13');
    expect(size('date-format', 'app', '请选择')).toBe('13');
  });
});
