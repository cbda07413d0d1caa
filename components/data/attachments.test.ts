import { describe, expect, it } from 'vitest';
import { checkPicked, putAttachment } from './attachments';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);
const blob = (b: Uint8Array, type = 'image/png') => new Blob([b as BlobPart], { type });
const decodes = async () => ({ width: 1, height: 1 });
const fails = async () => {
  throw new Error('undecodable');
};

describe('a picked image', () => {
  it('is typed by its content, not by what the browser guessed from the name', async () => {
    expect(await checkPicked(blob(PNG, 'image/jpeg'), '应用logo', decodes)).toMatchObject({
      ok: true,
      type: 'image/png',
    });
  });
  it('is refused, naming the field, when a chunk is damaged or the page cannot decode it', async () => {
    const broken = PNG.slice();
    broken[43] = (broken[43] as number) ^ 1;
    expect(await checkPicked(blob(broken), '应用logo', decodes)).toEqual({
      ok: false,
      message: '应用logo：图片已损坏（PNG 数据块 IDAT 校验失败）',
    });
    expect(await checkPicked(blob(PNG), '身份证人像面', fails)).toEqual({
      ok: false,
      message: '身份证人像面：图片无法解码（已损坏或不是真正的 PNG 图片）',
    });
  });
  it('keeps a file name without bidi controls', () => {
    expect(putAttachment(PNG, 'image/png', 'gpj\u202E.exe').name).toBe('gpj.exe');
  });
});
