// The two message files say the same things: every key in both, the same placeholders, no empty text; every key
// the source uses exists, and every key in the files is used.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage, type MessageEntry, t } from '../lib/i18n';

type Messages = Record<string, MessageEntry>;
const read = (locale: string): Messages =>
  JSON.parse(readFileSync(`public/_locales/${locale}/messages.json`, 'utf8')) as Messages;
const zh = read('zh_CN');
const en = read('en');
const named = (m: string) => [...m.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((x) => x[1]?.toLowerCase() ?? '').sort();

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return sources(file);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}
const code = ['components', 'lib', 'entrypoints']
  .flatMap(sources)
  .concat('wxt.config.ts')
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

describe('UI messages', () => {
  it('has every key in both zh_CN and en, in short snake_case', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    for (const key of Object.keys(zh)) expect(key).toMatch(/^[a-z][a-z0-9_]{1,40}$/);
  });

  it('says something in each language, with the same placeholders, each one defined', () => {
    for (const [key, entry] of Object.entries(zh)) {
      const other = en[key] as MessageEntry;
      expect(entry.message.trim(), key).not.toBe('');
      expect(other.message.trim(), key).not.toBe('');
      expect(named(other.message), key).toEqual(named(entry.message));
      expect(Object.keys(other.placeholders ?? {}).sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).sort());
      for (const name of named(entry.message)) {
        expect(entry.placeholders?.[name]?.content, key).toMatch(/^\$[1-9]$/);
        expect(other.placeholders?.[name]?.content, key).toBe(entry.placeholders?.[name]?.content);
      }
    }
  });

  it('has every key the source asks for, and no key nobody asks for', () => {
    const used = new Set([...code.matchAll(/\bt\(\s*'([a-z0-9_]+)'/g)].map((m) => m[1]));
    expect(used.size).toBeGreaterThan(100);
    for (const key of used) expect(zh, `t('${key}')`).toHaveProperty([key as string]);
    for (const key of Object.keys(zh))
      expect(code.includes(`'${key}'`) || code.includes(`__MSG_${key}__`), key).toBe(true);
  });

  it('has no English glosses in the Chinese text', () => {
    // Latin words the platform itself writes (APP, IP, ICP, JSON…) are fine; a run of English words is a gloss.
    for (const [key, entry] of Object.entries(zh)) expect(entry.message, key).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{3,}/);
  });

  it('fills placeholders as the browser does, and falls back to the Chinese text in tests', () => {
    expect(
      formatMessage({ message: '$A$ / $B$', placeholders: { a: { content: '$2' }, b: { content: '$1' } } }, ['x', 'y']),
    ).toBe('y / x');
    expect(t('popup_outcome_missing', 21)).toBe('待填必填项 21 项');
    expect(t('ui_delete_question', '甲公司')).toBe('删除「甲公司」？');
  });
});
