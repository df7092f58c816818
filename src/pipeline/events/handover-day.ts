// A handover told across two verbs is dated by that retelling: "The TNLA has handed Momeik back …
// The last TNLA fighters left on Monday, and army trucks drove in the following afternoon" happened
// on Monday, the going's day (one event, not one per verb; not the day of the truce the lead
// sentence recalls); with the going undated, on the taker's entry day. The retelling follows the event's sentence closely, names no other town,
// and dates the entry after the event's own day and no later than the story.
import { addDays } from '../../core/dates.js';
import type { EventOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { oneDay } from './date-words.js';

/** "left …, and troops drove in …": one side's going, then the other's coming. */
const LEFT = /\b(?:left|withdrew|pulled\s+(?:[\w'’-]+\s+){0,4}out|fell\s+back|moved\s+out|abandoned)\b/i;
const ENTERED = /\band\s+(?:[\w'’()-]+\s+){1,10}?(?:arrived|drove\s+in|moved\s+in|marched\s+in|rolled\s+in|walked\s+in|entered|took\s+over)\b/i;
const HANDS = new Set(['Non-violent transfer of territory', 'Government regains territory', 'Non-state actor overtakes territory']);
/** How many sentences after the event's the retelling may stand. */
const REACH = 2;

/** `dated`: the events their own words date. One dated the story's day for want of any other (not
 * `dated`) takes an entry day up to a month before it; one dated to a span, a day inside it. */
export function handoverDays(text: string, events: readonly EventOut[], layers: Layers, published: string | null, dated: ReadonlySet<EventOut>): void {
  for (const e of events) {
    if (!HANDS.has(e.sub_event_type) || !e.span || !e.location || !e.date || e.date.length !== 10) continue;
    const i = layers.sentences.findIndex((s) => s.start === e.span!.start);
    // (The event's own sentence first: "pulled its units out of the town on Monday, and troops arrived the following day".)
    for (const s of layers.sentences.slice(i, i + 1 + REACH)) {
      const own = s.start === e.span.start;
      const sent = text.slice(s.start, s.end);
      const entry = ENTERED.exec(sent);
      if (!entry || !LEFT.test(sent.slice(0, entry.index))) continue;
      // (A sentence of its own event, or about another town, tells another change of hands.)
      if (!own && (events.some((o) => o.span?.start === s.start) || layers.places.some((p) => p.start >= s.start && p.end <= s.end && otherTown(text, p, e.location!.name)))) break;
      // (A dated going keeps the handover on its first day, as one act told in two steps is dated:
      // "withdrew on Monday …, and troops moved in the next day" is Monday's.)
      const left = layers.dates.find((d) => d.start >= s.start && d.end <= s.start + entry.index && oneDay(d));
      const entered = layers.dates.find((d) => d.start >= s.start + entry.index && d.end <= s.end && oneDay(d));
      const fits = (day: string): boolean => (!published || day <= published) && (day === e.date || inRange(day, e.date!, e.date_end) || (day > e.date! ? day <= addDays(e.date!, 31) : !dated.has(e) && e.date === published && day >= addDays(e.date!, -31)));
      const day = [left, entered].find((d) => d && fits(d.date));
      if (day) { e.date = day.date; e.date_end = null; }
      break;
    }
  }
}

/** Another town the sentence is about: not where the leavers went ("left for Namhsan") or a road's name ("along the Mogoke road"). */
function otherTown(text: string, p: PlaceMention, name: string): boolean {
  return !!p.location && /^(?:town|village)$/.test(p.location.precision) && p.location.name !== name
    && !/\b(?:for|to|towards?|from)\s+$/i.test(text.slice(Math.max(0, p.start - 9), p.start)) && !/^[\s-]+(?:road|highway)\b/i.test(text.slice(p.end, p.end + 10));
}

const inRange = (day: string, from: string, to: string | null): boolean => !!to && from <= day && day <= to;
