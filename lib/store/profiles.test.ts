import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sampleProfile } from '../profile/sample';
import { PROFILE_SCHEMA_VERSION } from '../profile/schema';
import { AttachmentExistsError, createMemoryAttachmentStore, type StoredAttachment } from './attachments';
import { createLocalAttachmentStore } from './local-attachments';
import { createProfileStore, imageRefs, MissingAttachmentError, StoreReadOnlyError } from './profiles';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250]);
const img = (n: number): StoredAttachment => ({ type: 'image/png', bytes: Uint8Array.from([...PNG, n]) });
/** All attachments the sample profile refers to. */
const imagesOf = (p = sampleProfile()) => Object.fromEntries(imageRefs(p).map((r, i) => [r.id, img(i)]));
/** The whole of storage.local, serialised: "unchanged" means this string is identical. */
const dump = async () => JSON.stringify(await fakeBrowser.storage.local.get(null));

beforeEach(() => {
  fakeBrowser.reset();
});

describe('profile store on storage.local', () => {
  it('saves, lists and reads images back byte for byte', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    expect(await store.list()).toEqual([p]);
    const logo = p.apps[0]?.logo;
    expect((await store.getAttachment(logo?.id ?? ''))?.bytes).toEqual(imagesOf(p)[logo?.id ?? '']?.bytes);
    // The list is stored as plain JSON under one key, images each under their own.
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).sort()).toEqual(
      ['attachmentIndex', 'profiles', 'profiles$', ...imageRefs(p).map((r) => `attachment:${r.id}`)].sort(),
    );
    expect(all.profiles$).toEqual({ v: PROFILE_SCHEMA_VERSION });
  });

  it('replaces by id and collects images the new version no longer uses', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    const oldLogo = p.apps[0]?.logo?.id ?? '';
    const q = structuredClone(p);
    if (!q.apps[0]) throw new Error('sample changed');
    q.apps[0].logo = { id: 'new-logo', name: 'logo2.png', type: 'image/png', size: 13 };
    await store.save(q, { 'new-logo': img(99) });
    expect(await store.list()).toEqual([q]);
    expect(await store.getAttachment(oldLogo)).toBeNull();
    expect(await store.getAttachment('new-logo')).not.toBeNull();
  });

  it('refuses a profile whose images are missing, writing nothing', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const before = await dump();
    await expect(store.save(sampleProfile())).rejects.toBeInstanceOf(MissingAttachmentError);
    expect(await dump()).toBe(before);
  });

  it('a failed list write (quota) leaves the old list and images byte-identical', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    const before = await dump();
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if ('profiles' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const q = structuredClone(p);
    q.displayName = '改名';
    if (!q.apps[0]) throw new Error('sample changed');
    q.apps[0].logo = { id: 'new-logo', name: 'l.png', type: 'image/png', size: 13 };
    await expect(store.save(q, { 'new-logo': img(1) })).rejects.toThrow(/quota/);
    vi.restoreAllMocks();
    expect(await dump()).toBe(before);
  });

  it('a failed image write leaves everything intact', async () => {
    const atts = createMemoryAttachmentStore();
    const store = createProfileStore(atts);
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    const before = await dump();
    const idsBefore = await atts.ids();
    atts.failNextPut = new Error('disk full');
    const q = sampleProfile('sample-2');
    await expect(store.save(q, imagesOf(q))).rejects.toThrow('disk full');
    expect(await dump()).toBe(before);
    expect(await atts.ids()).toEqual(idsBefore);
  });

  it('never overwrites an existing image id', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    const before = await dump();
    await expect(store.save(p, { [p.apps[0]?.logo?.id ?? '']: img(7) })).rejects.toBeInstanceOf(AttachmentExistsError);
    expect(await dump()).toBe(before);
  });

  it('addMany is all or nothing and refuses existing ids', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const a = sampleProfile('a');
    await store.save(a, imagesOf(a));
    const before = await dump();
    const b = sampleProfile('b');
    await expect(store.addMany([b, sampleProfile('a')], { ...imagesOf(b) })).rejects.toThrow(/already exists/);
    expect(await dump()).toBe(before);
    await store.addMany([b], imagesOf(b));
    expect((await store.list()).map((p) => p.id)).toEqual(['a', 'b']);
  });

  it('remove drops the profile, its images and the active id', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    await store.setActiveId(p.id);
    await store.remove(p.id);
    expect(await store.list()).toEqual([]);
    expect(await store.getActiveId()).toBe('');
    const all = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(all).filter((k) => k.startsWith('attachment:'))).toEqual([]);
  });

  it('keeps a stored entry that fails the schema (and its images) when saving another profile', async () => {
    await fakeBrowser.storage.local.set({ profiles: [{ id: 'broken', displayName: '', logo: 'keep-me' }] });
    const atts = createMemoryAttachmentStore();
    await atts.putMany([['keep-me', img(1)]]);
    const store = createProfileStore(atts);
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    expect(((await fakeBrowser.storage.local.get('profiles')).profiles as unknown[]).length).toBe(2);
    expect(await atts.get('keep-me')).not.toBeNull();
    expect((await store.list()).map((x) => x.id)).toEqual([p.id]);
  });
});

describe('the kept read of the list', () => {
  it('reads storage once for several views, and a later write (ours or another context’s) is seen at once', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await store.list();
    const once = get.mock.calls.length;
    expect(await store.get(p.id)).toEqual(p);
    expect(await store.list()).toEqual([p]);
    expect(get.mock.calls.length).toBe(once);

    await store.save({ ...p, displayName: '改名后' });
    expect((await store.list())[0]?.displayName).toBe('改名后');
    // Written behind the store's back (storage.onChanged is how the background hears of it).
    const stored = (await fakeBrowser.storage.local.get('profiles')).profiles as Record<string, unknown>[];
    await fakeBrowser.storage.local.set({ profiles: [{ ...stored[0], displayName: '别处改的' }] });
    expect((await store.get(p.id))?.displayName).toBe('别处改的');
  });

  it('gives every caller its own copy: changing one does not change what the next read returns', async () => {
    const store = createProfileStore(createLocalAttachmentStore());
    const p = sampleProfile();
    await store.save(p, imagesOf(p));
    const first = await store.list();
    if (!first[0]) throw new Error('not saved');
    first[0].displayName = '被改了';
    const one = await store.get(p.id);
    if (!one) throw new Error('not found');
    one.websites = [];
    expect(await store.list()).toEqual([p]);
    expect(await store.get(p.id)).toEqual(p);
  });
});

describe('schema versions in storage', () => {
  it('reads a list stored by version 1 (as written to disk) with every value kept and no 网站类型', async () => {
    // Exactly what version 1 writes: the list under "profiles", WXT's metadata under "profiles$".
    const v1 = JSON.parse(JSON.stringify(sampleProfile()));
    delete v1.websites[0].siteType;
    await fakeBrowser.storage.local.set({ profiles: [v1], profiles$: { v: 1 } });
    const store = createProfileStore(createMemoryAttachmentStore());
    const [read] = await store.list();
    expect(read?.websites[0]?.siteType).toBeUndefined();
    expect(read).toEqual(v1);
  });

  it('refuses to write over a list stored by a newer version', async () => {
    await fakeBrowser.storage.local.set({ profiles: [], profiles$: { v: 99 } });
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const before = await dump();
    const store = createProfileStore(createMemoryAttachmentStore());
    await expect(store.save(sampleProfile(), imagesOf())).rejects.toBeInstanceOf(StoreReadOnlyError);
    expect(await dump()).toBe(before);
  });
});
