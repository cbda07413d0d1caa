// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { FillReport } from '../../lib/fill/types';
import { newProfile } from '../../lib/profile/factory';
import { checkReadiness } from '../../lib/rules/readiness';
import { createProfileCommands } from '../../lib/store/profile-commands';
import { backgroundPerTest } from '../../tests/support/background';
import { loadSnapshot, setActiveId } from '../data/store';
import { PopupApp, type PopupDeps } from './PopupApp';

afterEach(cleanup);
const bg = backgroundPerTest();

const REPORT: FillReport = {
  page: 'subject',
  fields: [
    { key: 'principal.name', section: '负责人信息', label: '负责人姓名', outcome: 'filled' },
    {
      key: 'principal.mobile',
      section: '负责人信息',
      label: '负责人手机号码',
      outcome: 'failed',
      reason: '下拉框没有打开',
    },
  ],
  unknownRequired: [],
  missing: [{ section: '负责人信息', sectionKey: '负责人信息', label: '身份证人像面', index: 3 }],
  durationMs: 10,
};

function deps(over: Partial<PopupDeps> = {}): PopupDeps {
  return {
    readTab: async () => ({ tabId: 7, state: { form: 'subject', page: 'subject', nature: '单位' } }),
    fill: vi.fn(async () => ({ ok: true as const, report: REPORT })),
    // The background runs checkReadiness; the test runs the same pure function in place of the message.
    check: async ({ profileId, page, websiteId, appId }) => {
      const profile = (await loadSnapshot()).profiles.find((p) => p.id === profileId);
      return profile ? checkReadiness(profile, page, { websiteId, appId }, '2026-11-28') : [];
    },
    openEditor: vi.fn(),
    // The background's own profile commands, on the same (fake) storage, in place of the messages.
    profiles: {
      ...createProfileCommands(bg.store),
      watch(cb) {
        fakeBrowser.storage.onChanged.addListener(cb);
        return () => fakeBrowser.storage.onChanged.removeListener(cb);
      },
    },
    ...over,
  };
}

describe('PopupApp', () => {
  it('switches the active profile through the 当前资料 select', async () => {
    const a = newProfile('甲公司');
    const b = newProfile('乙公司');
    await bg.store.save(a);
    await bg.store.save(b);
    await setActiveId(a.id);
    render(<PopupApp deps={deps()} />);
    const select = (await screen.findByLabelText('当前资料')) as HTMLSelectElement;
    await waitFor(() => expect(select.value).toBe(a.id));
    fireEvent.change(select, { target: { value: b.id } });
    await waitFor(async () => expect((await loadSnapshot()).activeId).toBe(b.id));
  });

  it('makes the only profile the active one', async () => {
    const only = newProfile('唯一');
    await bg.store.save(only);
    render(<PopupApp deps={deps()} />);
    await waitFor(async () => expect((await loadSnapshot()).activeId).toBe(only.id));
  });

  it('disables 一键填充 while the profile has errors, and says so in red in one line', async () => {
    const p = newProfile('有错');
    const person = p.people[0];
    if (person) person.idNo = '110105194912310021';
    await bg.store.save(p);
    render(<PopupApp deps={deps()} />);
    const button = (await screen.findByRole('button', { name: '一键填充' })) as HTMLButtonElement;
    const line = await screen.findByRole('button', { name: /^1 个错误 · \d+ 个提醒/ });
    expect(line.className).toContain('tone-error');
    expect(button.disabled).toBe(true);
    expect(screen.getByText('请先在资料编辑器中改正错误，再填充。').className).toContain('tone-error');
    // The list waits behind its summary line, so the button stays in sight; one click opens it.
    expect(screen.queryByText(/校验位不符/)).toBeNull();
    fireEvent.click(line);
    expect(await screen.findByText('校验位不符，请逐位核对')).toBeTruthy();
  });

  it('keeps the summary line, 只填空白项 and the button together in the footer', async () => {
    await bg.store.save(newProfile('空资料'));
    render(<PopupApp deps={deps()} />);
    const button = await screen.findByRole('button', { name: '仍然填充' });
    const footer = button.closest('footer') as HTMLElement;
    expect(within(footer).getByRole('button', { name: /个提醒/ })).toBeTruthy();
    expect((within(footer).getByLabelText(/只填空白项/) as HTMLInputElement).checked).toBe(true);
  });

  it('shows not-a-filing-page with a link to the platform when no content script answers', async () => {
    render(<PopupApp deps={deps({ readTab: async () => ({ tabId: 3, state: null }) })} />);
    expect(await screen.findByText('不是备案页面')).toBeTruthy();
    expect(screen.getByRole('link').getAttribute('href')).toBe('https://beian.mps.gov.cn');
    expect(screen.queryByRole('button', { name: '一键填充' })).toBeNull();
  });

  it('fills with warnings through 仍然填充 and shows a failed field in red', async () => {
    const empty = newProfile('空资料');
    await bg.store.save(empty);
    const d = deps();
    render(<PopupApp deps={d} />);
    await waitFor(async () => expect((await loadSnapshot()).activeId).toBe(empty.id));
    const line = await screen.findByRole('button', { name: /个提醒/ });
    expect(line.className).toContain('tone-warning');
    const button = screen.getByRole('button', { name: '仍然填充' }) as HTMLButtonElement;
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    const report = await screen.findByRole('region', { name: '填充结果' });
    expect(d.fill).toHaveBeenCalledWith(
      expect.objectContaining({ tabId: 7, mode: 'empty-only', acceptWarnings: true }),
    );
    expect(within(report).getByText(/下拉框没有打开/)).toBeTruthy();
    expect(within(report).getByText(/身份证人像面/)).toBeTruthy();
    expect(within(report).getByText(/已填充/).textContent).toBe('1 已填充');
    const outcome = screen.getByText('已填充 1 项，已有值未改 0 项，失败 1 项，待填必填项 1 项');
    expect(outcome.className).toContain('tone-error');
  });

  it('is green only after a clean fill, and overwrites when 只填空白项 is off', async () => {
    const clean: FillReport = { ...REPORT, fields: [REPORT.fields[0] as FillReport['fields'][0]], missing: [] };
    await bg.store.save(newProfile('空资料'));
    const d = deps({ fill: vi.fn(async () => ({ ok: true as const, report: clean })) });
    render(<PopupApp deps={d} />);
    fireEvent.click(await screen.findByLabelText(/只填空白项/));
    fireEvent.click(await screen.findByRole('button', { name: '仍然填充' }));
    const outcome = await screen.findByText('已填充 1 项，已有值未改 0 项');
    expect(outcome.className).toContain('tone-ok');
    expect(d.fill).toHaveBeenCalledWith(expect.objectContaining({ mode: 'overwrite' }));
  });

  it('shows a refused fill in red, never in the success colour', async () => {
    await bg.store.save(newProfile('空资料'));
    const refused = { ok: false as const, reason: 'refused' as const, message: '资料有 3 处错误，请先修改' };
    render(<PopupApp deps={deps({ fill: vi.fn(async () => refused) })} />);
    fireEvent.click(await screen.findByRole('button', { name: '仍然填充' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('资料有 3 处错误，请先修改');
    expect(alert.className).toContain('tone-error');
  });

  it('says in Chinese when the profiles cannot be read, instead of showing an empty list', async () => {
    const broken = deps();
    render(
      <PopupApp
        deps={{
          ...broken,
          profiles: { ...broken.profiles, view: async () => Promise.reject(new Error('后台没有应答')) },
        }}
      />,
    );
    expect((await screen.findByRole('alert')).textContent).toBe('读取资料失败：后台没有应答');
    expect(screen.queryByRole('button', { name: '新建' })).toBeNull();
    expect(screen.queryByText('请先新建或导入一份资料。')).toBeNull();
  });

  it('says so when the background does not answer an action, and the unlock form can be used again', async () => {
    const d = deps();
    const link = { ...d.profiles, view: async () => ({ lock: 'locked' as const, activeId: null, profiles: [] }) };
    render(<PopupApp deps={{ ...d, profiles: { ...link, run: () => Promise.reject(new Error('no receiver')) } }} />);
    fireEvent.input(await screen.findByLabelText(/口令/), { target: { value: '任意口令 12345' } });
    fireEvent.click(screen.getByRole('button', { name: '解锁' }));
    expect((await screen.findByRole('alert')).textContent).toBe('操作没有完成，后台没有应答：no receiver');
    expect((screen.getByRole('button', { name: '解锁' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('links each problem to its field in the editor', async () => {
    const p = newProfile('有错');
    const person = p.people[0];
    if (person) person.idNo = '110105194912310021';
    await bg.store.save(p);
    const openField = vi.fn();
    render(<PopupApp deps={deps({ openField })} />);
    fireEvent.click(await screen.findByRole('button', { name: /^1 个错误/ }));
    const list = await screen.findByRole('region', { name: '检查结果' });
    fireEvent.click(within(list).getAllByRole('button', { name: '负责人证件号码' })[0] as HTMLElement);
    expect(openField).toHaveBeenCalledWith({ profileId: p.id, path: 'people.0.idNo' });
  });
});
