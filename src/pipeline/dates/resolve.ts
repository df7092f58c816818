// Turns partial dates into ISO dates relative to the publication date. A month and day without
// a year take the year that puts them nearest the publication date, with the future counted
// double: news mostly reports the past, but "scheduled for January 25" is ahead.
import { addDays, isoDay, validDay, weekday } from '../../core/dates.js';

export function yearFor(month: number, day: number, ref: string): number {
  // A story names the same few days against one reference date again and again; the steps below
  // build and parse three ISO dates per call.
  const key = `${ref} ${month} ${day}`;
  let y = years.get(key);
  if (y === undefined) {
    if (years.size > 5000) years.clear();
    years.set(key, (y = nearestYear(month, day, ref)));
  }
  return y;
}
const years = new Map<string, number>();

function nearestYear(month: number, day: number, ref: string): number {
  const ry = Number(ref.slice(0, 4));
  let best = ry;
  let bestCost = Infinity;
  for (const y of [ry - 1, ry, ry + 1]) {
    if (!validDay(y, month, Math.min(day, 28))) continue;
    const diff = daysBetween(ref, isoDay(y, month, Math.min(day, 28)));
    const cost = diff > 0 ? diff * 2 : -diff;
    if (cost < bestCost) { bestCost = cost; best = y; }
  }
  return best;
}

/** Same rule for a month alone ("in April"). */
export const yearForMonth = (month: number, ref: string): number => yearFor(month, 15, ref);

/** A month alone after a verb in the past ("which it captured in January" in a December
 * article): the event is over, so the month is the latest one not after the publication month. */
export const pastYearForMonth = (month: number, ref: string): number =>
  Number(ref.slice(0, 4)) - (month > Number(ref.slice(5, 7)) ? 1 : 0);

/** A day told as past without its year ("22 March" heading an item of a 25 March issue, "Christmas Eve"
 * in a January story): its latest date not after the reference date. */
export function pastDay(month: number, day: number, ref: string): string {
  const y = Number(ref.slice(0, 4));
  const d = isoDay(y, month, day);
  return d > ref ? isoDay(y - 1, month, day) : d;
}

// Past forms that still point ahead ("scheduled in January") are no past event.
const AHEAD = /^(?:scheduled|rescheduled|planned|expected|slated|postponed|delayed|moved|set|due|announced|proposed|intended)$/i;
const PAST_VERB = /\b([a-z]+ed|fell|took|began|won|lost|fought|overran|seized|struck|hit)\s+$/;

/** Whether the words just before an "in <month>" match are a verb in the past tense. */
export function pastVerbBefore(m: RegExpExecArray): boolean {
  if (!/^in\s/i.test(m[0])) return false;
  const v = PAST_VERB.exec(m.input.slice(Math.max(0, m.index - 24), m.index));
  return !!v && !AHEAD.test(v[1]!);
}

export function daysBetween(a: string, b: string): number {
  const t = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86400000);
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "on Tuesday": the latest such day on or before the reference date. */
export function resolveWeekday(name: string, ref: string): string {
  // An article names the same weekdays against the same date again and again.
  const key = `${ref} ${name}`;
  let day = weekdays.get(key);
  if (day === undefined) {
    if (weekdays.size > 5000) weekdays.clear();
    weekdays.set(key, (day = weekdayBefore(name, ref)));
  }
  return day;
}
const weekdays = new Map<string, string>();

function weekdayBefore(name: string, ref: string): string {
  const want = WEEKDAYS.findIndex((w) => name.toLowerCase().startsWith(w.slice(0, 3)));
  const back = (weekday(ref) - want + 7) % 7;
  return addDays(ref, -back);
}

export const monthOf = (iso: string): string => iso.slice(0, 7);

export function shiftMonth(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const yy = y + Math.floor(m / 12);
  const mm = ((m % 12) + 12) % 12 + 1;
  return `${yy}-${String(mm).padStart(2, '0')}`;
}
