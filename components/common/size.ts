// File sizes as people read them: 36 KB, 1.3 MB. "0.0MB" for a 36 KB photo said nothing.

/**
 * `round` picks the side of a limit the text stays on: 'down' (default) never shows 4.99 MB as the 5 MB limit,
 * 'up' never shows 5.01 MB, a file over the limit, as the limit itself.
 */
export function formatSize(bytes: number, round: 'down' | 'up' = 'down'): string {
  if (bytes < 1024) return `${bytes} B`;
  const f = round === 'up' ? Math.ceil : Math.floor;
  if (bytes < 1024 * 1024) return `${Math.max(1, f(bytes / 1024))} KB`;
  const mb = bytes / 1024 / 1024;
  if (Number.isInteger(mb)) return `${mb} MB`;
  const tenths = f(mb * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}
