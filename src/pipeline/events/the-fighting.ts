// "A soldier and four rebels were killed when troops clashed with armed men in X town on Tuesday.
// Three other soldiers were wounded in the fighting in Barangay Y, which lasted three hours": a
// sentence right after a battle that tells more of "the fighting" is that battle, not a second
// one. The place it names (a village where the first named a town) is where the battle was.
import type { EventOut } from '../../core/schema.js';
import { precisionRank } from '../places/best.js';

const THE_FIGHTING = /\b(?:in|during|after)\s+the\s+(?:fighting|clash(?:es)?|battle|gunfight|gun battle|firefight|exchanges? of fire)\b/i;
/** At most this many characters between the battle's sentence and the one that names it back. */
const NEXT = 3;

export function theFightingBefore(text: string, events: EventOut[]): void {
  for (let i = events.length - 1; i > 0; i--) {
    const e = events[i]!, prev = events[i - 1]!;
    if (e.sub_event_type !== 'Armed clash' || prev.sub_event_type !== 'Armed clash' || !e.span || !prev.span) continue;
    if (e.span.start - prev.span.end > NEXT || e.span.start <= prev.span.start) continue;
    // (The cheap word first: most battles are not named back.)
    const sent = text.slice(e.span.start, e.span.end);
    if (!sent.includes(' the ') || !THE_FIGHTING.test(sent)) continue;
    if (e.date && prev.date && e.date !== prev.date) continue;
    const a = prev.location, b = e.location;
    if (a && b && (a.country !== b.country || (a.admin1_pcode && b.admin1_pcode && a.admin1_pcode !== b.admin1_pcode))) continue;
    // (As fine as the first place will do: "in the fighting in X" says where the fighting was, the
    // lead often names the town around it.)
    if (b && (!a || precisionRank(b.precision) >= precisionRank(a.precision))) prev.location = b;
    if (prev.fatalities === null) prev.fatalities = e.fatalities;
    events.splice(i, 1);
  }
}
