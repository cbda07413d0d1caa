// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sendMessage } from '../../lib/messaging/protocol';
import { newProfile } from '../../lib/profile/factory';
import { backgroundPerTest } from '../../tests/support/background';
import { loadSnapshot } from '../data/store';
import { OptionsApp } from './OptionsApp';

vi.setConfig({ testTimeout: 20_000 });
afterEach(cleanup);
const bg = backgroundPerTest();

// The background's own commands on the same (fake) storage, through the messages.
const deps = () => ({ run: (c: Parameters<typeof sendMessage<'bg:profile'>>[1]) => sendMessage('bg:profile', c) });
const names = async () => (await loadSnapshot()).profiles.map((p) => p.displayName).sort();

describe('OptionsApp first run', () => {
  it('offers 新建资料 and 导入 as its own buttons, with nothing to export and the lock folded away', async () => {
    render(<OptionsApp deps={deps()} />);
    expect(await screen.findByRole('heading', { name: '还没有资料' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '新建资料' }).className).toContain('primary');
    expect(screen.getByRole('button', { name: '导入资料文件' }).className).toContain('primary');
    expect((screen.getByRole('button', { name: '导出' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByLabelText('用口令加密文件')).toBeNull();
    // 口令保护 is one folded line: no form, and no red "强度：—" before anything is typed.
    const lock = screen.getByRole('region', { name: '口令保护' });
    expect(lock.querySelector('details')?.open).toBe(false);
    expect(lock.textContent).not.toContain('强度');
  });

  it('导入资料文件 opens the sidebar’s file input, where the outcome is shown', async () => {
    render(<OptionsApp deps={deps()} />);
    const button = await screen.findByRole('button', { name: '导入资料文件' });
    const click = vi.spyOn(screen.getByLabelText('导入') as HTMLInputElement, 'click');
    fireEvent.click(button);
    expect(click).toHaveBeenCalledOnce();
  });

  it('新建资料 opens the editor on the new profile', async () => {
    render(<OptionsApp deps={deps()} />);
    fireEvent.click(await screen.findByRole('button', { name: '新建资料' }));
    expect(((await screen.findByLabelText('资料名称')) as HTMLInputElement).value).toBe('新资料');
    expect(screen.queryByRole('heading', { name: '还没有资料' })).toBeNull();
    expect((screen.getByRole('button', { name: '导出' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('OptionsApp profile actions', () => {
  it('copies the profile being edited and shows the copy, deletes it and undoes the delete', async () => {
    await bg.store.save(newProfile('甲公司'));
    render(<OptionsApp deps={deps()} />);
    fireEvent.click(await screen.findByRole('button', { name: '复制' }));
    expect(await screen.findByText('已复制为「甲公司 副本」')).toBeTruthy();
    await waitFor(() => expect((screen.getByLabelText('资料名称') as HTMLInputElement).value).toBe('甲公司 副本'));
    expect(await names()).toEqual(['甲公司', '甲公司 副本']);

    fireEvent.click(screen.getByRole('button', { name: '删除' }));
    fireEvent.click(screen.getByRole('button', { name: '确定删除' }));
    expect(await screen.findByText(/已删除「甲公司 副本」/)).toBeTruthy();
    await waitFor(async () => expect(await names()).toEqual(['甲公司']));
    fireEvent.click(screen.getByRole('button', { name: '撤销' }));
    expect(await screen.findByText('已恢复「甲公司 副本」')).toBeTruthy();
    await waitFor(async () => expect(await names()).toEqual(['甲公司', '甲公司 副本']));
  });
});

describe('OptionsApp and changes made elsewhere', () => {
  it('follows a save by another window, and merges it with what is typed here', async () => {
    const p = newProfile('甲公司');
    await bg.store.save(p);
    render(<OptionsApp deps={deps()} />);
    const name = (await screen.findByLabelText('资料名称')) as HTMLInputElement;
    fireEvent.input(screen.getByLabelText('主办单位名称'), { target: { value: '甲有限公司' } });
    // The popup (or a capture) renames it meanwhile, through the background.
    expect(await sendMessage('bg:profile', { op: 'rename', id: p.id, name: '乙公司' })).toMatchObject({ ok: true });
    await waitFor(() => expect(name.value).toBe('乙公司'));
    expect(await screen.findByText('✔ 已自动保存')).toBeTruthy();
    await waitFor(async () => {
      const stored = await bg.store.get(p.id);
      expect([stored?.displayName, stored?.subject.unit.name]).toEqual(['乙公司', '甲有限公司']);
    });
  });
});
