// Where the page's main thread spent a fill, from a V8 CPU profile of the platform tab: our content script, the
// page's own scripts (Vue re-rendering, antd reacting to what we did), the rest (layout, style, GC) and idle.
// A sample counts for the innermost script frame on its stack, so the page's listeners that our events call
// count as the page's, and the DOM calls our code makes (a layout it forces) count as ours.

export interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
export interface CpuProfile {
  nodes: CpuNode[];
  samples?: number[];
  timeDeltas?: number[];
}
export interface CpuSplit {
  extension: number;
  page: number;
  other: number;
  idle: number;
}

const OURS = /^(chrome|moz)-extension:\/\//;

export function cpuSplit(profile: CpuProfile): CpuSplit {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const kindOf = new Map<number, keyof CpuSplit>();
  const kind = (id: number): keyof CpuSplit => {
    const known = kindOf.get(id);
    if (known) return known;
    let found: keyof CpuSplit = byId.get(id)?.callFrame.functionName === '(idle)' ? 'idle' : 'other';
    for (let at: number | undefined = id; found !== 'idle' && at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)?.callFrame.url ?? '';
      if (url) {
        found = OURS.test(url) ? 'extension' : 'page';
        break;
      }
    }
    kindOf.set(id, found);
    return found;
  };
  const split: CpuSplit = { extension: 0, page: 0, other: 0, idle: 0 };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  // timeDeltas[i] is the time before sample i: sample i lasts until sample i + 1.
  samples.forEach((id, i) => {
    split[kind(id)] += (deltas[i + 1] ?? 0) / 1000;
  });
  return {
    extension: Math.round(split.extension),
    page: Math.round(split.page),
    other: Math.round(split.other),
    idle: Math.round(split.idle),
  };
}

const mid = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Each part's median over several runs. */
export const medianSplit = (splits: readonly CpuSplit[]): CpuSplit => ({
  extension: mid(splits.map((s) => s.extension)),
  page: mid(splits.map((s) => s.page)),
  other: mid(splits.map((s) => s.other)),
  idle: mid(splits.map((s) => s.idle)),
});
