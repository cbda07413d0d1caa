import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../encoding/base64';
import { createStagedImages, STAGED_KEEP_MS } from './staged-images';

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
);

describe('staged images', () => {
  it('keep a whole image until a command drops it, and forget what no save took after a while', () => {
    let now = 0;
    const staged = createStagedImages(() => now);
    expect(staged.put('a', bytesToBase64(PNG))).toEqual({ ok: true });
    expect(staged.get('a')).toEqual({ type: 'image/png', bytes: PNG });
    staged.drop(['a']);
    expect(staged.get('a')).toBeUndefined();
    staged.put('b', bytesToBase64(PNG));
    now = STAGED_KEEP_MS + 1;
    staged.put('c', bytesToBase64(PNG));
    expect([staged.get('b'), staged.size()]).toEqual([undefined, 1]);
  });
  it('refuse what is not canonical base64 or not a whole PNG or JPEG, in Chinese', () => {
    const staged = createStagedImages();
    expect(staged.put('a', 'not base64!')).toEqual({ ok: false, message: '照片数据不是有效的 base64，未收到' });
    expect(staged.put('a', bytesToBase64(PNG.subarray(0, 30)))).toMatchObject({
      ok: false,
      message: /^照片无法使用：/,
    });
    expect(staged.put(42, bytesToBase64(PNG))).toEqual({ ok: false, message: '照片数据不完整，未收到' });
    expect(staged.size()).toBe(0);
  });
});
