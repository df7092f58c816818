// "The day after the capture, a junta jet bombed the town's market", "Four days before the Man Loi
// bombing, a drone …": a date told relative to an
// event the story gave before, not to the report. The event named ("the capture", "the attack")
// is the story's first change of hands (for "the capture") or the last event dated to the day
// before it (for "the attack").
import { addDays } from '../../core/dates.js';
import { parseNumberWord } from '../numbers/index.js';
import type { EventOut } from '../../core/schema.js';
import type { Candidate } from './clauses.js';
import type { EventDates } from './dates.js';

// ("Four days before the Man Loi bombing": counted days, and the place that names the event told before.)
const DAY_AFTER = /\b(the|a|one|two|three|four|five|six|seven|\d) days? (after|before) (?:the|that|this) (?:(\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}) )?(capture|fall|takeover|seizure|attack|assault|ambush|strike|air ?strike|drone strike|bombing|blast|explosion|shelling|raid|battle|clash(?:es)?|massacre|killings?)\b/iu;
const TERRITORY = /^(?:Non-state actor overtakes territory|Government regains territory|Non-violent transfer of territory)$/;

/** The dates of an event told "the day after the capture" (or "before"), from that event; null otherwise. */
export function dayAfterEvent(text: string, c: Candidate, events: readonly EventOut[]): EventDates | null {
  const m = DAY_AFTER.exec(text.slice(c.sentence.start, c.trigger.start));
  if (!m) return null;
  const taking = /^(?:capture|fall|takeover|seizure)$/i.test(m[4]!);
  const n = /^(?:the|a)$/i.test(m[1]!) ? 1 : parseNumberWord(m[1]!)!;
  const told = (e: EventOut): boolean => !!e.span && e.span.end <= c.sentence.start && (e.date_end ?? e.date)?.length === 10;
  // "the Man Loi bombing": the event told at that place; none told there, no date from it.
  // (The pattern is case-blind: "the first clash", "the market bombing" name no place, and say
  // no more than which event: left to the sentence's own reading.)
  if (m[3] && !/^\p{Lu}/u.test(m[3])) return null;
  const named = m[3] ? (e: EventOut): boolean => told(e) && e.location?.name === m[3] : undefined;
  // "the capture" is the story's own, told first (a background capture may come between); "the attack" the last one told.
  const prev = named ? events.findLast(named) : taking ? events.find((e) => told(e) && TERRITORY.test(e.sub_event_type)) : events.findLast(told);
  if (!prev) return null;
  const day = m[2]!.toLowerCase() === 'after' ? addDays((prev.date_end ?? prev.date)!, n) : addDays(prev.date!, -n);
  return { date: day, dateEnd: null, explicit: true };
}
