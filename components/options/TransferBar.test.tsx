// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newProfile } from '../../lib/profile/factory';
import { loadSnapshot, putProfile } from '../data/store';
import { exportAll } from '../data/transfer';
import { TransferBar } from './TransferBar';

afterEach(cleanup);
beforeEach(() => fakeBrowser.reset());

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
    await putProfile(p);
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
