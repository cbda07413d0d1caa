// `npm run bench`: fill time of each form by the extension against a Playwright script, recognition time, popup
// first render and bundle sizes. Prints a table and writes bench/results.json. It measures; it never fails on speed.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension } from '../tests/e2e/fixtures';
import { routeReplica } from '../tests/e2e/platform-routes';
import { seedProfiles } from '../tests/e2e/seed';
import { benchProfile } from './data';
import { type Form, timeExtension, timePlaywright } from './fill-runs';
import { bundleSizes, timePopup, timeRecognition } from './measure';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FORMS: Form[] = ['subject', 'website-1', 'website-2', 'website-3', 'app'];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};
const stats = (xs: number[]) => ({
  median: Math.round(median(xs)),
  min: Math.round(Math.min(...xs)),
  max: Math.round(Math.max(...xs)),
  runs: xs.map(Math.round),
});
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });
const context = await launchWithExtension();
await routeReplica(context);
const extensionId = await extensionIdOf(context);
const options = await context.newPage();
await options.goto(`chrome-extension://${extensionId}/options.html`);
await seedProfiles(options, [benchProfile()]);
await options.close();

const fills = [];
// BENCH_FORMS= (empty) skips the fill comparison, for a quick look at the other figures.
const forms =
  process.env.BENCH_FORMS === undefined ? FORMS : (process.env.BENCH_FORMS.split(',').filter(Boolean) as Form[]);
for (const form of forms) {
  const ext: number[] = [];
  const pw: number[] = [];
  // Alternating runs, so a slow moment of the machine hits both sides alike.
  for (let i = 0; i < RUNS; i++) {
    ext.push(await timeExtension(context, form));
    pw.push(await timePlaywright(context, form));
  }
  const e = stats(ext);
  const p = stats(pw);
  fills.push({ form, extension: e, playwright: p, ratio: Number((e.median / p.median).toFixed(2)) });
  console.log(`${form}: extension ${e.median} ms, playwright ${p.median} ms`);
}
const recognized = await timeRecognition(context);
const recognition = { total: stats(recognized.total), afterRender: stats(recognized.afterRender) };
const popup = stats(await timePopup(context, extensionId));
await context.close();
const sizes = bundleSizes(EXTENSION_DIR);

console.log('\nFill time (ms, median of %d; min–max)', RUNS);
console.table(
  fills.map((f) => ({
    form: f.form,
    extension: `${f.extension.median} (${f.extension.min}–${f.extension.max})`,
    playwright: `${f.playwright.median} (${f.playwright.min}–${f.playwright.max})`,
    'ratio ext/pw': f.ratio,
  })),
);
const r = recognition;
console.log(
  `Recognition after SPA route change: ${r.afterRender.median} ms after the page shows the new form ` +
    `(${r.afterRender.min}–${r.afterRender.max}); ${r.total.median} ms from the menu click (${r.total.min}–${r.total.max})`,
);
console.log(`Popup to first render: median ${popup.median} ms (${popup.min}–${popup.max})`);
console.table(sizes.map((s) => ({ entry: s.entry, raw: kb(s.raw), gzip: kb(s.gzip) })));

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, fills, recognition, popup, sizes }, null, 2)}\n`,
);
console.log('\nwrote bench/results.json');
