// "dozens of people had been arrested at checkpoints since the fighting began": the fighting is the
// story's own, told before; the event runs from that fighting's first day to publication.
import type { EventOut } from '../../core/schema.js';
import type { Candidate } from './clauses.js';
import type { EventDates } from './dates.js';

const SINCE_FIGHTING_BEGAN = /\bsince the (?:[\w-]+ )?(?:fighting|clashes) (?:began|started|erupted|broke out)\b/i;

/** The dates of an event told "since the fighting began", from the story's first dated clash; null otherwise. */
export function sinceFightingBegan(text: string, c: Candidate, events: readonly EventOut[], published: string | null): EventDates | null {
  if (!SINCE_FIGHTING_BEGAN.test(text.slice(c.clause.start, c.clause.end))) return null;
  const fight = events.find((e) => e.sub_event_type === 'Armed clash' && e.date && e.span && e.span.end <= c.sentence.start);
  return fight ? { date: fight.date, dateEnd: published, explicit: true } : null;
}
