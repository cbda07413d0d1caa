// The page's unavoidable wait for one fill: the shortest time any filler could take given the delays the replica
// recorded (window.__replica.waits()), counting only what must happen one after another.
// - the lazy levels of one cascader come one after another (a level is clicked only once it has loaded);
// - cascaders are used one at a time (one popup open at once, as a user works), so their chains add up;
// - a provider list starts when its region is chosen and then loads in the background;
// - uploads load in the background, in parallel with everything.
// The best order does the cascaders that feed a list first, longest list first (Jackson's rule), so the limit is
// max(all cascader chains, for each list: the chains up to its region + the list, the longest upload).

export interface PageWait {
  kind: 'level' | 'options' | 'upload';
  field: string;
  after?: string;
  ms: number;
  start: number;
  end: number | null;
}

export function criticalPathMs(waits: readonly PageWait[]): number {
  const chains = new Map<string, number>();
  for (const w of waits) if (w.kind === 'level') chains.set(w.field, (chains.get(w.field) ?? 0) + w.ms);
  // A list looked up again (region changed) counts once, with its last delay.
  const lists = new Map<string, PageWait>();
  for (const w of waits) if (w.kind === 'options') lists.set(w.field, w);
  const feeding = [...lists.values()].sort((a, b) => b.ms - a.ms);
  let done = 0;
  let limit = 0;
  const used = new Set<string>();
  for (const list of feeding) {
    const region = list.after ?? '';
    if (!used.has(region)) {
      used.add(region);
      done += chains.get(region) ?? 0;
    }
    limit = Math.max(limit, done + list.ms);
  }
  const allChains = [...chains.values()].reduce((a, b) => a + b, 0);
  const uploads = Math.max(0, ...waits.filter((w) => w.kind === 'upload').map((w) => w.ms));
  return Math.max(limit, allChains, uploads);
}

/**
 * What the page alone needs to take in a fill: the zero-delay fill's wall time less our own main-thread time in it.
 * A filler that sets the same values through the same widgets cannot finish sooner than the larger of this and
 * the page's wait, however little time it takes itself. Our time is sampled over a slightly longer window than the
 * fill (the click's checks and the report after it), so this errs low: the floor it gives is not overstated.
 */
export const pageAloneMs = (ownCostMs: number, oursMs: number): number => Math.max(0, Math.round(ownCostMs - oursMs));
