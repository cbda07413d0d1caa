import { describe, expect, it } from 'vitest';
import { formatSize } from './size';

describe('formatSize', () => {
  it('names small photos in KB instead of 0.0MB', () => {
    expect(formatSize(36 * 1024)).toBe('36 KB');
    expect(formatSize(200)).toBe('200 B');
    expect(formatSize(1100)).toBe('1 KB');
  });

  it('names limits and large files in MB', () => {
    expect(formatSize(5 * 1024 * 1024)).toBe('5 MB');
    expect(formatSize(1.3 * 1024 * 1024)).toBe('1.3 MB');
  });

  it('keeps a size on its side of a limit', () => {
    const under = 5 * 1024 * 1024 - 5000;
    const over = 5 * 1024 * 1024 + 5000;
    expect(formatSize(under)).toBe('4.9 MB');
    expect(formatSize(over, 'up')).toBe('5.1 MB');
  });
});
