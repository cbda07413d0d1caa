// Figures → the tables `npm run bench` prints.
import type { CpuSplit } from './cpu-split';
import type { BundleSize } from './measure';
import type { ScaleRow } from './scale';

export interface Stats {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const stats = (xs: number[]): Stats => ({
  median: Math.round(median(xs)),
  min: Math.round(Math.min(...xs)),
  max: Math.round(Math.max(...xs)),
  runs: xs.map(Math.round),
});

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const shown = (s: Stats | null) => (s ? `${s.median} (${s.min}–${s.max})` : '✗');

export interface FillEntry {
  form: string;
  extension: Stats | null;
  playwright: Stats | null;
  ratio: number | null;
  ownCost: Stats | null;
  /** The zero-delay fill's main-thread time: our script, the page's scripts, layout/GC, idle (medians). */
  ownCpu: CpuSplit | null;
  pageWait: number | null;
  /** The zero-delay fill less our own time in it (median): what the page alone needs, see page-wait.ts. */
  pageAlone: number | null;
  failed?: string[];
}

/**
 * Goals: own cost ≤ 150 ms; fill ≤ 1.15 × page wait + 150 ms. Beside them the floor no filler driving the page's
 * widgets goes below: the larger of the page's wait and what the page alone needs at zero delay.
 */
export function printFills(fills: FillEntry[], runs: number): void {
  console.log('\nFill time (ms, median of %d; min–max)', runs);
  console.table(
    fills.map((f) => {
      const limit = f.pageWait === null ? null : Math.round(1.15 * f.pageWait + 150);
      return {
        form: f.form,
        extension: shown(f.extension),
        'page wait': f.pageWait ?? '✗',
        'goal ≤': limit ?? '✗',
        'own cost (0 delay)': shown(f.ownCost),
        'of which ours / page / other': f.ownCpu ? `${f.ownCpu.extension} / ${f.ownCpu.page} / ${f.ownCpu.other}` : '✗',
        'page alone (0 delay)': f.pageAlone ?? '✗',
        'floor ≥': f.pageAlone === null || f.pageWait === null ? '✗' : Math.max(f.pageAlone, f.pageWait),
        playwright: shown(f.playwright),
        'ext/pw': f.ratio ?? '✗',
        failed: f.failed?.length ? f.failed.length : '',
      };
    }),
  );
}

export function printOthers(
  recognition: { total: Stats; afterRender: Stats } | null,
  popup: Stats | null,
  scale: ScaleRow[],
  sizes: BundleSize[],
): void {
  if (recognition) {
    const r = recognition;
    console.log(
      `Recognition after SPA route change: ${r.afterRender.median} ms after the page shows the new form ` +
        `(${r.afterRender.min}–${r.afterRender.max}); ${r.total.median} ms from the menu click (${r.total.min}–${r.total.max})`,
    );
  }
  if (popup) console.log(`Popup to first render: median ${popup.median} ms (${popup.min}–${popup.max})`);
  if (scale.length) {
    console.log('\nScale (ms, one run each)');
    console.table(scale);
  }
  console.table(sizes.map((s) => ({ entry: s.entry, raw: kb(s.raw), gzip: kb(s.gzip) })));
}
