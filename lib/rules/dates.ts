// Date rules. `today` is always passed in (YYYY-MM-DD) so results are deterministic.
import { dayNumber, dayToIso } from './day';
import { type At, error, type Problem, warning } from './problem';

/** Days to file after the site or app opens (PLATFORM.md, rules of the process). */
export const FILING_DEADLINE_DAYS = 30;
/** Warn this many days (or fewer) before a deadline or an expiry. */
export const NEAR_DAYS = 7;
/** Warn when an ID or certificate expires within this many days: the review takes time. */
export const EXPIRY_SOON_DAYS = 30;

function parsed(value: string, at: At): { day: number } | { problems: Problem[] } {
  const day = dayNumber(value);
  if (day === null) return { problems: [error(at, `${at.field}“${value}”不是有效日期`, `${at.field}: invalid date`)] };
  return { day };
}

/** 证件有效期: in the future unless 长期有效. Empty + not long-term is left to the required check. */
export function checkIdExpiry(expiry: string, longTerm: boolean, at: At, today: string): Problem[] {
  if (longTerm || expiry === '') return [];
  const p = parsed(expiry, at);
  if ('problems' in p) return p.problems;
  const left = p.day - (dayNumber(today) ?? 0);
  if (left < 0) return [error(at, `${at.field}已于 ${expiry} 过期`, `${at.field}: expired on ${expiry}`)];
  if (left === 0) return [error(at, `${at.field}今天到期`, `${at.field}: expires today`)];
  if (left <= EXPIRY_SOON_DAYS) {
    return [warning(at, `${at.field}将在 ${left} 天后到期`, `${at.field}: expires in ${left} days`)];
  }
  return [];
}

/** 域名证书有效期: start ≤ end, not expired, not starting in the future. */
export function checkCertRange(start: string, end: string, at: At, today: string): Problem[] {
  if (start === '' || end === '') return [];
  const s = parsed(start, at);
  if ('problems' in s) return s.problems;
  const e = parsed(end, at);
  if ('problems' in e) return e.problems;
  const t = dayNumber(today) ?? 0;
  if (s.day > e.day) {
    return [error(at, `${at.field}的开始日期 ${start} 晚于结束日期 ${end}`, `${at.field}: start is after end`)];
  }
  const problems: Problem[] = [];
  if (e.day < t) problems.push(error(at, `${at.field}已于 ${end} 到期`, `${at.field}: expired on ${end}`));
  else if (e.day - t <= EXPIRY_SOON_DAYS) {
    problems.push(warning(at, `${at.field}将在 ${e.day - t} 天后到期`, `${at.field}: expires in ${e.day - t} days`));
  }
  if (s.day > t) {
    problems.push(warning(at, `${at.field}的开始日期 ${start} 晚于今天`, `${at.field}: starts in the future`));
  }
  return problems;
}

/** 网站开通日期: not in the future; the 30-day filing deadline near (≤ 7 days) or past warns. */
export function checkOpenDate(openDate: string, at: At, today: string): Problem[] {
  if (openDate === '') return [];
  const p = parsed(openDate, at);
  if ('problems' in p) return p.problems;
  const t = dayNumber(today) ?? 0;
  if (p.day > t) return [error(at, `${at.field} ${openDate} 晚于今天`, `${at.field}: in the future`)];
  const deadline = p.day + FILING_DEADLINE_DAYS;
  const left = deadline - t;
  const due = dayToIso(deadline);
  if (left < 0) {
    return [
      warning(
        at,
        `按${at.field} ${openDate} 计算，${FILING_DEADLINE_DAYS}天备案期限已于 ${due} 届满（已超 ${-left} 天），请尽快提交`,
        `${at.field}: the ${FILING_DEADLINE_DAYS}-day filing deadline passed on ${due}`,
      ),
    ];
  }
  if (left <= NEAR_DAYS) {
    return [
      warning(
        at,
        `按${at.field} ${openDate} 计算，${FILING_DEADLINE_DAYS}天备案期限 ${due} 仅剩 ${left} 天`,
        `${at.field}: ${left} days left until the filing deadline ${due}`,
      ),
    ];
  }
  return [];
}
