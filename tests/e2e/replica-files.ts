// Upload fixtures generated at run time (no binaries in git): small valid PNGs and an oversized file.
import { deflateSync } from 'node:zlib';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A solid-colour RGB PNG of the given size. */
export function makePng(width: number, height: number, [r, g, b]: [number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).fill(Buffer.from([r, g, b]))]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export const png = (name: string, color: [number, number, number] = [70, 120, 200]): FilePayload => ({
  name,
  mimeType: 'image/png',
  buffer: makePng(48, 32, color),
});

/** Named .jpg with the JPEG type; the bytes are a PNG, which browsers still render. */
export const jpg = (name: string): FilePayload => ({
  name,
  mimeType: 'image/jpeg',
  buffer: makePng(48, 32, [200, 90, 60]),
});

/** Just over `mb` megabytes, otherwise a valid PNG type. */
export const oversized = (name: string, mb = 5): FilePayload => ({
  name,
  mimeType: 'image/png',
  buffer: Buffer.concat([makePng(4, 4, [0, 0, 0]), Buffer.alloc(mb * 1024 * 1024 + 1)]),
});

export const textFile = (name: string): FilePayload => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.from('not an image'),
});
