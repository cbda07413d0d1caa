// Page variants for failure-mode tests: `?variant=a,b` is read once at start-up and kept for the
// whole session, so client-side navigation (which drops the query) keeps them.
export const VARIANT_NAMES = [
  'renamed-label',
  'missing-field',
  'extra-required',
  'reorder-sections',
  'slow-options',
  'no-options',
  'upload-fail',
  'no-subject',
  // Every artificial delay (lazy cascader levels, provider lists, uploads) is 0 ms: the benchmark's own-cost run.
  'no-delay',
] as const;

export type Variant = (typeof VARIANT_NAMES)[number];

const requested = new URLSearchParams(window.location.search).get('variant') ?? '';

export const variants: ReadonlySet<Variant> = new Set(
  requested
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is Variant => (VARIANT_NAMES as readonly string[]).includes(v)),
);

export const hasVariant = (name: Variant): boolean => variants.has(name);
