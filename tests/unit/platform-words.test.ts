// The platform is described in one place. A form title, step name or section title written as a string anywhere
// else in lib/, components/ or entrypoints/, or an antd class selector outside the antd adapter, fails here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMS } from '../../lib/platform/forms';
import { FORM_TITLE, SECTION, STEP } from '../../lib/platform/names';

const ROOTS = ['lib', 'components', 'entrypoints'];
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });

/** The string literals of a source file (comments skipped; a template's text parts count). */
function literals(source: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/')
      i = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
    else if (c === '/' && source[i + 1] === '*') i = source.indexOf('*/', i + 2) + 2;
    else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      let text = '';
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') j++;
        else if (c === '`' && source[j] === '$' && source[j + 1] === '{') {
          out.push(text);
          text = '';
          j = source.indexOf('}', j);
        } else text += source[j];
        j++;
      }
      out.push(text);
      i = j + 1;
    } else i++;
  }
  return out;
}

const WORDS = new Set([
  ...Object.values(FORM_TITLE),
  ...Object.values(STEP),
  ...Object.values(SECTION),
  ...FORMS.flatMap((f) => [...f.titles, ...f.steps.map((s) => s.name)]),
]);

const sources = ROOTS.flatMap(files).map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));

describe('one description of the platform', () => {
  it('reads literals, not comments', () => {
    const source = ["const a = '新增主体'; // '网站信息'", '/* "APP信息" */ const b = `x$', '{y}新增APP`;'].join('\n');
    expect(literals(source.replace('$\n', '$'))).toEqual(['新增主体', 'x', '新增APP']);
  });

  it('no form title, step name or section title is written outside lib/platform', () => {
    const found = sources
      .filter(({ file }) => !file.startsWith(`lib${path.sep}platform${path.sep}`))
      .flatMap(({ file, text }) =>
        literals(text)
          .filter((l) => WORDS.has(l.trim()))
          .map((l) => `${file}: ${l}`),
      );
    expect(found).toEqual([]);
  });

  it('no antd class selector outside lib/platform/antd.ts', () => {
    const found = sources
      .filter(({ file }) => file !== path.join('lib', 'platform', 'antd.ts'))
      .flatMap(({ file, text }) =>
        literals(text)
          .filter((l) => /(^|[\s.,>~+(])\.?ant-[a-z]/.test(l))
          .map((l) => `${file}: ${l}`),
      );
    expect(found).toEqual([]);
  });
});
