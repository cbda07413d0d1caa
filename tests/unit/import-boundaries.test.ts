// The import graph of lib/ and components/, read from the sources: no module reaches itself again (a cycle), and
// the pure folders stay pure: lib/transfer and lib/crypto reach nothing of lib/store or WXT, and no pure folder
// reaches the DOM, the browser's extension API or the browser-bound folders (store, messaging, dom).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });

/** Comments and the text of string literals removed, so only code is searched; quotes stay in place. */
function codeOf(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1')
    .replace(/`(?:\\.|[^`\\])*`/g, '``');
}

interface Edge {
  to: string;
  typeOnly: boolean;
}

/** The module specifiers a file imports or re-exports, static and dynamic. */
function importsOf(source: string): { spec: string; typeOnly: boolean }[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/^\s*\/\/.*$/gm, '');
  const out: { spec: string; typeOnly: boolean }[] = [];
  for (const m of code.matchAll(/(?:^|[;\n])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    // `import { type A, type B } from` is erased as a whole, like `import type { A, B } from`.
    const braced = /^\{([\s\S]*)\}$/.exec((m[3] ?? '').trim());
    const names = braced
      ? (braced[1] as string)
          .split(',')
          .map((n) => n.trim())
          .filter(Boolean)
      : [];
    const allTypes = names.length > 0 && names.every((n) => n.startsWith('type '));
    out.push({ spec: m[4] as string, typeOnly: Boolean(m[2]) || allTypes });
  }
  for (const m of code.matchAll(/(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g))
    out.push({ spec: m[1] as string, typeOnly: false });
  for (const m of code.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    out.push({ spec: m[1] as string, typeOnly: false });
  return out;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    try {
      if (statSync(c).isFile()) return c;
    } catch {}
  }
  return null;
}

const files = [...sources(path.join(ROOT, 'lib')), ...sources(path.join(ROOT, 'components'))];
const graph = new Map<string, { edges: Edge[]; packages: string[]; code: string }>();
for (const f of files) {
  const source = readFileSync(f, 'utf8');
  const found = importsOf(source);
  const edges = found.flatMap(({ spec, typeOnly }) => {
    const to = resolve(f, spec);
    return to && /\.tsx?$/.test(to) ? [{ to, typeOnly }] : [];
  });
  const packages = found.filter((i) => !i.spec.startsWith('.') && !i.typeOnly).map((i) => i.spec);
  graph.set(f, { edges, packages, code: codeOf(source) });
}

/** Every module a file reaches through imports that stay at run time (type-only imports are erased). */
function reach(start: string): Set<string> {
  const seen = new Set<string>([start]);
  const todo = [start];
  while (todo.length) {
    const f = todo.pop() as string;
    for (const e of graph.get(f)?.edges ?? []) {
      if (e.typeOnly || seen.has(e.to)) continue;
      seen.add(e.to);
      todo.push(e.to);
    }
  }
  return seen;
}

/** Import cycles (strongly connected groups of more than one module, or a module importing itself). */
function cycles(withTypes: boolean): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const e of graph.get(v)?.edges ?? []) {
      if (e.typeOnly && !withTypes) continue;
      if (!idx.has(e.to)) {
        visit(e.to);
        low.set(v, Math.min(low.get(v) as number, low.get(e.to) as number));
      } else if (on.has(e.to)) low.set(v, Math.min(low.get(v) as number, idx.get(e.to) as number));
    }
    if (low.get(v) === idx.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        on.delete(w);
        group.push(rel(w));
      } while (w !== v);
      const selfLoop = graph.get(v)?.edges.some((e) => e.to === v);
      if (group.length > 1 || selfLoop) out.push(group.sort());
    }
  };
  for (const f of graph.keys()) if (!idx.has(f)) visit(f);
  return out;
}

const WXT = /^(wxt(\/|$)|#imports$|webextension-polyfill$|@wxt-dev\/|@webext-core\/)/;
const BROWSER_API = /\b(browser|chrome)\s*\.\s*(runtime|storage|tabs|i18n|scripting|commands|permissions)\b/;
const DOM = /\b(document|window|navigator|localStorage|sessionStorage|HTMLElement|MutationObserver)\b\s*[.(]/;
const inFolder = (f: string, folders: readonly string[]) => folders.some((d) => rel(f).startsWith(`${d}/`));
const under = (folders: readonly string[]) => files.filter((f) => inFolder(f, folders));

describe('the import graph of lib/ and components/', () => {
  it('has no cycle, counting type-only imports too', () => {
    expect(graph.size).toBeGreaterThan(150);
    expect(cycles(true)).toEqual([]);
  });
});

describe('lib/transfer and lib/crypto', () => {
  it('reach nothing of lib/store or WXT (wxt/*, #imports, the browser polyfill)', () => {
    const found: string[] = [];
    for (const f of under(['lib/transfer', 'lib/crypto'])) {
      for (const m of reach(f)) {
        if (inFolder(m, ['lib/store'])) found.push(`${rel(f)} → ${rel(m)}`);
        for (const p of graph.get(m)?.packages ?? []) if (WXT.test(p)) found.push(`${rel(f)} → ${rel(m)} → ${p}`);
        if (BROWSER_API.test(graph.get(m)?.code ?? '')) found.push(`${rel(f)} → ${rel(m)} uses the browser API`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the pure folders of lib/', () => {
  const PURE = [
    'lib/profile',
    'lib/rules',
    'lib/platform',
    'lib/fill',
    'lib/regions',
    'lib/reference',
    'lib/transfer',
    'lib/crypto',
    'lib/encoding',
  ];
  it('reach no DOM, no browser API and none of lib/store, lib/messaging, lib/dom', () => {
    const found: string[] = [];
    for (const f of under(PURE)) {
      for (const m of reach(f)) {
        if (inFolder(m, ['lib/store', 'lib/messaging', 'lib/dom', 'components'])) found.push(`${rel(f)} → ${rel(m)}`);
        for (const p of graph.get(m)?.packages ?? []) if (WXT.test(p)) found.push(`${rel(f)} → ${rel(m)} → ${p}`);
        const code = graph.get(m)?.code ?? '';
        if (BROWSER_API.test(code)) found.push(`${rel(m)} uses the browser API`);
        if (DOM.test(code)) found.push(`${rel(m)} uses the DOM (${DOM.exec(code)?.[0]})`);
      }
    }
    expect([...new Set(found)]).toEqual([]);
  });
});
