// Names and free text as the user sees them. Apart from factory.ts so that the popup can suggest and limit names
// without loading the schema (zod). Text is NFC-normalised; control characters, bidi overrides (U+202E turns
// "gpj.exe" into "exe.jpg" on screen) and text made only of invisible characters are refused; lengths and cuts
// count graphemes (what the user sees as one character), so an emoji is never split into a lone surrogate.

import { t } from '../i18n';

export const MAX_NAME_LENGTH = 60;

/** C0/C1 controls (tab and line breaks are allowed only in multi-line text). */
const CONTROL_SINGLE_LINE = /\p{Cc}/u;
const CONTROL_MULTI_LINE = /[^\P{Cc}\t\n\r]/u;
/** Bidi embeddings, overrides, isolates and marks. */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** What renders as nothing: spaces, format characters (zero-width …), default-ignorables, Hangul fillers, blanks. */
const INVISIBLE_ONLY = /^[\p{White_Space}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0]*$/u;

/** Why this text cannot be stored (without the field's name), or null. `''` is fine: fields may stay empty. */
export function textProblem(text: string, opts: { multiline?: boolean } = {}): string | null {
  if ((opts.multiline ? CONTROL_MULTI_LINE : CONTROL_SINGLE_LINE).test(text)) return t('text_has_control');
  if (BIDI.test(text)) return t('text_has_bidi');
  if (text !== '' && INVISIBLE_ONLY.test(text)) return t('text_invisible_only');
  return null;
}

/** Text from a file made safe to quote in a message: controls and bidi characters removed. */
export const quotable = (text: string) => text.replace(/[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu, '');

/** NFC, then trimmed: the form every stored text has. */
export const normaliseText = (text: string) => text.normalize('NFC').trim();

let segmenter: Intl.Segmenter | null = null;
/**
 * The first `max` graphemes, and whether more follow. Lazy on purpose: collecting every segment of a long text is
 * quadratic in V8 (100 000 characters took 25 s), and a hostile file may hold megabytes in a name.
 */
function firstGraphemes(text: string, max: number): { parts: string[]; more: boolean } {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'grapheme' });
  const parts: string[] = [];
  for (const s of segmenter.segment(text)) {
    if (parts.length === max) return { parts, more: true };
    parts.push(s.segment);
  }
  return { parts, more: false };
}

/** Whether the text is longer than `max` graphemes (never more graphemes than UTF-16 units). */
export const longerThan = (text: string, max: number) => text.length > max && firstGraphemes(text, max).more;

/** The first `max` graphemes. */
export function cutGraphemes(text: string, max: number): string {
  if (text.length <= max) return text;
  return firstGraphemes(text, max).parts.join('');
}

/** The profile name a user typed (or a file brought), or why it cannot be one, in the UI's language. */
export function checkName(raw: string): { name: string } | { message: string } {
  const name = normaliseText(raw);
  if (!name) return { message: t('name_required') };
  const problem = textProblem(name);
  if (problem) return { message: t('text_problem_at', t('editor_profile_name'), problem) };
  if (longerThan(name, MAX_NAME_LENGTH)) return { message: t('name_too_long', MAX_NAME_LENGTH) };
  return { name };
}

/** A name not yet used: `base`, `base 2`, `base 3` … */
export function freeName(base: string, taken: readonly string[]): string {
  if (!taken.includes(base)) return base;
  for (let i = 2; ; i++) if (!taken.includes(`${base} ${i}`)) return `${base} ${i}`;
}
