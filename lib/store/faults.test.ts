// Storage faults beyond profiles.test.ts: the Nth storage.local.set of a save, an import (addMany) or a removal
// fails (quota), an attachment store that throws half-way through its writes, and a failed clean-up after a failed
// list write. Each time the previous data stays readable and complete (every image of every profile, byte for
// byte), the store keeps working, and the next GC leaves no orphan images.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleProfile } from '../profile/sample';
import type { Profile } from '../profile/schema';
import type { AttachmentStore, StoredAttachment } from './attachments';
import { createLocalAttachmentStore } from './local-attachments';
import { createProfileStore, imageRefs, type ProfileStore } from './profiles';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Distinct bytes per image id, so a mixed-up image is caught. */
const imageFor = (id: string): StoredAttachment => ({
  type: 'image/png',
  bytes: Uint8Array.from([...PNG, ...Array.from(id, (c) => c.charCodeAt(0))]),
});
const imagesOf = (p: Profile) => Object.fromEntries(imageRefs(p).map((r) => [r.id, imageFor(r.id)]));

/** The list and the bytes of every image it refers to; throws if an image is missing. */
async function readAll(store: ProfileStore) {
  const list = await store.list();
  for (const ref of list.flatMap(imageRefs)) {
    const a = await store.getAttachment(ref.id);
    expect(a?.bytes, `image ${ref.id}`).toEqual(imageFor(ref.id).bytes);
  }
  return list;
}

/** Makes the Nth storage.local.set call (1-based, from now) throw a quota error; returns the call counter. */
function failNthSet(n: number) {
  const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
  const calls = { count: 0 };
  vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    calls.count++;
    if (calls.count === n) throw new Error('QUOTA_BYTES quota exceeded');
    return realSet(items);
  });
  return calls;
}

async function expectNoOrphans(store: ProfileStore, attachments: AttachmentStore) {
  await store.collectGarbage();
  const used = new Set((await store.list()).flatMap(imageRefs).map((r) => r.id));
  expect((await attachments.ids()).sort()).toEqual([...used].sort());
  const keys = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('attachment:'));
  expect(keys.sort()).toEqual([...used].map((id) => `attachment:${id}`).sort());
}

const edited = () => {
  const q = sampleProfile('sample-1');
  q.displayName = '改名后的公司';
  for (const ref of imageRefs(q)) ref.id = `${ref.id}-v2`;
  return q;
};

type Op = { name: string; run: (store: ProfileStore) => Promise<unknown>; after: (list: Profile[]) => boolean };
const OPS: Op[] = [
  {
    name: 'save (every image replaced)',
    run: (s) => s.save(edited(), imagesOf(edited())),
    after: (l) => l[0]?.displayName === '改名后的公司',
  },
  {
    name: 'addMany (import of two profiles)',
    run: (s) =>
      s.addMany([sampleProfile('a'), sampleProfile('b')], {
        ...imagesOf(sampleProfile('a')),
        ...imagesOf(sampleProfile('b')),
      }),
    after: (l) => l.length === 3,
  },
  { name: 'remove', run: (s) => s.remove('sample-1'), after: (l) => l.length === 0 },
];

beforeEach(() => {
  fakeBrowser.reset();
});

async function seeded() {
  const attachments = createLocalAttachmentStore();
  const store = createProfileStore(attachments);
  await store.save(sampleProfile(), imagesOf(sampleProfile()));
  return { store, attachments };
}

describe.each(OPS)('$name with the Nth storage.local.set failing', (op) => {
  it('leaves the previous data (or, once the list is written, the new data) readable and complete', async () => {
    // A clean run first, to know how many writes the operation makes.
    const probe = await seeded();
    const counter = failNthSet(0);
    await op.run(probe.store);
    const writes = counter.count;
    vi.restoreAllMocks();
    expect(writes).toBeGreaterThan(0);
    let sawOld = 0;
    for (let n = 1; n <= writes; n++) {
      fakeBrowser.reset();
      const { store, attachments } = await seeded();
      failNthSet(n);
      const outcome = await op.run(store).then(
        () => 'ok',
        (e: Error) => e.message,
      );
      vi.restoreAllMocks();
      const list = await readAll(store);
      if (outcome !== 'ok') {
        // A thrown write means the caller sees a failure: then nothing may have changed.
        expect(list, `write ${n} of ${writes}: ${outcome}`).toEqual([sampleProfile()]);
        sawOld++;
      } else expect(op.after(list), `write ${n} failed silently but the result is partial`).toBe(true);
      await op.run(store).catch(() => undefined); // the store still works after the fault
      await expectNoOrphans(store, attachments);
    }
    expect(sawOld).toBeGreaterThan(0);
  });
});

describe('attachment writes that fail half-way', () => {
  it('an attachment store that throws after writing half its images leaves the old profile complete', async () => {
    const local = createLocalAttachmentStore();
    // A non-atomic store (as an IndexedDB one could be): writes entries one by one and fails in the middle.
    let failAfter = Number.POSITIVE_INFINITY;
    const flaky: AttachmentStore = {
      ...local,
      async putMany(entries) {
        for (const [i, entry] of entries.entries()) {
          if (i >= failAfter) throw new Error('write failed half-way');
          await local.putMany([entry]);
        }
      },
    };
    const store = createProfileStore(flaky);
    await store.save(sampleProfile(), imagesOf(sampleProfile()));
    failAfter = 3;
    await expect(store.save(edited(), imagesOf(edited()))).rejects.toThrow('half-way');
    expect(await readAll(store)).toEqual([sampleProfile()]);
    failAfter = Number.POSITIVE_INFINITY;
    await expectNoOrphans(store, local);
  });

  it('a failed list write whose clean-up also fails keeps the old list; the next GC removes the new images', async () => {
    const { store, attachments } = await seeded();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('profiles' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    vi.spyOn(fakeBrowser.storage.local, 'remove').mockRejectedValue(new Error('storage gone'));
    await expect(store.save(edited(), imagesOf(edited()))).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await readAll(store)).toEqual([sampleProfile()]);
    expect((await attachments.ids()).some((id) => id.endsWith('-v2'))).toBe(true);
    await expectNoOrphans(store, attachments);
  });
});
