import { describe, expect, it } from 'vitest';
import { base64DecodedLength, base64ToBytes, bytesToBase64 } from './base64';

describe('base64', () => {
  it('round-trips every byte value and a 5 MB buffer, matching Node’s encoder', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(bytesToBase64(all)).toBe(Buffer.from(all).toString('base64'));
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 255;
    const b64 = bytesToBase64(big);
    expect(b64 === Buffer.from(big).toString('base64')).toBe(true);
    expect(base64DecodedLength(b64)).toBe(big.length);
    expect(Buffer.compare(base64ToBytes(b64) ?? new Uint8Array(), big)).toBe(0);
  });
  it('refuses non-canonical input', () => {
    for (const bad of ['abc', 'ab c=', 'ab=c', '====', 'a-b_']) expect(base64ToBytes(bad), bad).toBeNull();
    expect(base64ToBytes('')).toEqual(new Uint8Array(0));
  });
});
