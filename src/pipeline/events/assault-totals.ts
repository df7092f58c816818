// "The AA said the assault began on April 2 and that by April 5 its forces had seized the base,
// killing at least 35 soldiers": a sentence that tells a battle and the capture it ended in, on
// different days at one place, gives a toll over the whole assault. ACLED leaves a total the text
// does not split between events out of both (FORMAT.md), so neither the battle nor the capture
// keeps it, whether it was told in that sentence or after it.
import type { EventOut, SubEventType } from '../../core/schema.js';

const TERRITORY = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory']);
const placeOf = (e: EventOut): string => e.location?.name ?? '';

export function assaultTotals(events: readonly EventOut[]): void {
  for (const taken of events) {
    if (!TERRITORY.has(taken.sub_event_type) || !taken.span) continue;
    const battle = events.find((b) => b.sub_event_type === 'Armed clash' && b.span?.start === taken.span!.start && placeOf(b) === placeOf(taken) && b.date !== taken.date);
    if (!battle || (battle.fatalities === null && taken.fatalities === null)) continue;
    battle.fatalities = null;
    taken.fatalities = null;
  }
}
