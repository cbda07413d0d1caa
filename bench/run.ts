// `npm run bench`: fill time of each form by the extension against a Playwright script and against the page's own
// unavoidable wait, the extension's own cost (zero-delay replica), how cost grows (scale), recognition time, popup
// first render and bundle sizes. Prints tables and writes bench/results.json. It measures; it never fails on speed,
// but a run that fails is reported with its reason, the others still run, and the command exits non-zero.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { EXTENSION_DIR, extensionIdOf, launchWithExtension } from '../tests/e2e/fixtures';
import { routeReplica } from '../tests/e2e/platform-routes';
import { type CpuSplit, medianSplit } from './cpu-split';
import { benchProfile } from './data';
import { type Form, timeExtension, timePlaywright } from './fill-runs';
import { bundleSizes, timePopup, timeRecognition } from './measure';
import { pageAloneMs } from './page-wait';
import { printFills, printOthers, type Stats, stats } from './report';
import { type Browser, measureScale, type ScaleRow } from './scale';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FORMS: Form[] = ['subject', 'website-1', 'website-2', 'website-3', 'app'];
/** One run (a fill, a figure) that takes longer than this has failed. */
const RUN_TIMEOUT_MS = 120_000;

const failures: { what: string; reason: string }[] = [];

async function attempt<T>(what: string, run: () => Promise<T>, timeoutMs = RUN_TIMEOUT_MS): Promise<T | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no result after ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    return await Promise.race([run(), timeout]);
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    failures.push({ what, reason });
    console.log(`✗ ${what}: ${reason}`);
    return null;
  } finally {
    clearTimeout(timer);
  }
}

async function launch(): Promise<Browser> {
  const context = await launchWithExtension();
  const extensionId = await extensionIdOf(context);
  const extPage = async (name: string) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/${name}`);
    return page;
  };
  return { context, extPage, extensionId };
}

execFileSync(process.execPath, ['tests/replica/build.mjs'], { stdio: 'inherit' });
const browser = await launch();
const { context, extPage, extensionId } = browser;
await routeReplica(context);
const profiles = [benchProfile()];

const fills = [];
// BENCH_FORMS= (empty) skips the fill comparison, for a quick look at the other figures.
const forms =
  process.env.BENCH_FORMS === undefined ? FORMS : (process.env.BENCH_FORMS.split(',').filter(Boolean) as Form[]);
for (const form of forms) {
  const ext: number[] = [];
  const own: number[] = [];
  const alone: number[] = [];
  const cpus: CpuSplit[] = [];
  const pw: number[] = [];
  const waits: number[] = [];
  const reasons: string[] = [];
  const note = <T>(what: string, run: () => Promise<T>) =>
    attempt(`${form} ${what}`, run).then((r) => {
      if (r === null) reasons.push(failures[failures.length - 1]?.reason ?? what);
      return r;
    });
  // Alternating runs, so a slow moment of the machine hits all sides alike.
  for (let i = 0; i < RUNS; i++) {
    const run = await note('extension', () => timeExtension(context, extPage, form, profiles));
    if (run) {
      ext.push(run.ms);
      waits.push(run.pageWait);
    }
    const zero = await note('own cost', () =>
      timeExtension(context, extPage, form, profiles, 'no-delay', { profile: true }),
    );
    if (zero) own.push(zero.ms);
    if (zero?.cpu) {
      cpus.push(zero.cpu);
      alone.push(pageAloneMs(zero.ms, zero.cpu.extension));
    }
    const hand = await note('playwright', () => timePlaywright(context, form));
    if (hand !== null) pw.push(hand);
  }
  const e: Stats | null = ext.length ? stats(ext) : null;
  const p: Stats | null = pw.length ? stats(pw) : null;
  const pageWait = waits.length ? Math.max(...waits) : null;
  fills.push({
    form,
    extension: e,
    playwright: p,
    ratio: e && p ? Number((e.median / p.median).toFixed(2)) : null,
    ownCost: own.length ? stats(own) : null,
    ownCpu: cpus.length ? medianSplit(cpus) : null,
    pageWait,
    pageAlone: alone.length ? stats(alone).median : null,
    ...(reasons.length ? { failed: reasons } : {}),
  });
  console.log(
    `${form}: extension ${e?.median ?? '✗'} ms, page wait ${pageWait ?? '✗'} ms, playwright ${p?.median ?? '✗'} ms`,
  );
}

const recognized = await attempt('recognition', () => timeRecognition(context));
const recognition = recognized && { total: stats(recognized.total), afterRender: stats(recognized.afterRender) };
const popupTimes = await attempt('popup', () => timePopup(context, extensionId));
const popup = popupTimes && stats(popupTimes);
// BENCH_SCALE=0 skips the scale table.
// Each scale case is its own attempt; the table keeps the rows that were measured.
const scale: ScaleRow[] = [];
if (process.env.BENCH_SCALE !== '0') await measureScale(browser, launch, attempt, scale);
await context.close();
const sizes = bundleSizes(EXTENSION_DIR);

printFills(fills, RUNS);
printOthers(recognition, popup, scale, sizes);

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model ?? '',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
};
const results = { date: new Date().toISOString(), machine, runs: RUNS, fills, recognition, popup, sizes, scale };
writeFileSync('bench/results.json', `${JSON.stringify({ ...results, failures }, null, 2)}\n`);
console.log('\nwrote bench/results.json');
if (failures.length > 0) {
  console.log(`\n${failures.length} run(s) failed:`);
  for (const f of failures) console.log(`  ✗ ${f.what}: ${f.reason}`);
  process.exitCode = 1;
}
