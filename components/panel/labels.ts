import type { FieldReport, PageState } from '../../lib/fill/types';
import { FORMS } from '../../lib/platform/forms';
import { FORM_TITLE } from '../../lib/platform/names';
import { t } from '../i18n';

const stepName = (position: number) =>
  FORMS.find((f) => f.form === 'website')?.steps.find((s) => s.position === position)?.name ?? '';

/** The recognised page in the platform's words, e.g. 新办网站申请 · 第2步 网站基本信息. */
export function pageLabel(state: PageState): string {
  if (state.form === 'subject') return `${FORM_TITLE.subject}${state.nature ? ` · ${state.nature}` : ''}`;
  if (state.form === 'app') return FORM_TITLE.app;
  if (state.form === 'website') {
    const step = state.step ? ` · ${t('popup_step', state.step)} ${stepName(state.step)}` : '';
    return `${FORM_TITLE.website}${step}`;
  }
  return t('panel_unknown_page');
}

/** What 撤销 did: the fields it could not put back (a select the page cannot empty) are named. */
export function undoSummary(failed: readonly FieldReport[]): string {
  if (failed.length === 0) return t('panel_undone');
  return t('panel_undone_partly', failed.length, failed.map((f) => f.label).join('、'));
}
