// The idle lock against what the page can make happen: the panel frame reloading its choices every few seconds
// (it did on every window `focus` the page fired) must not keep the key alive; the user's own use does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { importRawKey, type KdfParams } from '../crypto/seal';
import { createKeyHolder, LockedError } from './key-holder';

const KDF: KdfParams = { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, salt: 'c2FsdA==' };
const IDLE_MS = 60_000;

async function unlocked() {
  const holder = createKeyHolder({ now: () => Date.now(), memoryOnly: true });
  await holder.put(await importRawKey(new Uint8Array(32).fill(7), KDF), IDLE_MS);
  return holder;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: new Date('2026-12-01T08:00:00Z'), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the key holder and the idle time', () => {
  it('reads the page can trigger (quiet ones) every 5 s do not keep the key past the idle time', async () => {
    const holder = await unlocked();
    for (let t = 5_000; t < IDLE_MS; t += 5_000) {
      vi.setSystemTime(Date.now() + 5_000);
      // What the background does for the panel's choices: the key is there and can be read...
      await expect(holder.quietly(() => holder.key(KDF))).resolves.toBeDefined();
    }
    // ...but that was not use: one minute after the last real use the key is gone.
    vi.setSystemTime(Date.now() + 5_000);
    await expect(holder.quietly(() => holder.key(KDF))).rejects.toBeInstanceOf(LockedError);
    expect(await holder.expireIfIdle()).toBeNull();
  });

  it("the user's own use (a fill, an action in the popup or the editor) does keep it", async () => {
    const holder = await unlocked();
    for (let t = 0; t < 3 * IDLE_MS; t += 15_000) {
      vi.setSystemTime(Date.now() + 15_000);
      await expect(holder.key(KDF)).resolves.toBeDefined();
    }
    expect(await holder.expireIfIdle()).toBeGreaterThan(IDLE_MS - 15_000);
  });

  it('a quiet read running alongside real use takes nothing away from it beyond one touch interval', async () => {
    const holder = await unlocked();
    vi.setSystemTime(Date.now() + 30_000);
    let release = () => {};
    const slow = holder.quietly(() => new Promise<void>((r) => (release = r)));
    await holder.key(KDF); // real use while the quiet read is still open: not counted
    release();
    await slow;
    await holder.key(KDF); // counted
    expect(await holder.expireIfIdle()).toBe(IDLE_MS);
  });
});
