import { describe, expect, it } from 'vitest';
import { checkImageBytes, checkImageRef, checkScreenshotCount, MAX_LOGO_BYTES, sniffImageType } from './files';

const at = { path: 'p', field: '应用logo' };
// A real 1×1 PNG and the start of a real JFIF file.
const png = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);
const gif = new TextEncoder().encode('GIF89a\x01\x00\x01\x00');

describe('images by content', () => {
  it('sniffs png and jpeg by magic bytes only', () => {
    expect(sniffImageType(png)).toBe('image/png');
    expect(sniffImageType(jpeg)).toBe('image/jpeg');
    expect(sniffImageType(gif)).toBeNull();
    expect(sniffImageType(png.slice(0, 7))).toBeNull();
    expect(sniffImageType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
  });
  it('enforces the size limit at the exact boundary', () => {
    const big = new Uint8Array(MAX_LOGO_BYTES + 1);
    big.set(png);
    expect(checkImageBytes(big.subarray(0, MAX_LOGO_BYTES), at, MAX_LOGO_BYTES)).toEqual([]);
    expect(checkImageBytes(big, at, MAX_LOGO_BYTES)[0]?.message).toContain('超过 2MB 上限');
    expect(checkImageBytes(new Uint8Array(5 * 1024 * 1024 + 1).fill(0xff), at)[0]?.message).toContain('PNG 或 JPEG');
    expect(checkImageBytes(new Uint8Array(0), at)[0]?.message).toContain('空文件');
  });
  it('checks stored references and the screenshot count', () => {
    const ref = { id: 'a', name: 'x.png', type: 'image/png' as const, size: 5 * 1024 * 1024 };
    expect(checkImageRef(ref, at)).toEqual([]);
    expect(checkImageRef({ ...ref, size: ref.size + 1 }, at)).toHaveLength(1);
    expect(checkScreenshotCount(6, at)).toEqual([]);
    expect(checkScreenshotCount(7, at)[0]?.message).toContain('最多6张');
  });
});
