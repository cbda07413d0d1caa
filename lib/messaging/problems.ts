/** A rule's finding about a profile, in the shape the popup and editor list. */
export interface CheckProblem {
  path: string;
  section?: string;
  field: string;
  severity: 'error' | 'warning';
  message: string;
}

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
    message: `${section ? `${section} · ` : ''}${field}：${
      severity === 'error' ? '不符合平台规则，请在资料编辑器中修改' : '请确认（详情见扩展弹出窗口）'
    }`,
  }));
}
