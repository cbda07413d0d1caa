// Page variants for failure-mode and drift tests: `?variant=a,b` is read once at start-up and kept for the
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
  // The drift corpus (see ../README.md): labels reworded, the wizard drawn three ways, widgets swapped,
  // section titles marked up differently, sections reordered with an extra required field; the page's title and
  // crumbs drawn without a heading tag or antd's breadcrumb; dates shown in another format than antd's default.
  'drift-labels',
  'wizard-antd-title',
  'wizard-icon',
  'wizard-custom',
  'widget-swap',
  'section-markup',
  'sections-extra',
  'title-plain',
  'date-format',
  // Every artificial delay (lazy cascader levels, provider lists, uploads) is 0 ms: the benchmark's own-cost run.
  'no-delay',
] as const;

export type Variant = (typeof VARIANT_NAMES)[number];

const params = new URLSearchParams(window.location.search);
const requested = params.get('variant') ?? '';

export const variants: ReadonlySet<Variant> = new Set(
  requested
    .split(',')
    .map((v) => v.trim())
    .filter((v): v is Variant => (VARIANT_NAMES as readonly string[]).includes(v)),
);

export const hasVariant = (name: Variant): boolean => variants.has(name);

// `?step=N` opens the 新办网站申请 wizard at step N once (fixtures and per-step tests); later visits start at 1.
let startStep = Number(params.get('step') ?? '') || 0;
export function takeStartStep(): number {
  const step = startStep;
  startStep = 0;
  return step;
}

/**
 * date-format: the pickers show dates as other versions of the platform may (the model keeps YYYY-MM-DD through
 * value-format); otherwise antd's YYYY-MM-DD.
 */
export const DATE_FORMAT = hasVariant('date-format') ? 'YYYY年MM月DD日' : 'YYYY-MM-DD';
export const RANGE_FORMAT = hasVariant('date-format') ? 'YYYY/MM/DD' : 'YYYY-MM-DD';
