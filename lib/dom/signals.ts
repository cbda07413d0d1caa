import type { PageSignals } from '../fill/recognise';
import { textOf } from './events';

/** Reads what identifies the form: headings, breadcrumb, the wizard's steps, 开办主体性质. */
export function readSignals(doc: Document): PageSignals {
  const headings = [...doc.querySelectorAll('h1, h2, h3, .ant-page-header-heading-title')].map(textOf);
  const crumbs = doc.querySelectorAll('.ant-breadcrumb li');
  const lastCrumb = crumbs[crumbs.length - 1];
  if (lastCrumb) headings.push(textOf(lastCrumb.querySelector('.ant-breadcrumb-link') ?? lastCrumb));
  const stepEls = [...doc.querySelectorAll('.ant-steps-item')];
  const steps = stepEls.map((s) => textOf(s.querySelector('.ant-steps-item-title') ?? s));
  const activeStep = stepEls.findIndex(
    (s) => s.classList.contains('ant-steps-item-process') || s.classList.contains('ant-steps-item-active'),
  );
  const natureLabel = [...doc.querySelectorAll('.ant-form-item-label')].find((l) => textOf(l) === '开办主体性质');
  const selected = natureLabel?.closest('.ant-form-item')?.querySelector('.ant-select-selection-item');
  return { headings, steps, activeStep, natureText: selected ? textOf(selected) : null };
}
