import { t } from '../i18n';

/** A rule's finding about a profile, in the shape the popup and editor list. */
export interface CheckProblem {
  path: string;
  section?: string;
  field: string;
  severity: 'error' | 'warning';
  message: string;
}

/** What to do about a finding, in the panel's words. */
const what = (severity: CheckProblem['severity']) =>
  severity === 'error' ? t('panel_problem_error') : t('panel_problem_warning');

/**
 * The same findings for the in-page panel: the field and what to do, never the rule's message, which can quote
 * the value ("出生日期 2085-06-15 晚于今天"). The popup and the editor show the full text.
 */
export function redactProblems(problems: readonly CheckProblem[]): CheckProblem[] {
  return problems.map(({ path, section, field, severity }) => ({
    path,
    ...(section ? { section } : {}),
    field,
    severity,
    message: section
      ? t('panel_problem_in', section, field, what(severity))
      : t('panel_problem', field, what(severity)),
  }));
}
