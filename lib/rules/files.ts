// Uploads: the platform takes png/jpeg/jpg ≤ 5MB (logo ≤ 2MB) and at most 6 运行截图. The type comes from the
// bytes, never from the file name.
import type { ImageRef } from '../profile/schema';
import { type At, error, type Problem } from './problem';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const MAX_SCREENSHOTS = 6;

export type ImageType = 'image/png' | 'image/jpeg';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** png or jpeg by magic bytes, else null. */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 8 && PNG.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)}MB`;

/** Checks actual bytes (on upload into the editor and on import). */
export function checkImageBytes(bytes: Uint8Array, at: At, maxBytes = MAX_IMAGE_BYTES): Problem[] {
  if (bytes.length === 0) return [error(at, `${at.field}是空文件`, `${at.field}: empty file`)];
  const problems: Problem[] = [];
  if (sniffImageType(bytes) === null) {
    problems.push(
      error(at, `${at.field}不是 PNG 或 JPEG 图片（按文件内容判断）`, `${at.field}: not a PNG or JPEG by content`),
    );
  }
  if (bytes.length > maxBytes) {
    problems.push(
      error(at, `${at.field}大小 ${mb(bytes.length)} 超过 ${mb(maxBytes)} 上限`, `${at.field}: over ${mb(maxBytes)}`),
    );
  }
  return problems;
}

/** Checks a stored reference (the profile holds facts about the image, not its bytes). */
export function checkImageRef(ref: ImageRef, at: At, maxBytes = MAX_IMAGE_BYTES): Problem[] {
  if (ref.size > maxBytes) {
    return [
      error(at, `${at.field}大小 ${mb(ref.size)} 超过 ${mb(maxBytes)} 上限`, `${at.field}: over ${mb(maxBytes)}`),
    ];
  }
  if (ref.size === 0) return [error(at, `${at.field}是空文件`, `${at.field}: empty file`)];
  return [];
}

export function checkScreenshotCount(count: number, at: At): Problem[] {
  if (count <= MAX_SCREENSHOTS) return [];
  return [
    error(
      at,
      `${at.field}最多${MAX_SCREENSHOTS}张（当前${count}张）`,
      `${at.field}: at most ${MAX_SCREENSHOTS} images`,
    ),
  ];
}
