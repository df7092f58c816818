// Dates as day numbers, for the knowledge base's overlap tests. A partial date covers its whole
// month or year ("2024" is 1 January to 31 December), so "captured in 2024" overlaps "April 2024".
const DAY_MS = 86_400_000;

export interface DayRange { readonly lo: number; readonly hi: number }

/** Days two reports' ranges may be apart and still be the same event (the scorer's slack). */
export const SLACK_DAYS = 3;

const dayNumber = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / DAY_MS;

function parts(iso: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = iso.split('-').map(Number);
  return [y!, m, d];
}

export function firstDay(iso: string): number {
  const [y, m, d] = parts(iso);
  return dayNumber(y, m ?? 1, d ?? 1);
}

export function lastDay(iso: string): number {
  const [y, m, d] = parts(iso);
  if (d !== undefined) return dayNumber(y, m!, d);
  if (m !== undefined) return dayNumber(y, m + 1, 0); // day 0 of the next month
  return dayNumber(y, 12, 31);
}

/** [first day, last day] of a date range; null when undated. */
export function dayRange(date: string | null, dateEnd: string | null = null): DayRange | null {
  if (date === null) return null;
  const lo = firstDay(date);
  const hi = Math.max(lo, lastDay(dateEnd ?? date));
  return { lo, hi };
}

/** Days between two ranges (0 when they overlap). */
export function gapDays(a: DayRange, b: DayRange): number {
  if (a.hi < b.lo) return b.lo - a.hi;
  if (b.hi < a.lo) return a.lo - b.hi;
  return 0;
}

/** 0 undated, 1 year, 2 month, 3 day: how precisely a date is known. */
export const datePrecision = (date: string | null): 0 | 1 | 2 | 3 =>
  date === null ? 0 : (date.split('-').length as 1 | 2 | 3);

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Orders nullable ISO dates ascending, undated last (the order versions and steps are told in). */
export function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
