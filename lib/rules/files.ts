// Uploads: the platform takes png/jpeg/jpg ≤ 5MB (logo ≤ 2MB) and at most 6 运行截图. The type comes from the
// bytes, never from the file name. `inspectImage` reads the structure (PNG chunks with their CRCs, JPEG segments)
// and the declared size without decoding; the options page then decodes (components/data/attachments.ts).
import type { ImageRef } from '../profile/schema';
import { type At, error, type Problem } from './problem';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;
export const MAX_SCREENSHOTS = 6;
/** Per side, and in all: a photo of 6400 万像素 already takes 256 MB to decode; ID photos need far less. */
export const MAX_IMAGE_SIDE = 10_000;
export const MAX_IMAGE_PIXELS = 64_000_000;

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

export interface ImageInfo {
  type: ImageType;
  width: number;
  height: number;
}

export type Inspected = { ok: true; info: ImageInfo } | { ok: false; problem: string };

const INCOMPLETE = '图片数据不完整（文件被截断或已损坏）';
const MARKUP = '图片的附加数据中含有网页代码（如 <script>），已拒绝';
/** Markup hidden in metadata: a file that is an image and a web page at once. */
const markup = /<\s*(script|html|svg|iframe|object|embed)\b|javascript:/i;
const hasMarkup = (b: Uint8Array, from: number, to: number) => markup.test(latin1(b.subarray(from, to)));
function latin1(b: Uint8Array): string {
  let out = '';
  for (let i = 0; i < b.length; i += 0x8000) out += String.fromCharCode.apply(null, b.subarray(i, i + 0x8000) as never);
  return out;
}
const bad = (problem: string): Inspected => ({ ok: false, problem });

/** The image's real type and declared size, or (in Chinese, without the field's name) why it is not a whole one. */
export function inspectImage(bytes: Uint8Array): Inspected {
  const type = sniffImageType(bytes);
  if (!type) return bad('不是 PNG 或 JPEG 图片（按文件内容判断）');
  const r = type === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  if (typeof r === 'string') return bad(r);
  const { width, height } = r;
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE || width * height > MAX_IMAGE_PIXELS) {
    return bad(
      `图片尺寸 ${width}×${height} 过大（每边最多 ${MAX_IMAGE_SIDE} 像素，共最多 ${MAX_IMAGE_PIXELS / 10_000} 万像素）`,
    );
  }
  return { ok: true, info: { type, width, height } };
}

export const typeName = (t: string | null) => (t === 'image/png' ? 'PNG' : t === 'image/jpeg' ? 'JPEG' : '未知格式');

let crcTable: Uint32Array | null = null;
function crc32(bytes: Uint8Array, from: number, to: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = (crcTable[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

const u32 = (b: Uint8Array, at: number) =>
  (((b[at] as number) << 24) | ((b[at + 1] as number) << 16) | ((b[at + 2] as number) << 8) | (b[at + 3] as number)) >>>
  0;
const u16 = (b: Uint8Array, at: number) => ((b[at] as number) << 8) | (b[at + 1] as number);
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Every chunk: length within the file, a 4-letter type, a matching CRC; IHDR first, IDAT, IEND last. */
function pngSize(b: Uint8Array): { width: number; height: number } | string {
  let at = 8;
  let size: { width: number; height: number } | null = null;
  let idat = false;
  while (at + 12 <= b.length) {
    const length = u32(b, at);
    const end = at + 12 + length;
    if (end > b.length) return INCOMPLETE;
    const typeBytes = b.subarray(at + 4, at + 8);
    if (!typeBytes.every(isLetter)) return '图片已损坏（PNG 数据块类型无效）';
    const type = String.fromCharCode(...typeBytes);
    if (crc32(b, at + 4, at + 8 + length) !== u32(b, at + 8 + length))
      return `图片已损坏（PNG 数据块 ${type} 校验失败）`;
    if (!size) {
      if (type !== 'IHDR' || length !== 13) return '图片已损坏（PNG 缺少文件头 IHDR）';
      size = { width: u32(b, at + 8), height: u32(b, at + 12) };
      if (!size.width || !size.height) return '图片已损坏（PNG 尺寸为 0）';
    } else if (type === 'IDAT') idat = true;
    else if (hasMarkup(b, at + 8, at + 8 + length)) return MARKUP;
    else if (type === 'IEND') {
      if (!idat) return '图片已损坏（PNG 没有图像数据）';
      return end === b.length ? size : '图片已损坏（PNG 结束标记之后还有数据）';
    } else if (type === 'IHDR' || (!isLower(typeBytes[0] as number) && type !== 'PLTE')) {
      // An unknown critical chunk: the PNG rules say a decoder must refuse it.
      return `图片已损坏（PNG 含有不认识的关键数据块 ${type}）`;
    }
    at = end;
  }
  return INCOMPLETE;
}
const isLower = (c: number) => c >= 97 && c <= 122;

/** Segments from SOI to EOI: lengths within the file, a frame header (SOF) with the size before the first scan. */
function jpegSize(b: Uint8Array): { width: number; height: number } | string {
  let at = 2;
  let size: { width: number; height: number } | null = null;
  while (at < b.length) {
    if (b[at] !== 0xff) return '图片已损坏（JPEG 段结构无效）';
    while (b[at] === 0xff) at++; // fill bytes
    const m = b[at++];
    if (m === undefined) return INCOMPLETE;
    if (m === 0xd9) return size ?? '图片已损坏（JPEG 没有图像帧）';
    if (m === 0x01 || (m >= 0xd0 && m <= 0xd7)) continue;
    if (at + 2 > b.length) return INCOMPLETE;
    const length = u16(b, at);
    if (length < 2) return '图片已损坏（JPEG 段长度无效）';
    if (at + length > b.length) return INCOMPLETE;
    if ((m >= 0xe0 && m <= 0xef) || m === 0xfe) {
      if (hasMarkup(b, at + 2, at + length)) return MARKUP;
    }
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) {
      if (length < 8) return '图片已损坏（JPEG 帧头无效）';
      size = { height: u16(b, at + 3), width: u16(b, at + 5) };
      if (!size.width || !size.height) return '图片已损坏（JPEG 尺寸为 0）';
    }
    at += length;
    if (m === 0xda) {
      if (!size) return '图片已损坏（JPEG 在帧头之前开始扫描）';
      // Entropy-coded data: runs to the next marker that is neither a stuffed 0x00 nor a restart marker.
      while (
        at + 1 < b.length &&
        !(b[at] === 0xff && b[at + 1] !== 0 && !((b[at + 1] as number) >= 0xd0 && (b[at + 1] as number) <= 0xd7))
      )
        at++;
      if (at + 1 >= b.length) return INCOMPLETE;
    }
  }
  return INCOMPLETE;
}
