// Calendar-day arithmetic on `YYYY-MM-DD` strings. Rules get `today` passed in, so results never depend on the clock.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a real calendar date, or null (2023-02-29, 2024-13-01, junk). */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  return ymdToDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function ymdToDay(y: number, month: number, d: number): number | null {
  if (month < 1 || month > 12 || d < 1 || d > 31) return null;
  const t = Date.UTC(y, month - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 02-30 into March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The caller's local calendar date as `YYYY-MM-DD`; call it at the edge (UI, fill engine), never inside a rule. */
export function localToday(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
