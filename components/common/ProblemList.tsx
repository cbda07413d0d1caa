// Every problem at once, grouped by the platform's section, errors before warnings.
import type { CheckProblem } from '../../lib/messaging/problems';

type Listed = CheckProblem & { where?: string };

/** Groups by section (prefixed by the website or app it belongs to), errors first within a group. */
export function groupBySection(problems: readonly Listed[]): [string, Listed[]][] {
  const groups = new Map<string, Listed[]>();
  for (const p of problems) {
    const section = p.section || '其他';
    const key = p.where ? `${p.where} · ${section}` : section;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  for (const list of groups.values())
    list.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  return [...groups];
}

export function ProblemList({ problems, title = '检查结果' }: { problems: readonly Listed[]; title?: string }) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section class="problems" aria-label={title}>
      <p class="summary" aria-live="polite">
        {problems.length === 0 ? (
          <span class="ok">✔ 资料检查通过 · No problems</span>
        ) : (
          <>
            {errors > 0 && <span class="err">{errors} 个错误</span>}
            {errors > 0 && warnings > 0 && '，'}
            {warnings > 0 && <span class="warn">{warnings} 个提醒</span>}
          </>
        )}
      </p>
      {groupBySection(problems).map(([section, list]) => (
        <div key={section} class="problem-group">
          <h3>{section}</h3>
          <ul>
            {list.map((p) => (
              <li key={p.path + p.message} class={`msg msg-${p.severity}`}>
                <span class="sr-only">{p.severity === 'error' ? '错误：' : '提醒：'}</span>
                <span aria-hidden="true">{p.severity === 'error' ? '✖ ' : '⚠ '}</span>
                <strong>{p.field}</strong> {p.message}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
