// "The day after the capture, a junta jet bombed the town's market": a date told relative to an
// event the story gave before, not to the report. The event named ("the capture", "the attack")
// is the story's first change of hands (for "the capture") or the last event dated to the day
// before it (for "the attack").
import { addDays } from '../../core/dates.js';
import type { EventOut } from '../../core/schema.js';
import type { Candidate } from './clauses.js';
import type { EventDates } from './dates.js';

const DAY_AFTER = /\b(?:the|a) day (after|before) (?:the|that|this) (capture|fall|takeover|seizure|attack|assault|ambush|strike|air ?strike|bombing|blast|explosion|shelling|raid|battle|clash(?:es)?)\b/i;
const TERRITORY = /^(?:Non-state actor overtakes territory|Government regains territory|Non-violent transfer of territory)$/;

/** The dates of an event told "the day after the capture" (or "before"), from that event; null otherwise. */
export function dayAfterEvent(text: string, c: Candidate, events: readonly EventOut[]): EventDates | null {
  const m = DAY_AFTER.exec(text.slice(c.sentence.start, c.trigger.start));
  if (!m) return null;
  const taking = /^(?:capture|fall|takeover|seizure)$/i.test(m[2]!);
  const told = (e: EventOut): boolean => !!e.span && e.span.end <= c.sentence.start && (e.date_end ?? e.date)?.length === 10;
  // "the capture" is the story's own, told first (a background capture may come between); "the attack" the last one told.
  const prev = taking ? events.find((e) => told(e) && TERRITORY.test(e.sub_event_type)) : events.findLast(told);
  if (!prev) return null;
  const day = m[1]!.toLowerCase() === 'after' ? addDays((prev.date_end ?? prev.date)!, 1) : addDays(prev.date!, -1);
  return { date: day, dateEnd: null, explicit: true };
}
