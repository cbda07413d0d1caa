import { describe, expect, it } from 'vitest';
import type { FieldOutcome, FillReport } from '../../lib/fill/types';
import { fillSummary, fillTone } from './fill-outcome';

const field = (outcome: FieldOutcome, label = '负责人姓名') => ({ key: label, section: '负责人信息', label, outcome });
const report = (over: Partial<FillReport>): FillReport => ({
  page: 'subject',
  fields: [field('filled')],
  unknownRequired: [],
  missing: [],
  durationMs: 1,
  ...over,
});
const missing = [{ section: '负责人信息', sectionKey: '负责人信息', label: '身份证人像面', index: 3 }];

describe('the one verdict on a fill (popup and panel)', () => {
  it('is green for a clean fill, also when the profile leaves an optional field empty', () => {
    expect(fillTone(report({}))).toBe('ok');
    expect(fillTone(report({ fields: [field('filled'), field('not-in-profile', '办公室电话')] }))).toBe('ok');
  });

  it('is amber when something is left for the user, red when a field failed', () => {
    expect(fillTone(report({ missing }))).toBe('warning');
    expect(fillTone(report({ fields: [field('skipped')] }))).toBe('warning');
    expect(fillTone(report({ unknownRequired: ['新的必填项'] }))).toBe('warning');
    expect(
      fillTone(report({ suggestions: [{ section: '', label: '联系人', key: 'principal.name', field: '姓名' }] })),
    ).toBe('warning');
    expect(fillTone(report({ fields: [field('failed'), field('skipped')], missing }))).toBe('error');
  });

  it('says 已填充 first, then what else happened, then the required fields still empty', () => {
    expect(fillSummary(report({}))).toBe('已填充 1 项，已有值未改 0 项');
    const mixed = report({
      fields: [field('filled'), field('failed', 'a'), field('skipped', 'b'), field('kept', 'c')],
      missing,
    });
    expect(fillSummary(mixed)).toBe('已填充 1 项，已有值未改 1 项，失败 1 项，未填（需确认） 1 项，待填必填项 1 项');
  });
});
