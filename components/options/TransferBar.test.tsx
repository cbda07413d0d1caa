// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newProfile } from '../../lib/profile/factory';
import { backgroundPerTest } from '../../tests/support/background';
import { loadSnapshot } from '../data/store';
import { exportAll, importFile, resolveImport } from '../data/transfer';
import { TransferBar, type TransferDeps } from './TransferBar';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

afterEach(cleanup);
const bg = backgroundPerTest();

async function choose(text: string, name = 'x.json') {
  const input = screen.getByLabelText('导入') as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

describe('TransferBar import', () => {
  it('explains in Chinese why a non-JSON file is refused and writes nothing', async () => {
    render(<TransferBar profileCount={0} />);
    await choose('not json at all', 'notes.txt');
    expect(await screen.findByText('未导入“notes.txt”，原因：')).toBeTruthy();
    const reasons = screen.getAllByText((_, el) => el?.tagName === 'P' && /[\u4e00-\u9fa5]/.test(el.textContent ?? ''));
    expect(reasons.length).toBeGreaterThan(1);
    expect((await loadSnapshot()).profiles).toHaveLength(0);
  });

  it('refuses a JSON file of another format', async () => {
    render(<TransferBar profileCount={0} />);
    await choose('{"hello":1}');
    expect(await screen.findByText('未导入“x.json”，原因：')).toBeTruthy();
    expect((await loadSnapshot()).profiles).toHaveLength(0);
  });

  it('imports an export, and offers copy or skip for a profile that already exists', async () => {
    const p = newProfile('甲公司');
    await bg.store.save(p);
    const exported = await exportAll(new Date('2026-11-28T00:00:00Z'));
    if (!exported.ok) throw new Error(exported.message);
    render(<TransferBar profileCount={1} />);
    await choose(exported.text);
    fireEvent.click(await screen.findByRole('button', { name: '导入为副本' }));
    expect(await screen.findByText(/已导入 1 份资料/)).toBeTruthy();
    const names = (await loadSnapshot()).profiles.map((x) => x.displayName);
    expect(names).toEqual(['甲公司', '甲公司（副本）']);
  });
});

describe('TransferBar file size', () => {
  it('refuses a file over the import limit from its size, without reading it', async () => {
    render(<TransferBar profileCount={0} />);
    const input = screen.getByLabelText('导入') as HTMLInputElement;
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: 157 * 1024 * 1024 });
    const read = vi.spyOn(file, 'arrayBuffer');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    fireEvent.change(input);
    expect(await screen.findByText('文件「huge.json」大小 157MB 超过导入上限 100MB，未读取')).toBeTruthy();
    expect(read).not.toHaveBeenCalled();
  });
});

describe('TransferBar export with the lock on', () => {
  const PASS = '资料口令 horse 42';
  const deps = (download: TransferDeps['download']): TransferDeps => ({
    importFile,
    resolveImport,
    exportAll,
    download,
  });

  it('defaults to an encrypted file and asks for the passphrase again before a plaintext one', async () => {
    const p = newProfile('加锁的资料');
    await bg.store.save(p);
    await bg.store.enableLock(PASS);
    const download = vi.fn();
    render(<TransferBar profileCount={1} lock="unlocked" deps={deps(download)} />);
    const encrypt = screen.getByLabelText('用口令加密文件') as HTMLInputElement;
    expect(encrypt.checked).toBe(true);

    fireEvent.click(encrypt);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText('已开启口令保护：导出不加密的文件前，请再次输入资料口令。')).toBeTruthy();
    const pass = screen.getByLabelText('资料口令（导出不加密的文件）');
    fireEvent.input(pass, { target: { value: 'not the passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    // The passphrase is checked by PBKDF2 at the production count: seconds on a loaded 2-core machine.
    expect(await screen.findByText('资料口令不正确，未导出。', {}, { timeout: 20_000 })).toBeTruthy();
    expect(download).not.toHaveBeenCalled();

    fireEvent.input(pass, { target: { value: PASS } });
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText('已导出 1 份资料（含照片）。', {}, { timeout: 20_000 })).toBeTruthy();
    expect(download).toHaveBeenCalledOnce();
    expect(download.mock.calls[0]?.[1]).toContain('加锁的资料');
  });

  it('with the lock off, a plaintext export needs no passphrase', async () => {
    await bg.store.save(newProfile('甲'));
    const download = vi.fn();
    render(<TransferBar profileCount={1} lock="off" deps={deps(download)} />);
    expect((screen.getByLabelText('用口令加密文件') as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: '导出' }));
    expect(await screen.findByText('已导出 1 份资料（含照片）。')).toBeTruthy();
    expect(download).toHaveBeenCalledOnce();
  });
});
