// AES-GCM sealing with a key derived from a passphrase (PBKDF2-SHA-256), WebCrypto only (pages, workers, Node 20).
// Every sealed value is a self-describing envelope: which KDF, iterations and salt made the key, a fresh 96-bit IV
// per encryption, and the ciphertext with GCM's tag. GCM authenticates, so a wrong key or a flipped bit is an
// error, never garbage plaintext. Version 2 envelopes also authenticate associated data the caller names (where
// the value is stored), so a value moved to another key fails like a wrong key; version 1 had none and is still
// read where the caller asks for it (stores written before version 2).
import { base64ToBytes, bytesToBase64 } from '../encoding/base64';
import { t, uiError } from '../i18n';

/** OWASP 2023 minimum for PBKDF2-HMAC-SHA-256; ≈ 0.2 s in Node 20 on one server core (see docs). */
export const PBKDF2_ITERATIONS = 600_000;
/** Refused above this when reading an envelope, so a crafted file cannot freeze the page for minutes. */
export const MAX_ITERATIONS = 10_000_000;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface KdfParams {
  name: 'PBKDF2';
  hash: 'SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
}

export interface Envelope {
  /** 1: no associated data (before it existed); 2: sealed with associated data the reader must name again. */
  v: 1 | 2;
  alg: 'AES-GCM';
  kdf: KdfParams;
  /** base64, 12 bytes */
  iv: string;
  /** base64: ciphertext followed by the 16-byte tag */
  data: string;
}

/** A usable key plus what made it; `raw` is kept only so a caller can hand it to storage.session. */
export interface SealKey {
  key: CryptoKey;
  kdf: KdfParams;
  raw: Uint8Array;
}

export class DecryptError extends Error {
  constructor(message = t('seal_wrong')) {
    super(message);
    uiError(this);
  }
}

const subtle = () => globalThis.crypto.subtle;
const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

/**
 * Derives the AES-256 key. `iterations` may be lowered only by the tests of these primitives; production code
 * passes nothing and gets PBKDF2_ITERATIONS.
 */
export async function deriveKey(
  passphrase: string,
  opts: { salt?: Uint8Array; iterations?: number } = {},
): Promise<SealKey> {
  const iterations = opts.iterations ?? PBKDF2_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 1 || iterations > MAX_ITERATIONS) {
    throw new DecryptError(t('seal_iterations', iterations));
  }
  const salt = opts.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const base = await subtle().importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const bits = await subtle().deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations }, base, 256);
  const raw = new Uint8Array(bits);
  const kdf: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) };
  return importRawKey(raw, kdf);
}

/** Rebuilds a SealKey from raw bytes (from storage.session). The CryptoKey itself is not extractable. */
export async function importRawKey(raw: Uint8Array, kdf: KdfParams): Promise<SealKey> {
  const key = await subtle().importKey('raw', buf(raw), 'AES-GCM', false, ['encrypt', 'decrypt']);
  return { key, kdf, raw };
}

/** Derives the key an envelope was made with (its own salt and iteration count). */
export function keyForEnvelope(passphrase: string, env: Envelope): Promise<SealKey> {
  const salt = base64ToBytes(env.kdf.salt);
  if (!salt) throw new DecryptError(t('seal_bad_salt'));
  return deriveKey(passphrase, { salt, iterations: env.kdf.iterations });
}

const gcm = (iv: Uint8Array, aad: string | undefined): AesGcmParams =>
  aad === undefined
    ? { name: 'AES-GCM', iv: buf(iv) }
    : { name: 'AES-GCM', iv: buf(iv), additionalData: new TextEncoder().encode(aad) };

/** With `aad` (where the value is kept), a version 2 envelope; without, version 1 (encrypted export files). */
export async function encryptBytes(k: SealKey, plain: Uint8Array, aad?: string): Promise<Envelope> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const data = await subtle().encrypt(gcm(iv, aad), k.key, buf(plain));
  return {
    v: aad === undefined ? 1 : 2,
    alg: 'AES-GCM',
    kdf: { ...k.kdf },
    iv: bytesToBase64(iv),
    data: bytesToBase64(new Uint8Array(data)),
  };
}

/**
 * `aad` must be what the value was sealed with: a version 2 envelope opens only with it, a version 1 envelope only
 * without (so a reader that expects version 2 cannot be handed an older, unbound value).
 */
export async function decryptBytes(k: SealKey, env: unknown, aad?: string): Promise<Uint8Array> {
  if (!isEnvelope(env)) throw new DecryptError(t('seal_invalid'));
  if ((env.v === 2) !== (aad !== undefined)) throw new DecryptError(t('seal_wrong_place'));
  // A key from another salt or count would fail GCM anyway; saying so is clearer.
  if (env.kdf.salt !== k.kdf.salt || env.kdf.iterations !== k.kdf.iterations) throw new DecryptError();
  const iv = base64ToBytes(env.iv);
  const data = base64ToBytes(env.data);
  if (!iv || iv.length !== IV_BYTES || !data) throw new DecryptError(t('seal_invalid'));
  try {
    return new Uint8Array(await subtle().decrypt(gcm(iv, aad), k.key, buf(data)));
  } catch {
    throw new DecryptError();
  }
}

export const encryptJson = (k: SealKey, value: unknown, aad?: string) =>
  encryptBytes(k, new TextEncoder().encode(JSON.stringify(value)), aad);

export async function decryptJson(k: SealKey, env: unknown, aad?: string): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await decryptBytes(k, env, aad)));
}

export function isEnvelope(x: unknown): x is Envelope {
  if (!x || typeof x !== 'object') return false;
  const e = x as Record<string, unknown>;
  const kdf = e.kdf as Record<string, unknown> | null | undefined;
  return (
    (e.v === 1 || e.v === 2) &&
    e.alg === 'AES-GCM' &&
    typeof e.iv === 'string' &&
    typeof e.data === 'string' &&
    !!kdf &&
    typeof kdf === 'object' &&
    kdf.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    typeof kdf.salt === 'string' &&
    Number.isInteger(kdf.iterations) &&
    (kdf.iterations as number) >= 1 &&
    (kdf.iterations as number) <= MAX_ITERATIONS
  );
}
