import { describe, expect, it, vi } from 'vitest';
import type { CheckProblem } from '../messaging/problems';
import { sampleProfile } from '../profile/sample';
import { createFillService, type FillServiceDeps, targetLabel } from './fill-service';
import type { FillPayload, FillReport, PageState } from './types';

const REPORT: FillReport = { page: 'subject', fields: [], unknownRequired: [], missing: [], durationMs: 1 };

function setup(state: PageState = { form: 'subject', page: 'subject', nature: null }, problems: CheckProblem[] = []) {
  const sent: { tabId: number; payload: FillPayload }[] = [];
  let during: ((p: FillPayload) => Promise<void>) | null = null;
  const deps: FillServiceDeps = {
    source: {
      list: async () => [sampleProfile()],
      activeId: async () => 'sample-1',
      locked: async () => false,
      attachment: async (id) => ({ type: 'image/png', dataBase64: `bytes-of-${id}` }),
    },
    tabs: {
      state: vi.fn(async () => state),
      fill: async (tabId, payload) => {
        sent.push({ tabId, payload });
        await during?.(payload);
        return REPORT;
      },
    },
    check: () => problems,
    now: () => new Date('2026-11-28T08:00:00Z'),
    newToken: () => 'token-1',
  };
  const service = createFillService(deps);
  return { service, sent, deps, whileFilling: (fn: (p: FillPayload) => Promise<void>) => (during = fn) };
}

describe('the background fill service', () => {
  it('refuses a tab that is not a recognised form', async () => {
    const { service, sent } = setup({ form: null, page: null });
    const result = await service.fill({ tabId: 3, mode: 'empty-only', acceptWarnings: false });
    expect(result).toMatchObject({ ok: false, reason: 'not-a-filing-page' });
    expect(sent).toEqual([]);
  });

  it('blocks on errors, and on warnings until the user accepts them', async () => {
    const warning: CheckProblem = { path: 'x', field: '手机号码', severity: 'warning', message: '请填写手机号码' };
    const error: CheckProblem = { ...warning, severity: 'error', message: '证件号码的校验位不正确' };
    const blocked = setup(undefined, [error]);
    expect(await blocked.service.fill({ tabId: 3, mode: 'overwrite', acceptWarnings: true })).toMatchObject({
      ok: false,
      reason: 'check-failed',
      problems: [error],
    });
    const warned = setup(undefined, [warning]);
    expect((await warned.service.fill({ tabId: 3, mode: 'overwrite', acceptWarnings: false })).ok).toBe(false);
    expect(warned.sent).toEqual([]);
    expect((await warned.service.fill({ tabId: 3, mode: 'overwrite', acceptWarnings: true })).ok).toBe(true);
    expect(warned.sent).toHaveLength(1);
    expect(blocked.sent).toEqual([]);
  });

  it("hands the tab only the page's values: nothing of the websites, apps or other people", async () => {
    const { service, sent } = setup();
    await service.fill({ tabId: 3, mode: 'empty-only', acceptWarnings: false });
    const keys = Object.keys(sent[0]?.payload.values ?? {});
    expect(keys).toContain('principal.idNo');
    expect(keys.every((k) => /^(subject|unit|principal)\./.test(k))).toBe(true);
    expect(JSON.stringify(sent[0]?.payload)).not.toContain('李四');
  });

  it('serves images only to the filling tab, only those of the page, only while the fill runs', async () => {
    const { service, whileFilling } = setup();
    const seen: unknown[] = [];
    whileFilling(async (payload) => {
      seen.push(await service.attachment(payload.token, 'sample-1-f', 3));
      seen.push(await service.attachment(payload.token, 'sample-1-f', 4));
      seen.push(await service.attachment(payload.token, 'sample-1-logo', 3));
      seen.push(await service.attachment('guessed', 'sample-1-f', 3));
    });
    await service.fill({ tabId: 3, mode: 'empty-only', acceptWarnings: false });
    expect(seen).toEqual([{ type: 'image/png', dataBase64: 'bytes-of-sample-1-f' }, null, null, null]);
    expect(await service.attachment('token-1', 'sample-1-f', 3)).toBeNull();
  });

  it("trusts the page state the tab's own content script sends, and asks the tab otherwise", async () => {
    const { service, deps } = setup();
    const state: PageState = { form: 'subject', page: 'subject', nature: '单位' };
    await service.fill({ mode: 'empty-only', acceptWarnings: false, state }, 3);
    expect(deps.tabs.state).not.toHaveBeenCalled();
    await service.fill({ tabId: 3, mode: 'empty-only', acceptWarnings: false, state }, 9);
    expect(deps.tabs.state).toHaveBeenCalledWith(3);
  });

  it('a locked store refuses the fill with its own message, and nothing reaches the tab', async () => {
    const { service, sent, deps } = setup();
    deps.source.list = async () => {
      throw new Error('资料已加锁，请先解锁');
    };
    const result = await service.fill({ tabId: 3, mode: 'empty-only', acceptWarnings: false });
    expect(result).toMatchObject({ ok: false, message: '资料已加锁，请先解锁' });
    expect(sent).toEqual([]);
  });

  it('lists websites and apps by the names the user gave, else the domain or the number', async () => {
    const { service } = setup();
    const choices = await service.choices();
    expect(choices.activeId).toBe('sample-1');
    expect(choices.websites).toEqual([{ id: 'w-1', label: '示例科技官网' }]);
    expect(choices.apps.map((a) => a.label)).toEqual(['示例助手']);
    expect(targetLabel('website', 0, '', 'example.com.cn')).toBe('example.com.cn');
    expect(targetLabel('app', 1, ' ')).toBe('APP 2');
  });

  it("sends the page's taught fields with the fill, and fills without them when their store fails", async () => {
    const link = { page: 'subject', section: '主体信息', label: '单位名', key: 'unit.name' } as const;
    const taught = setup();
    taught.deps.links = vi.fn(async () => [link]);
    const service = createFillService(taught.deps);
    await service.fill({ tabId: 3, mode: 'empty-only', acceptWarnings: true });
    expect(taught.deps.links).toHaveBeenCalledWith('subject');
    expect(taught.sent[0]?.payload.links).toEqual([link]);

    const broken = setup();
    broken.deps.links = async () => {
      throw new Error('storage gone');
    };
    expect((await createFillService(broken.deps).fill({ tabId: 3, mode: 'empty-only', acceptWarnings: true })).ok).toBe(
      true,
    );
    expect(broken.sent[0]?.payload.links).toBeUndefined();
  });
});
