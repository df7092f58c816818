// An act dated only by the day it was reported takes the day a later sentence gives it: "The
// spokesman told reporters on Tuesday that troops had retaken Kawlin. … units had 'entered and
// secured' Kawlin on August 12" is one recapture, on August 12 — not a second event, nor the
// report's day. The later sentence must name the same place, a verb of the same kind of act and
// one day no later than the report (and at most two months before it); of several ("pulled out on
// Thursday night …, and junta troops marched in on Friday"), the last: the taker's entry.
import { addDays } from '../../core/dates.js';
import type { EventOut } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import { REPORT_DATE, oneDay } from './date-words.js';
import { TERRITORY } from './stage-words.js';

/** The verbs that retell a change of hands. */
const TAKEN = /\b(?:entered|secured|took|taken|retook|retaken|captured|recaptured|seized|overran|regained|fell|cleared|occupied|control\s+of|handed|withdrew|pulled\s+out)\b/i;
/** How many sentences on the retelling may stand. */
const REACH = 8;

/** `dated`: events dated by their own text, left alone. */
export function reportDatedActs(text: string, events: readonly EventOut[], layers: Layers, dated: ReadonlySet<EventOut>): void {
  for (const e of events) {
    if (dated.has(e) || !e.span || !e.date || e.date.length !== 10 || !TERRITORY.has(e.sub_event_type) || !e.location) continue;
    // Its date is a speech verb's day in its own sentence.
    const said = layers.dates.find((d) => d.start >= e.span!.start && d.end <= e.span!.end && d.date === e.date && REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)));
    if (!said) continue;
    const i = layers.sentences.findIndex((s) => s.start === e.span!.start);
    const name = e.location.name;
    for (const s of layers.sentences.slice(i + 1, i + 1 + REACH)) {
      const sent = text.slice(s.start, s.end);
      if (!sent.includes(name) || !TAKEN.test(sent)) continue;
      const own = layers.dates.findLast((d) => d.start >= s.start && d.end <= s.end && oneDay(d) && d.date < e.date! && d.date >= addDays(e.date!, -60)
        && !REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)) && Math.abs(d.start - (s.start + sent.indexOf(name))) < 80);
      // (Another event already told in that sentence at that place is its own: dedupe weighs them.)
      if (!own || events.some((o) => o !== e && o.span?.start === s.start && o.location?.name === name)) continue;
      e.date = own.date;
      break;
    }
  }
}
