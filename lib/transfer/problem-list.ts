// The problems of a refused import, as the user reads them: the first 20 in full, then how many more. A file can
// hold hundreds of thousands of problems; they are counted, never collected or spread into a call.
import { t } from '../i18n';

export const MAX_LISTED_PROBLEMS = 20;

export interface ProblemList {
  add(message: string): void;
  readonly count: number;
  /** The first MAX_LISTED_PROBLEMS messages, then `另有 N 处问题` when there were more. */
  lines(): string[];
}

export function problemList(max = MAX_LISTED_PROBLEMS): ProblemList {
  const shown: string[] = [];
  let count = 0;
  return {
    add(message) {
      count++;
      if (shown.length < max) shown.push(message);
    },
    get count() {
      return count;
    },
    lines: () => (count > shown.length ? [...shown, t('import_more_problems', count - shown.length)] : shown.slice()),
  };
}
