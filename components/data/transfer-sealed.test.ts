import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newProfile } from '../../lib/profile/factory';
import { loadSnapshot, profileStore, putProfile } from './store';
import { exportAll, importFile } from './transfer';

beforeEach(() => fakeBrowser.reset());

describe('encrypted export through the UI adapter', () => {
  it('asks for the passphrase, refuses a wrong one without writing, imports with the right one', async () => {
    const p = newProfile('加密导出测试');
    await putProfile(p);
    const out = await exportAll(new Date('2026-11-28T00:00:00Z'), 'file pass 123');
    if (!out.ok) throw new Error(out.message);
    expect(out.text).not.toContain('加密导出测试');
    expect(out.name).toMatch(/加密\.json$/);
    await profileStore().remove(p.id);
    const bytes = new TextEncoder().encode(out.text);
    expect(await importFile(bytes, 'x.json')).toEqual({ status: 'passphrase' });
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(await importFile(bytes, 'x.json', 'wrong pass 123')).toMatchObject({
      status: 'passphrase',
      message: /口令不正确/,
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    expect(await importFile(bytes, 'x.json', 'file pass 123')).toMatchObject({ status: 'imported' });
    expect((await loadSnapshot()).profiles.map((x) => x.displayName)).toEqual(['加密导出测试']);
  });
});
