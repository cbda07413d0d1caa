import { describe, expect, it } from 'vitest';
import { type CpuProfile, cpuSplit } from '../../bench/cpu-split';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
const PAGE = 'https://beian.mps.gov.cn/assets/index.js';
const frame = (functionName: string, url = '') => ({ functionName, url });

// root → fillPage (ours) → dispatchEvent (native) → onInput (page) → getBoundingClientRect (native)
//      → flushJobs (page); (idle); (garbage collector)
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 6, 7, 8] },
    { id: 2, callFrame: frame('fillPage', EXT), children: [3, 9] },
    { id: 3, callFrame: frame('dispatchEvent'), children: [4] },
    { id: 4, callFrame: frame('onInput', PAGE), children: [5] },
    { id: 5, callFrame: frame('getBoundingClientRect') },
    { id: 6, callFrame: frame('flushJobs', PAGE) },
    { id: 7, callFrame: frame('(idle)') },
    { id: 8, callFrame: frame('(garbage collector)') },
    { id: 9, callFrame: frame('getBoundingClientRect') },
  ],
  // Each sample lasts until the next: 2 ms, 3 ms, 4 ms, 5 ms, 6 ms, 7 ms; the last has no end and counts 0.
  samples: [2, 5, 9, 6, 7, 8, 2],
  timeDeltas: [0, 2000, 3000, 4000, 5000, 6000, 7000],
};

describe('cpuSplit', () => {
  it('counts a sample for the innermost script on its stack', () => {
    // ours: fillPage 2 + its own forced layout 4; the page: its listener (and the layout it forced) 3 + flush 5.
    expect(cpuSplit(profile)).toEqual({ extension: 6, page: 8, other: 7, idle: 6 });
  });

  it('is all zero for an empty profile', () => {
    expect(cpuSplit({ nodes: [] })).toEqual({ extension: 0, page: 0, other: 0, idle: 0 });
  });
});
