import { describe, expect, it } from 'vitest';
import { criticalPathMs, type PageWait, pageAloneMs } from '../../bench/page-wait';

const w = (kind: PageWait['kind'], field: string, ms: number, after?: string): PageWait => ({
  kind,
  field,
  after,
  ms,
  start: 0,
  end: 0,
});

describe('criticalPathMs', () => {
  it('adds the levels of cascaders, which are used one at a time', () => {
    const levels = [w('level', 'a', 300), w('level', 'a', 300), w('level', 'b', 300), w('level', 'b', 300)];
    expect(criticalPathMs(levels)).toBe(1200);
  });

  it('lets provider lists and uploads overlap, each list after its own region', () => {
    const waits = [
      w('level', 'access_region', 300),
      w('level', 'access_region', 300),
      w('options', 'access_name', 400, 'access_region'),
      w('options', 'registrar_name', 400, 'registrar_region'),
      w('upload', 'cert', 200),
    ];
    expect(criticalPathMs(waits)).toBe(1000);
  });

  it('counts a list looked up again once, and nothing when the page never waits', () => {
    expect(criticalPathMs([w('options', 'n', 400, 'r'), w('options', 'n', 400, 'r')])).toBe(400);
    expect(criticalPathMs([])).toBe(0);
  });
});

describe('pageAloneMs', () => {
  it('is the zero-delay fill less our own time in it, never below zero', () => {
    expect(pageAloneMs(1504, 108)).toBe(1396);
    expect(pageAloneMs(40.6, 43)).toBe(0);
  });
});
