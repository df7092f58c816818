// Dates counted from a date named right after them: "a week before 28 October" is 21 October,
// "three days after 4 March" is 7 March; and a running count that ends on a named day: fighting
// that "entered its fifth day on Friday" ran from Monday to Friday. The date found for the named
// day gives way to one mention over the whole phrase.
import { addDays } from '../../core/dates.js';
import type { DateMention } from '../layers.js';
import { parseNumberWord } from '../numbers/index.js';

const DAY = /^\d{4}-\d\d-\d\d$/;
const OFFSET = /\b(?:about\s+|some\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+(before|after|prior\s+to)\s+(?:on\s+)?$/i;
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const NTH_DAY = /\b(?:its|the|a)\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:straight\s+|consecutive\s+|successive\s+)?day\s+(?:on\s+)?$/i;

/** `dates` (in text order) with each day-precise date that such a phrase leads into widened to the phrase. */
export function offsetDates(text: string, dates: readonly DateMention[]): DateMention[] {
  return dates.map((d) => {
    if (!DAY.test(d.date) || d.dateEnd) return d;
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    const o = OFFSET.exec(before);
    if (o) {
      const n = parseNumberWord(o[1]!)! * (/^w/i.test(o[2]!) ? 7 : 1);
      return { start: d.start - before.length + o.index, end: d.end, date: addDays(d.date, /^after/i.test(o[3]!) ? n : -n), dateEnd: null, relative: true };
    }
    const k = NTH_DAY.exec(before);
    if (k) {
      const n = ORDINALS[k[1]!.toLowerCase()] ?? parseInt(k[1]!, 10);
      if (n >= 2) return { start: d.start - before.length + k.index, end: d.end, date: addDays(d.date, 1 - n), dateEnd: d.date, relative: d.relative };
    }
    return d;
  });
}
