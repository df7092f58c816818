// Tolls no event keeps, once the story's events are merged.
// "The AA said the assault began on April 2 and that by April 5 its forces had seized the base,
// killing at least 35 soldiers": a sentence that tells a battle and the capture it ended in, on
// different days at one place, gives a toll over the whole assault. ACLED leaves a total the text
// does not split between events out of both (FORMAT.md), so neither the battle nor the capture
// keeps it, whether it was told in that sentence or after it.
// A toll one sentence gives to events at two places is split between neither, too.
// "… said 11 villagers lost their lives and that six suspects were arrested": an arrest, a
// handover, an agreement, a protest or a looting kills no one; a toll its sentence told is
// another event's (an abduction "killing three" keeps its dead: some go with the taking).
import type { EventOut, SubEventType } from '../../core/schema.js';
import { CAPTURES } from './date-words.js';

const NO_DEAD = new Set<SubEventType>(['Arrests', 'Agreement', 'Non-violent transfer of territory', 'Peaceful protest', 'Looting/property destruction', 'Headquarters or base established', 'Disrupted weapons use', 'Change to group/activity', 'Other']);
const DAYS_LONG = /\b(?:after|following|ending)\s+(?:(?:nearly|almost|about|some|more than|over)\s+)?(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many)[- ](?:days?|weeks?|months?)|a (?:week|month))(?:\s+of\s+(?:heavy\s+|fierce\s+)?(?:fighting|clashes|battles?|assault)|[- ](?:long\s+)?(?:assault|offensive|siege|battle))\b/i;
const placeOf = (e: EventOut): string => e.location?.name ?? '';

export function assaultTotals(events: readonly EventOut[]): void {
  // "took the hill camp on Monday and seized a second outpost on Wednesday, killing 25 soldiers across
  // the two operations": one sentence's toll given to two events of one kind at two places is no
  // one event's (a toll of another kind of event told beside is that one's).
  for (const e of events) {
    if (!e.fatalities || !e.span) continue;
    const shared = events.filter((o) => o.span?.start === e.span!.start && o.fatalities === e.fatalities && o.sub_event_type === e.sub_event_type);
    if (shared.some((o) => placeOf(o) !== placeOf(e))) for (const o of shared) o.fatalities = null;
  }
  for (const e of events) if (NO_DEAD.has(e.sub_event_type) && e.fatalities) e.fatalities = null;
  for (const taken of events) {
    if (!CAPTURES.has(taken.sub_event_type) || !taken.span) continue;
    // (Told in another sentence, the battle is the same assault when the capture's sentence says it
    // lasted days: "captured Indaw on January 30 after nearly three weeks of fighting".)
    const days = DAYS_LONG.test(taken.evidence ?? '');
    const battle = events.find((b) => b.sub_event_type === 'Armed clash' && (days || b.span?.start === taken.span!.start) && placeOf(b) === placeOf(taken) && b.date !== taken.date);
    if (!battle || (battle.fatalities === null && taken.fatalities === null)) continue;
    battle.fatalities = null;
    taken.fatalities = null;
  }
}
