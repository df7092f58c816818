// An event's date range. A date in the sentence belongs to the nearest trigger before it ("the
// KIA has captured the towns since 2024"; "captured Gwa on Sunday after a two-week battle"), or
// the nearest after it when none precedes. A date right after a speech verb ("reported on
// Sunday") dates the report, not the event. "began on X and ended on Y" is a range. Without a
// date in the sentence: the last date earlier in the paragraph or the one before, else the
// reference date. Ongoing fighting runs to publication.
import type { Candidate } from './clauses.js';
import type { DateMention } from '../layers.js';

const ONGOING = /\b(?:currently|ongoing|continu(?:es|ing)|still|has (?:currently )?escalated|remains?)\b/i;
const REPORT_DATE = /\b(?:said|says|reported|announced|claimed|told [\w ]{1,30}|statement (?:issued|released)|stated|alleged)\s+(?:late\s+|early\s+)?(?:on|in|at)?\s*$/i;
const RANGE = /\b(?:began|started)\s+(?:on\s+)?$/i;
const RANGE_END = /\b(?:ended|until|through|lasted until)\s+(?:on\s+)?$/i;
const LOOKBACK = 700;

export interface EventDates { date: string | null; dateEnd: string | null; explicit: boolean }

export function eventDates(text: string, c: Candidate, all: readonly Candidate[], dates: readonly DateMention[], published: string | null): EventDates {
  const peers = all.filter((o) => o.sentence === c.sentence);
  const owner = (d: DateMention): Candidate | undefined => {
    const before = peers.filter((o) => o.trigger.start < d.start).sort((a, b) => b.trigger.start - a.trigger.start)[0];
    return before ?? peers.sort((a, b) => a.trigger.start - b.trigger.start)[0];
  };
  const eventDatesIn = dates.filter((d) => d.start >= c.sentence.start && d.end <= c.sentence.end && !REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)));
  const mine = eventDatesIn.filter((d) => owner(d) === c);
  const sentText = text.slice(c.sentence.start, c.sentence.end);
  let pick: DateMention | undefined;
  let dateEnd: string | null = null;
  if (mine.length) {
    const start = mine.find((d) => RANGE.test(text.slice(Math.max(0, d.start - 20), d.start)));
    const end = start && mine.find((d) => d !== start && RANGE_END.test(text.slice(Math.max(0, d.start - 20), d.start)));
    pick = start ?? mine[0];
    if (end) dateEnd = end.date;
  } else if (!eventDatesIn.length) {
    const earlier = dates.filter((d) => d.end <= c.sentence.start && c.sentence.start - d.end < LOOKBACK && text.slice(d.end, c.sentence.start).split('\n').length <= 3
      && !REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)));
    pick = earlier[earlier.length - 1];
  }
  const date = pick?.date ?? published;
  dateEnd = dateEnd ?? pick?.dateEnd ?? null;
  if (published && ONGOING.test(sentText) && date && date.length === 10 && date < published && !dateEnd) dateEnd = published;
  return { date, dateEnd, explicit: !!pick };
}
