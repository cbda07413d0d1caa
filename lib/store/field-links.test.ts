import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFieldLinkStore, MAX_FIELD_LINKS } from './field-links';

beforeEach(() => fakeBrowser.reset());

const link = { page: 'app', section: '负责人信息', label: '联系方式', key: 'appPerson.mobile' } as const;

describe('taught fields', () => {
  it('are kept, replaced for the same spot, listed per page and removed', async () => {
    const store = createFieldLinkStore();
    await store.add(link);
    await store.add({ ...link, label: '联系方式：', key: 'appPerson.officePhone' });
    expect(await store.forPage('app')).toEqual([{ ...link, label: '联系方式：', key: 'appPerson.officePhone' }]);
    expect(await store.forPage('subject')).toEqual([]);
    await store.remove({ page: 'app', section: '负责人信息', label: '联系方式：' });
    expect(await store.list()).toEqual([]);
  });

  it('refuse a field the page does not have, and leave the list as it was', async () => {
    const store = createFieldLinkStore();
    await store.add(link);
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    await expect(store.add({ ...link, label: '别的', key: 'website.siteName' })).rejects.toThrow(
      '该页面没有这个资料项',
    );
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });

  it('drop stored entries that do not validate instead of failing the fill', async () => {
    await fakeBrowser.storage.local.set({ fieldLinks: [link, { page: 'nowhere' }, 'x'] });
    expect(await createFieldLinkStore().list()).toEqual([link]);
  });

  it('are capped', async () => {
    const many = Array.from({ length: MAX_FIELD_LINKS + 5 }, (_, i) => ({ ...link, label: `项${i}` }));
    expect(await createFieldLinkStore().replace(many)).toHaveLength(MAX_FIELD_LINKS);
  });
});
