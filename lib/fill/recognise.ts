import { PAGE_MAPS } from '../fieldmaps';
import type { PageKey } from '../fieldmaps/types';
import type { PageState } from './types';

/** What the page shows that tells which form it is; gathered by the DOM side. */
export interface PageSignals {
  /** Texts of the page heading and the breadcrumb's last item. */
  headings: readonly string[];
  /** Titles of the wizard's steps in order, and the index of the active one (or -1). */
  steps: readonly string[];
  activeStep: number;
  /** What 开办主体性质 shows, if present. */
  natureText: string | null;
}

const clean = (s: string) => s.replace(/\s+/g, '');

/** Recognises the form by its heading and the wizard's active step, never by URL. */
export function recognisePage(signals: PageSignals): PageState {
  const headings = new Set(signals.headings.map(clean));
  if (headings.has('新增主体')) {
    const nature = signals.natureText ? clean(signals.natureText) : '';
    return { form: 'subject', page: 'subject', nature: nature === '单位' || nature === '个人' ? nature : null };
  }
  if (headings.has('新增APP')) return { form: 'app', page: 'app' };
  if (headings.has('新办网站申请')) {
    const active = signals.steps[signals.activeStep];
    const step = active === undefined ? -1 : signals.steps.map(clean).indexOf(clean(active));
    const pages: PageKey[] = ['website-1', 'website-2', 'website-3'];
    const stepPage = Object.values(PAGE_MAPS).find((m) => m.stepTitle && clean(m.stepTitle) === clean(active ?? ''));
    if (stepPage && pages.includes(stepPage.page)) return { form: 'website', page: stepPage.page, step: step + 1 };
    // 提示说明 or an unknown step: the wizard is recognised but there is nothing to fill.
    return { form: 'website', page: null, step: step >= 0 ? step + 1 : undefined };
  }
  return { form: null, page: null };
}
