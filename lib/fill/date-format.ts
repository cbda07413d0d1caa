// Dates as the page writes them. Profiles hold ISO dates (2026-11-20); a picker may show and parse another format
// (2026年11月20日, 2026/11/20, 20261120), which is learnt from one date the page itself wrote.

export type DateWriter = (iso: string) => string;

type Part = 'Y' | 'M' | 'MM' | 'D' | 'DD' | { text: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * How the page writes dates, learnt from `shown`, the page's own writing of the ISO date `sample`: each run of
 * digits is the sample's year, month or day, everything else is kept as it stands. A part written with one digit
 * is written unpadded (so the sample should have a one-digit day, and its day must differ from its month). Null
 * when `shown` is not the sample.
 */
export function learnDateFormat(sample: string, shown: string): DateWriter | null {
  const iso = ISO.exec(sample);
  if (!iso) return null;
  const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  if (m === d) return null;
  const parts: Part[] = [];
  for (const run of shown.trim().match(/\d+|\D+/g) ?? []) {
    if (!/^\d/.test(run)) parts.push({ text: run });
    else if (run === `${y}${pad(m)}${pad(d)}`) parts.push('Y', 'MM', 'DD');
    else if (run === String(y)) parts.push('Y');
    else if (Number(run) === m && run.length <= 2) parts.push(run.length === 1 ? 'M' : 'MM');
    else if (Number(run) === d && run.length <= 2) parts.push(run.length === 1 ? 'D' : 'DD');
    else return null;
  }
  const kinds = parts.filter((p) => typeof p === 'string').map((p) => p[0]);
  if (kinds.length !== 3 || new Set(kinds).size !== 3) return null;
  return (value) => {
    const date = ISO.exec(value);
    if (!date) return value;
    const [year, month, day] = [date[1] as string, Number(date[2]), Number(date[3])];
    const write = { Y: year, M: String(month), MM: pad(month), D: String(day), DD: pad(day) };
    return parts.map((p) => (typeof p === 'string' ? write[p] : p.text)).join('');
  };
}

/**
 * A date the page shows, as ISO when it reads as year, month, day in that order (2026年11月20日, 2026/11/20,
 * 20261120); anything else as it stands.
 */
export function readDate(shown: string): string {
  const text = shown.trim();
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  const runs = compact ? compact.slice(1) : (text.match(/\d+/g) ?? []);
  const [y, m, d] = runs.map(Number);
  const yearFirst = runs.length === 3 && (runs[0] as string).length === 4 && text.startsWith(runs[0] as string);
  if (!yearFirst || !y || !m || !d || m > 12 || d > 31) return text;
  return `${y}-${pad(m)}-${pad(d)}`;
}
