import { FILLER_SUFFIXES, OPTION_ALIASES, SYNONYMS } from '../platform/vocabulary';

/**
 * A label as text to compare: NFKC (full-width forms), no spaces, punctuation, stars, (选填) or trailing colon,
 * lower case. Used for labels, section titles, step names and options alike.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[（(](选填|非必填|可选|必填)[)）]/g, '')
    .replace(/[\s*＊:：,，.。、;；!！?？'"“”‘’()（）[\]【】<>《》·•_\-—/\\|]/g, '')
    .toLowerCase();
}

type Table = { variants: string[]; canonical: Map<string, string> };

function table(rows: readonly (readonly string[])[]): Table {
  const canonical = new Map<string, string>();
  for (const [head, ...rest] of rows) {
    if (head === undefined) continue;
    for (const v of [head, ...rest]) canonical.set(normalise(v), normalise(head));
  }
  // Longest first, so 手机号码 is read as one word before 手机.
  return { variants: [...canonical.keys()].sort((a, b) => b.length - a.length), canonical };
}

const WORDS = table(SYNONYMS);

/** One pass from left to right: each word is replaced by its canonical form once, never again. */
function replaceWords(text: string, t: Table): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const hit = t.variants.find((v) => text.startsWith(v, i));
    if (hit) {
      out += t.canonical.get(hit);
      i += hit.length;
    } else {
      out += text[i];
      i += 1;
    }
  }
  return out;
}

// A fill matches the same few hundred labels again after every change of the form: each is worked out once.
const canonicalMemo = new Map<string, string>();

/** A label in canonical words: 负责人手机号码 and 负责人手机号 read alike, 时间 as 日期, 联系人 as 联络人. */
export function canonical(label: string): string {
  const known = canonicalMemo.get(label);
  if (known !== undefined) return known;
  let text = replaceWords(normalise(label), WORDS);
  for (const suffix of FILLER_SUFFIXES) {
    const s = normalise(suffix);
    if (text.endsWith(s) && text.length - s.length >= 2) text = text.slice(0, -s.length);
  }
  if (canonicalMemo.size > 5000) canonicalMemo.clear();
  canonicalMemo.set(label, text);
  return text;
}

/** Strips the longest role prefix a section states (负责人姓名 → 姓名 under 负责人信息). */
export function stripRole(text: string, prefixes: readonly string[]): string {
  const hit = prefixes
    .map((p) => canonical(p))
    .filter((p) => text.startsWith(p) && text.length - p.length >= 2)
    .sort((a, b) => b.length - a.length)[0];
  return hit ? text.slice(hit.length) : text;
}

const OPTIONS = table(OPTION_ALIASES);

/** An option's text in canonical words (身份证 → 居民身份证). */
export const canonicalOption = (text: string): string => {
  const n = normalise(text);
  return OPTIONS.canonical.get(n) ?? n;
};
