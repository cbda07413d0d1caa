// The filing deadline (30 days after 网站开通日期) and the footer snippet for an approved 公安备案号.

const DAY = 86_400_000;
const toDay = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY : null;
};

export const FILING_DAYS = 30;

export function deadline(openDate: string, today: string): { due: string; daysLeft: number } | null {
  const open = toDay(openDate);
  const now = toDay(today);
  if (open === null || now === null) return null;
  const due = open + FILING_DAYS;
  return { due: new Date(due * DAY).toISOString().slice(0, 10), daysLeft: due - now };
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
