import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFieldLinkStore, MAX_FIELD_LINKS } from './field-links';
import { createLinkCommands } from './link-commands';

beforeEach(() => fakeBrowser.reset());

const link = { page: 'app', section: '?联系方式', label: '移动电话', key: 'appPerson.mobile' } as const;

describe('the taught-field commands', () => {
  it('remember a link and say in Chinese what the next fill does with it', async () => {
    const commands = createLinkCommands(createFieldLinkStore());
    const result = await commands.teach(link);
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^已记住：「移动电话」是「.*手机号码」，下次填充时使用$/);
    expect(await commands.forPage('app')).toEqual([link]);
    expect(await commands.forPage('subject')).toEqual([]);
  });

  it('refuse a malformed link or a field the page does not have, and keep the list', async () => {
    const commands = createLinkCommands(createFieldLinkStore());
    await commands.teach(link);
    expect(await commands.teach({ ...link, label: '' })).toEqual({ ok: false, message: '未记住：字段信息不完整' });
    expect(await commands.teach({ ...link, label: '网址', key: 'website.domain' })).toEqual({
      ok: false,
      message: '未记住：该页面没有这个资料项',
    });
    expect(await commands.run({ op: 'list' })).toEqual({ ok: true, links: [link] });
  });

  it("list, remove, and merge an import file's links (the file's link wins for the same spot)", async () => {
    const commands = createLinkCommands(createFieldLinkStore());
    await commands.teach(link);
    const other = { page: 'subject', section: '主体信息', label: '单位名', key: 'unit.name' } as const;
    const merged = await commands.run({ op: 'merge', links: [{ ...link, key: 'appPerson.officePhone' }, other] });
    expect(merged).toEqual({ ok: true, links: [{ ...link, key: 'appPerson.officePhone' }, other] });
    expect(await commands.run({ op: 'remove', link: other })).toEqual({
      ok: true,
      links: [{ ...link, key: 'appPerson.officePhone' }],
    });
  });

  it('refuse a merge past the cap and leave the list as it was', async () => {
    const commands = createLinkCommands(createFieldLinkStore());
    await commands.teach(link);
    const many = Array.from({ length: MAX_FIELD_LINKS }, (_, i) => ({ ...link, label: `字段${i}` }));
    const result = await commands.run({ op: 'merge', links: many });
    expect(result).toEqual({ ok: false, message: `已教会的字段最多 ${MAX_FIELD_LINKS} 个，请先删除一些` });
    expect(await commands.run({ op: 'list' })).toEqual({ ok: true, links: [link] });
    expect(await commands.run({ op: 'nonsense' } as never)).toEqual({ ok: false, message: '未知的操作' });
  });
});
