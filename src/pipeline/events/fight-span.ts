// "took the camp on Tuesday afternoon, ending a three-day assault": a fight counted in days that a
// dated act ends ran up to that day from the days before it. The clash gets that range, so it stays
// an event of its own beside the capture (dedupe.ts joins a clash to a capture only on one date).
import { addDays } from '../../core/dates.js';
import type { Candidate } from './clauses.js';
import type { EventDates } from './dates.js';

const NUMBER: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** "ending a three-day", "capping its 10-day", "ending the two-week" right before the fight noun. */
const ENDING = /\b(?:ending|concluding|capping|closing)\s+(?:a|an|the|its|their)\s+(two|three|four|five|six|seven|eight|nine|ten|\d{1,2})-(day|week)(?:-long)?\s+$/i;

/** The clash's range when its trigger is a fight that a dated act ends; otherwise the dates as they are. */
export function endedFightSpan(text: string, c: Candidate, d: EventDates): EventDates {
  if (c.sub !== 'Armed clash' || !d.date || d.date.length !== 10 || d.dateEnd) return d;
  const m = ENDING.exec(text.slice(Math.max(c.sentence.start, c.trigger.start - 40), c.trigger.start));
  if (!m) return d;
  const n = NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
  const days = /^week/i.test(m[2]!) ? n * 7 : n;
  if (!(days >= 2 && days <= 70)) return d;
  return { date: addDays(d.date, -(days - 1)), dateEnd: d.date, explicit: d.explicit };
}
