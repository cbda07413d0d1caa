import { canonical, stripRole } from './normalise';

/** Levenshtein distance on characters (labels are short: a dozen characters at most). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row.push(Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = row;
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}

/** Whether every character of `short` appears in `long` in order (a wording that dropped a word). */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}

// Every re-plan compares the same label pairs again: each pair is scored once.
const similarityMemo = new Map<string, number>();

/**
 * How alike two canonical labels are, 0–1: equal 1; one containing the other by how much of it it covers, a
 * little more when it is the end (a Chinese label's head noun: 企业市值 is a 市值); one that dropped a word in the
 * middle (是否提供交互服务) a little less; otherwise by edit distance, which only counts when most characters agree.
 */
export function similarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const pair = `${a}\u0000${b}`;
  const known = similarityMemo.get(pair);
  if (known !== undefined) return known;
  const score = compare(a, b);
  if (similarityMemo.size > 20000) similarityMemo.clear();
  similarityMemo.set(pair, score);
  return score;
}

function compare(a: string, b: string): number {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const ratio = short.length / long.length;
  if (short.length >= 2 && long.endsWith(short)) return 0.6 + 0.4 * ratio;
  if (short.length >= 2 && long.includes(short)) return 0.55 + 0.45 * ratio;
  if (short.length >= 4 && isSubsequence(short, long)) return 0.5 + 0.45 * ratio;
  if (short.length < 3) return 0;
  return Math.max(0, 1 - distance(a, b) / long.length);
}

/**
 * A label as seen in one section: its canonical words, the same without the role the section states, and without
 * a note in brackets at its end (a unit, a hint: 市值（亿元）, 应用包名（Android）), '' when it has none.
 */
export interface LabelForms {
  full: string;
  bare: string;
  head: string;
}

const TRAILING_NOTE = /\s*[（(][^（）()]*[)）]\s*[:：]?\s*$/;

export const labelForms = (label: string, implied: readonly string[]): LabelForms => {
  const full = canonical(label);
  const without = label.replace(TRAILING_NOTE, '');
  return { full, bare: stripRole(full, implied), head: without !== label ? canonical(without) : '' };
};

/**
 * The evidence that a page label is one of ours: the full forms agreeing counts most, the forms without the
 * role or without a bracketed note a little less (负责人手机号码 on one page, 手机号码 on another).
 */
export function labelScore(page: LabelForms, ours: readonly LabelForms[]): number {
  let best = 0;
  for (const o of ours) {
    const noted = page.head ? 0.97 * similarity(page.head, o.full) : 0;
    best = Math.max(best, similarity(page.full, o.full), 0.97 * similarity(page.bare, o.bare), noted);
  }
  return best;
}
