import { describe, expect, it, vi } from 'vitest';
import type { FillResult } from '../messaging/protocol';
import { onShortcut, type ShortcutDeps } from './shortcut';
import type { FillReport } from './types';

const REPORT: FillReport = { page: 'subject', fields: [], unknownRequired: [], missing: [], durationMs: 1 };

function deps(result: FillResult, tabId: number | null = 4): ShortcutDeps & { calls: unknown[] } {
  const calls: unknown[] = [];
  return {
    calls,
    activeTabId: async () => tabId ?? undefined,
    fill: vi.fn(async (request) => {
      calls.push(['fill', request]);
      return result;
    }),
    notice: vi.fn(async (id, notice) => {
      calls.push(['notice', id, notice]);
    }),
  };
}

describe('the fill-page shortcut', () => {
  it('fills the active tab, keeping typed values and without accepting warnings', async () => {
    const d = deps({ ok: true, report: REPORT });
    expect(await onShortcut('fill-page', d)).toMatchObject({ ok: true });
    expect(d.calls).toEqual([['fill', { tabId: 4, mode: 'empty-only', acceptWarnings: false }]]);
  });

  it('shows a refusal in the tab, with the problems found', async () => {
    const problems = [
      { path: 'subject.unit.name', field: '主办单位名称', severity: 'error' as const, message: '未填写' },
    ];
    const d = deps({ ok: false, reason: 'check-failed', message: '资料有 1 处错误，请先修改', problems });
    await onShortcut('fill-page', d);
    expect(d.calls[1]).toEqual(['notice', 4, { message: '资料有 1 处错误，请先修改', problems }]);
  });

  it('says nothing on a page that is not a filing form, and ignores other commands or no tab', async () => {
    const d = deps({ ok: false, reason: 'not-a-filing-page', message: '…' });
    await onShortcut('fill-page', d);
    expect(d.calls).toHaveLength(1);
    expect(await onShortcut('other', d)).toBeNull();
    expect(await onShortcut('fill-page', deps({ ok: true, report: REPORT }, null))).toBeNull();
    expect(d.calls).toHaveLength(1);
  });
});
