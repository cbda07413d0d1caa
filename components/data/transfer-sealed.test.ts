import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { newProfile } from '../../lib/profile/factory';
import { backgroundPerTest } from '../../tests/support/background';
import { loadSnapshot } from './store';
import { exportAll, importFile } from './transfer';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

const bg = backgroundPerTest();

describe('encrypted export through the UI adapter', () => {
  it('asks for the passphrase, refuses a wrong one without writing, imports with the right one', async () => {
    const p = newProfile('加密导出测试');
    await bg.store.save(p);
    const out = await exportAll(new Date('2026-11-28T00:00:00Z'), 'file pass 123');
    if (!out.ok) throw new Error(out.message);
    expect(out.text).not.toContain('加密导出测试');
    expect(out.name).toMatch(/加密\.json$/);
    await bg.store.remove(p.id);
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

describe('the import size limit', () => {
  it('applies to encrypted exports too, before they are parsed', async () => {
    await bg.store.save(newProfile('已有'));
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const head = JSON.stringify({
      format: 'beian-autofill-profiles-encrypted',
      v: 1,
      alg: 'AES-GCM',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' },
      iv: 'AAAAAAAAAAAAAAAA',
      data: '',
    });
    const text = head.replace('"data":""', `"data":"${'A'.repeat(101 * 1024 * 1024)}"`);
    const r = await importFile(new TextEncoder().encode(text), 'big.加密.json', 'any passphrase');
    expect(r).toEqual({ status: 'rejected', errors: ['文件「big.加密.json」大小 101MB 超过导入上限 100MB，未读取'] });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });
});
