import { canonicalOption, normalise } from './normalise';

/**
 * Which of the page's options is the wanted one: the same text, else the same after normalising (full-width,
 * spaces, known alternative names), else the one option that starts with it (应用类型 radios carry an
 * explanation, a subject's option its number). Never a near one: no match is -1 and the caller names the value.
 */
export function pickOption(options: readonly string[], wanted: string): number {
  const exact = options.indexOf(wanted);
  if (exact >= 0) return exact;
  const want = canonicalOption(wanted);
  const same = options.map(canonicalOption);
  const normal = same.indexOf(want);
  if (normal >= 0 && same.lastIndexOf(want) === normal) return normal;
  const prefix = normalise(wanted);
  const starts = options.map((o, i) => (normalise(o).startsWith(prefix) ? i : -1)).filter((i) => i >= 0);
  return starts.length === 1 && prefix.length >= 1 ? (starts[0] ?? -1) : -1;
}

/** Whether a cascader shows the wanted path: as many levels, each the wanted option by pickOption's rules. */
export const samePath = (shown: readonly string[], wanted: readonly string[]): boolean =>
  shown.length === wanted.length && wanted.every((w, i) => pickOption([shown[i] ?? ''], w) === 0);
