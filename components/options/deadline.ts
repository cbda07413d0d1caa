// The filing deadline (30 days after 网站开通日期) and the footer snippet for an approved 公安备案号.
import { FILING_DEADLINE_DAYS } from '../../lib/rules/dates';
import { dayNumber, dayToIso } from '../../lib/rules/day';

/** When the filing is due (30 days after opening) and how many days are left; null for an impossible date. */
export function deadline(openDate: string, today: string): { due: string; daysLeft: number } | null {
  const open = dayNumber(openDate);
  const now = dayNumber(today);
  if (open === null || now === null) return null;
  const due = open + FILING_DEADLINE_DAYS;
  return { due: dayToIso(due), daysLeft: due - now };
}

export const queryLink = (filingNo: string) =>
  `https://beian.mps.gov.cn/#/query/webSearch?code=${filingNo.replace(/\D/g, '')}`;

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** The footer HTML: the 公安备案号 as a link to the platform's public query. */
export function footerSnippet(filingNo: string): string {
  const no = filingNo.trim();
  return `<a href="${queryLink(no)}" rel="noreferrer" target="_blank">${escapeHtml(no)}</a>`;
}
