// Shared set-up of the bad-input suites: a real profile store on fakeBrowser's storage.local holding two sample
// profiles and their images, the export of both as the valid file every malformed case starts from, and the check
// each case must pass (rejected, named, store byte-identical, nothing polluted).
import { afterAll, beforeAll, expect } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleProfile } from '../../lib/profile/sample';
import type { StoredAttachment } from '../../lib/store/attachments';
import { createLocalAttachmentStore } from '../../lib/store/local-attachments';
import { createProfileStore, imageRefs, type ProfileStore } from '../../lib/store/profiles';
import { exportProfiles } from '../../lib/transfer/export';
import { type ImportOptions, importProfiles, planImport } from '../../lib/transfer/import';
import { FILE_NAME, type Json, type MalformedCase, PNG_1X1 } from './malformed';

/** The whole of storage.local, serialised: "unchanged" means this string is identical. */
export const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

export interface Seeded {
  store: ProfileStore;
  text: string;
  doc: Json;
}

export async function seedTwoProfiles(): Promise<Seeded> {
  fakeBrowser.reset();
  const store = createProfileStore(createLocalAttachmentStore());
  const second = sampleProfile('sample-2');
  second.displayName = '第二家示例公司';
  for (const p of [sampleProfile('sample-1'), second]) {
    const images = Object.fromEntries(
      imageRefs(p).map((r): [string, StoredAttachment] => [r.id, { type: 'image/png', bytes: PNG_1X1 }]),
    );
    await store.save(p, images);
  }
  const text = await exportProfiles(store, new Date('2026-11-28T10:00:00Z'));
  // The starting point must itself be importable, or every rejection below would prove nothing.
  const empty = { list: async () => [], addMany: async () => undefined };
  const plan = await planImport(text, empty, { fileName: FILE_NAME });
  expect(plan.ok ? 'ok' : plan.errors).toBe('ok');
  return { store, text, doc: JSON.parse(text) };
}

let n = 0;
/** Conflicts are decided "copy", so a file that got through the checks would really be written. */
const IMPORT = {
  fileName: FILE_NAME,
  newId: () => `fuzz-${++n}`,
  decisions: { 'sample-1': 'copy', 'sample-2': 'copy' },
} as const;

export async function expectRejected(c: MalformedCase, store: ProfileStore, extra: Partial<ImportOptions> = {}) {
  const before = await dump();
  const r = await importProfiles(c.make(), store, { ...IMPORT, ...extra });
  expect(r.status, 'the file must be rejected').toBe('rejected');
  const message = r.status === 'rejected' ? r.errors.join('\n') : '';
  for (const words of c.expect) expect(message).toContain(words);
  // Messages are shown in the popup: a 1 MB value from the file must not be echoed into them.
  expect(message.length).toBeLessThan(4000);
  expect(await dump()).toBe(before);
  return message;
}

/** Own properties of the built-in prototypes, to compare before and after a suite. */
export const prototypeSnapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype].map((p) => Reflect.ownKeys(p).map(String).sort().join());

export function expectNoPollution(before: string[]) {
  expect(prototypeSnapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
}

/**
 * A suite's set-up: two profiles seeded before its cases run, and no prototype polluted once they all ran.
 * Returns the seeded store, to read inside the cases.
 */
export function seededPerFile(): () => ProfileStore {
  const before = prototypeSnapshot();
  let seeded: Seeded | undefined;
  beforeAll(async () => {
    seeded = await seedTwoProfiles();
  });
  afterAll(() => expectNoPollution(before));
  return () => {
    if (!seeded) throw new Error('the store is seeded in beforeAll');
    return seeded.store;
  };
}
