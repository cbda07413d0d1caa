import { describe, expect, it, vi } from 'vitest';
import { asSealedExport, openSealedExport, sealExport } from './export-file';
import { DecryptError, PBKDF2_ITERATIONS } from './seal';

// PBKDF2 at the production count: a loaded 2-core machine needs more than the default 5 s per test.
vi.setConfig({ testTimeout: 30_000 });

const PLAIN = JSON.stringify({ format: 'beian-autofill-profiles', profiles: [{ idNo: '11010519491231002X' }] });

describe('encrypted export file', () => {
  it('round-trips with the passphrase, hides the content, and refuses a wrong passphrase', async () => {
    const text = await sealExport(PLAIN, 'export pass 1');
    expect(text).not.toContain('11010519491231002X');
    const file = asSealedExport(text);
    expect(file?.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    if (!file) throw new Error('not recognised');
    expect(await openSealedExport(file, 'export pass 1')).toBe(PLAIN);
    await expect(openSealedExport(file, 'export pass 2')).rejects.toBeInstanceOf(DecryptError);
  });

  it('uses a fresh salt per file and leaves ordinary exports alone', async () => {
    const a = asSealedExport(await sealExport(PLAIN, 'same'));
    const b = asSealedExport(await sealExport(PLAIN, 'same'));
    expect(a?.kdf.salt).not.toBe(b?.kdf.salt);
    expect(a?.data).not.toBe(b?.data);
    expect(asSealedExport(PLAIN)).toBeNull();
    expect(asSealedExport('{"format":"beian-autofill-profiles-encrypted", broken')).toBeNull();
  });
});
