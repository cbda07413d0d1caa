// Upload fixtures generated at run time (no binaries in git): small valid PNGs and an oversized file.
import { deflateSync } from 'node:zlib';
import { chunk } from '../support/png';

export interface FilePayload {
  name: string;
  mimeType: string;
  buffer: Buffer;
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
