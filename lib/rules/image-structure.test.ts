// Images are read by their structure, not only their first and last bytes: PNG chunks with their CRCs, JPEG
// segments, the declared size, markup hidden in metadata.
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { inspectImage, MAX_IMAGE_SIDE } from './files';

const bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
const SIG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
function chunk(type: string, data: number[] | Uint8Array, crcFix = 0): number[] {
  const body = [...bytes(type), ...data];
  return [...u32(data.length), ...body, ...u32((crc32(Uint8Array.from(body)) ^ crcFix) >>> 0)];
}
const ihdr = (w: number, h: number) => chunk('IHDR', [...u32(w), ...u32(h), 8, 6, 0, 0, 0]);
// The IDAT of a real 1×1 RGBA PNG.
const IDAT = chunk('IDAT', [0x78, 0x9c, 0x63, 0x60, 0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01]);
const IEND = chunk('IEND', []);
const png = (...chunks: number[][]) => Uint8Array.from([...SIG, ...chunks.flat()]);
const REAL_PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

const seg = (m: number, data: number[]) => [0xff, m, ((data.length + 2) >> 8) & 255, (data.length + 2) & 255, ...data];
const sof = (w: number, h: number) => seg(0xc0, [8, h >> 8, h & 255, w >> 8, w & 255, 1, 1, 0x11, 0]);
const sos = [...seg(0xda, [1, 1, 0, 0, 63, 0]), 0x12, 0xff, 0x00, 0x34, 0xff, 0xd0, 0x56];
const jpeg = (...parts: number[][]) => Uint8Array.from([0xff, 0xd8, ...parts.flat()]);
const APP0 = seg(0xe0, [...bytes('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const EOI = [0xff, 0xd9];

const problem = (b: Uint8Array) => {
  const r = inspectImage(b);
  return r.ok ? null : r.problem;
};

describe('PNG structure', () => {
  it('reads a real PNG and one built chunk by chunk', () => {
    expect(inspectImage(REAL_PNG)).toEqual({ ok: true, info: { type: 'image/png', width: 1, height: 1 } });
    expect(inspectImage(png(ihdr(640, 480), IDAT, IEND))).toMatchObject({
      ok: true,
      info: { width: 640, height: 480 },
    });
  });
  it('refuses a chunk whose CRC does not match', () => {
    const broken = REAL_PNG.slice();
    broken[43] = (broken[43] as number) ^ 1; // a byte of IDAT's data
    expect(problem(broken)).toBe('图片已损坏（PNG 数据块 IDAT 校验失败）');
    expect(
      problem(
        png(
          ihdr(100_000, 100_000).map((b, i, a) => (i === a.length - 1 ? b ^ 1 : b)),
          IDAT,
          IEND,
        ),
      ),
    ).toBe('图片已损坏（PNG 数据块 IHDR 校验失败）');
  });
  it('refuses a declared size over the limit before anything decodes it', () => {
    expect(problem(png(ihdr(100_000, 100_000), IDAT, IEND))).toMatch(/^图片尺寸 100000×100000 过大/);
    expect(problem(png(ihdr(MAX_IMAGE_SIDE + 1, 1), IDAT, IEND))).toMatch(/过大/);
    expect(problem(png(ihdr(9000, 9000), IDAT, IEND))).toMatch(/过大/);
    expect(problem(png(ihdr(MAX_IMAGE_SIDE, 6000), IDAT, IEND))).toBeNull();
  });
  it('refuses a <script> chunk, markup in text chunks, unknown critical chunks and data after IEND', () => {
    expect(problem(png(ihdr(1, 1), chunk('<scr', [1]), IDAT, IEND))).toBe('图片已损坏（PNG 数据块类型无效）');
    expect(
      problem(png(ihdr(1, 1), chunk('tEXt', [...bytes('Comment\0<script>alert(1)</script>')]), IDAT, IEND)),
    ).toMatch(/网页代码/);
    expect(problem(png(ihdr(1, 1), chunk('tEXt', [...bytes('Software\0Paint')]), IDAT, IEND))).toBeNull();
    expect(problem(png(ihdr(1, 1), chunk('ABCD', [1]), IDAT, IEND))).toMatch(/不认识的关键数据块 ABCD/);
    expect(problem(Uint8Array.from([...REAL_PNG, ...bytes('<html>')]))).toMatch(/结束标记之后还有数据/);
    expect(problem(png(ihdr(1, 1), IEND))).toMatch(/没有图像数据/);
    expect(problem(png(IDAT, IEND))).toMatch(/缺少文件头 IHDR/);
  });
  it('calls a cut file incomplete', () => {
    for (const cut of [8, 20, 33, REAL_PNG.length - 6]) expect(problem(REAL_PNG.slice(0, cut))).toMatch(/不完整/);
  });
});

describe('JPEG structure', () => {
  it('reads the frame size and walks the scan data (stuffed bytes, restart markers)', () => {
    expect(inspectImage(jpeg(APP0, sof(800, 600), sos, EOI))).toEqual({
      ok: true,
      info: { type: 'image/jpeg', width: 800, height: 600 },
    });
  });
  it('refuses an oversized frame, a missing frame, markup in a comment and a cut file', () => {
    expect(problem(jpeg(APP0, sof(20_000, 20_000), sos, EOI))).toMatch(/20000×20000 过大/);
    expect(problem(jpeg(APP0, EOI))).toMatch(/没有图像帧/);
    expect(problem(jpeg(APP0, sos, EOI))).toMatch(/帧头之前/);
    expect(problem(jpeg(APP0, seg(0xfe, [...bytes('<script>x</script>')]), sof(1, 1), sos, EOI))).toMatch(/网页代码/);
    expect(problem(jpeg(APP0, sof(8, 8), sos))).toMatch(/不完整/);
    expect(problem(jpeg(APP0.slice(0, 8)))).toMatch(/不完整/);
  });
});
