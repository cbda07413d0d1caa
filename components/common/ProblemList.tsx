// Every problem at once, grouped by the platform's section, errors before warnings; and the one line that
// sums them up ("3 个错误 · 10 个提醒 ▸") and opens the list, so a long list never pushes the controls away.
import type { CheckProblem } from '../../lib/messaging/problems';
import { t } from '../i18n';
import { withoutField } from './problem-text';

type Listed = CheckProblem & { where?: string };
export type Tone = 'error' | 'warning' | 'ok';

/** Groups by section (prefixed by the website or app it belongs to), errors first within a group. */
export function groupBySection(problems: readonly Listed[]): [string, Listed[]][] {
  const groups = new Map<string, Listed[]>();
  for (const p of problems) {
    const section = p.section || t('ui_other_section');
    const key = p.where ? `${p.where} · ${section}` : section;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const list of groups.values())
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return [...groups];
}

export function countProblems(problems: readonly CheckProblem[]) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** Red when anything is refused, amber for warnings only, green only when there is nothing. */
export function toneOf(problems: readonly CheckProblem[]): Tone {
  const { errors, warnings } = countProblems(problems);
  return errors > 0 ? 'error' : warnings > 0 ? 'warning' : 'ok';
}

/** "3 个错误 · 10 个提醒", or '' when there is nothing. */
export function countsText(problems: readonly CheckProblem[]): string {
  const { errors, warnings } = countProblems(problems);
  // English needs a singular; Chinese reads the same either way.
  const e = errors === 1 ? t('ui_one_error') : t('ui_errors', errors);
  const w = warnings === 1 ? t('ui_one_warning') : t('ui_warnings', warnings);
  return [errors > 0 && e, warnings > 0 && w].filter(Boolean).join(' · ');
}

export interface ProblemSummaryProps {
  problems: readonly CheckProblem[];
  expanded: boolean;
  onToggle: () => void;
  /** The id of the list it opens. */
  controls: string;
  okText?: string;
}

export function ProblemSummary({ problems, expanded, onToggle, controls, okText }: ProblemSummaryProps) {
  if (problems.length === 0) return <p class="tone tone-ok summary">{okText ?? t('ui_check_ok')}</p>;
  return (
    <button
      type="button"
      class={`summary-toggle tone tone-${toneOf(problems)}`}
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {countsText(problems)} <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
    </button>
  );
}

export function ProblemList({
  problems,
  title = t('ui_check_results'),
  id,
  onOpen,
}: {
  problems: readonly Listed[];
  title?: string;
  id?: string;
  /** Opens the problem's field in the editor; without it the field's name is plain text. */
  onOpen?: (problem: Listed) => void;
}) {
  return (
    <section class="problems" aria-label={title} id={id}>
      {groupBySection(problems).map(([section, list]) => (
        <div key={section} class="problem-group">
          <h3>{section}</h3>
          <ul>
            {list.map((p) => (
              <li key={p.path + p.message} class={`msg tone tone-${p.severity}`}>
                <span class="sr-only">{p.severity === 'error' ? t('ui_error_prefix') : t('ui_warning_prefix')}</span>
                {onOpen ? (
                  <button
                    type="button"
                    class="link field-link"
                    title={t('ui_open_in_editor')}
                    onClick={() => onOpen(p)}
                  >
                    {p.field}
                  </button>
                ) : (
                  <strong>{p.field}</strong>
                )}{' '}
                {withoutField(p.message, p.field)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
