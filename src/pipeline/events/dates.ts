// An event's date range. A date in the sentence belongs to the trigger nearest to it ("While
// fighting is intense, the KIA has captured the towns since 2024": 2024 is the capture's), else
// the last date earlier in the paragraph, else the reference date. Ongoing fighting runs to
// publication.
import type { Candidate } from './clauses.js';
import type { DateMention } from '../layers.js';

const ONGOING = /\b(?:currently|ongoing|continu(?:es|ing)|still|has (?:currently )?escalated|remains?)\b/i;

export interface EventDates { date: string | null; dateEnd: string | null; explicit: boolean }

export function eventDates(text: string, c: Candidate, all: readonly Candidate[], dates: readonly DateMention[], published: string | null): EventDates {
  const peers = all.filter((o) => o.sentence === c.sentence);
  const mine = (d: DateMention): boolean => {
    const dist = (o: Candidate): number => Math.abs(d.start - o.trigger.start);
    return peers.every((o) => dist(c) <= dist(o));
  };
  const inSent = dates.filter((d) => d.start >= c.sentence.start && d.end <= c.sentence.end && mine(d));
  const sentText = text.slice(c.sentence.start, c.sentence.end);
  let pick: DateMention | undefined;
  if (inSent.length) {
    pick = [...inSent].sort((a, b) => Math.abs(a.start - c.trigger.start) - Math.abs(b.start - c.trigger.start))[0];
  } else {
    const earlier = dates.filter((d) => d.end <= c.sentence.start && c.sentence.start - d.end < 400 && !text.slice(d.end, c.sentence.start).includes('\n'));
    pick = earlier[earlier.length - 1];
  }
  const date = pick?.date ?? published;
  let dateEnd = pick?.dateEnd ?? null;
  if (published && ONGOING.test(sentText) && date && date.length === 10 && date < published) dateEnd = published;
  return { date, dateEnd, explicit: !!pick };
}
