import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../encoding/base64';
import {
  DecryptError,
  decryptBytes,
  decryptJson,
  deriveKey,
  encryptBytes,
  encryptJson,
  isEnvelope,
  keyForEnvelope,
  PBKDF2_ITERATIONS,
} from './seal';

// Few iterations keep these tests fast; the production count is asserted separately and used by the store tests.
const FAST = 1000;
const ID_NO = '11010519491231002X';

describe('passphrase sealing (AES-GCM, PBKDF2-SHA-256)', () => {
  it('uses at least 600,000 iterations by default and records them in every envelope', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const k = await deriveKey('正确的口令 correct horse');
    expect(k.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS });
    const env = await encryptJson(k, { idNo: ID_NO });
    expect(env.kdf.iterations).toBe(PBKDF2_ITERATIONS);
    expect(await decryptJson(await keyForEnvelope('正确的口令 correct horse', env), env)).toEqual({ idNo: ID_NO });
  });

  it('round-trips JSON and bytes, and the envelope holds no plaintext', async () => {
    const k = await deriveKey('pass phrase 1', { iterations: FAST });
    const value = { people: [{ name: '张三', idNo: ID_NO }] };
    const env = await encryptJson(k, value);
    expect(isEnvelope(env)).toBe(true);
    expect(env).toMatchObject({ v: 1, alg: 'AES-GCM', kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: FAST } });
    expect(base64ToBytes(env.iv)?.length).toBe(12);
    expect(base64ToBytes(env.kdf.salt)?.length).toBe(16);
    expect(JSON.stringify(env)).not.toContain(ID_NO);
    expect(await decryptJson(k, env)).toEqual(value);

    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i % 251);
    expect(await decryptBytes(k, await encryptBytes(k, bytes))).toEqual(bytes);
  });

  it('uses a fresh IV and salt: two encryptions of the same value differ', async () => {
    const k = await deriveKey('pass phrase 1', { iterations: FAST });
    const a = await encryptJson(k, ID_NO);
    const b = await encryptJson(k, ID_NO);
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
    const k2 = await deriveKey('pass phrase 1', { iterations: FAST });
    expect(k2.kdf.salt).not.toBe(k.kdf.salt);
  });

  it('rejects a wrong passphrase', async () => {
    const env = await encryptJson(await deriveKey('right one', { iterations: FAST }), ID_NO);
    const wrong = await keyForEnvelope('wrong one', env);
    await expect(decryptJson(wrong, env)).rejects.toBeInstanceOf(DecryptError);
  });

  it('rejects tampered ciphertext, IV or KDF parameters', async () => {
    const k = await deriveKey('right one', { iterations: FAST });
    const env = await encryptBytes(k, new TextEncoder().encode(ID_NO));
    const data = base64ToBytes(env.data) ?? new Uint8Array();
    data[0] = (data[0] ?? 0) ^ 1;
    await expect(decryptBytes(k, { ...env, data: bytesToBase64(data) })).rejects.toBeInstanceOf(DecryptError);
    const iv = base64ToBytes(env.iv) ?? new Uint8Array();
    iv[11] = (iv[11] ?? 0) ^ 0x80;
    await expect(decryptBytes(k, { ...env, iv: bytesToBase64(iv) })).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptBytes(k, { ...env, data: env.data.slice(0, -8) })).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptBytes(k, { ...env, alg: 'AES-CBC' })).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptBytes(k, { ...env, kdf: { ...env.kdf, iterations: FAST + 1 } })).rejects.toBeInstanceOf(
      DecryptError,
    );
  });

  it('honours the stored iteration count: the same passphrase at another count gives another key', async () => {
    const env = await encryptJson(await deriveKey('same', { iterations: FAST }), 'x');
    const salt = base64ToBytes(env.kdf.salt) ?? new Uint8Array();
    const other = await deriveKey('same', { salt, iterations: FAST * 2 });
    await expect(decryptJson({ ...other, kdf: env.kdf }, env)).rejects.toBeInstanceOf(DecryptError);
    expect(await decryptJson(await keyForEnvelope('same', env), env)).toBe('x');
  });

  it('refuses absurd iteration counts from a file before deriving anything', async () => {
    const env = await encryptJson(await deriveKey('same', { iterations: FAST }), 'x');
    expect(isEnvelope({ ...env, kdf: { ...env.kdf, iterations: 1e9 } })).toBe(false);
    await expect(deriveKey('x', { iterations: 1e9 })).rejects.toBeInstanceOf(DecryptError);
  });

  it('binds associated data: only the same data opens a version 2 envelope, and versions cannot be mixed', async () => {
    const k = await deriveKey('pass phrase 1', { iterations: FAST });
    const env = await encryptJson(k, ID_NO, 'place a');
    expect(env.v).toBe(2);
    expect(await decryptJson(k, env, 'place a')).toBe(ID_NO);
    await expect(decryptJson(k, env, 'place b')).rejects.toBeInstanceOf(DecryptError);
    await expect(decryptJson(k, env)).rejects.toBeInstanceOf(DecryptError);
    const old = await encryptJson(k, ID_NO);
    expect(old.v).toBe(1);
    expect(await decryptJson(k, old)).toBe(ID_NO);
    await expect(decryptJson(k, old, 'place a')).rejects.toBeInstanceOf(DecryptError);
  });
});
