/** A rule's finding about a profile, in the shape the popup and editor list. */
export interface CheckProblem {
  path: string;
  section?: string;
  field: string;
  severity: 'error' | 'warning';
  message: string;
}
