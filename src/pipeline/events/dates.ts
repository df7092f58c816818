// An event's date range. A date in the sentence belongs to the nearest trigger before it ("the
// KIA has captured the towns since 2024"; "captured Gwa on Sunday after a two-week battle"), or
// the nearest after it when none precedes. A date right after a speech verb ("reported on
// Sunday") dates the report, not the event. "began on X and ended on Y" is a range. Without a
// date in the sentence: the last date earlier in the paragraph or the one before, else the
// reference date. Ongoing fighting runs to publication.
import { RETAKE, type Candidate } from './clauses.js';
import type { DateMention, Sentence } from '../layers.js';
import { addDays } from '../../core/dates.js';
import { describedFrom } from './apposed-capture.js';
import { isBackgroundDate, startsHeld } from './background-dates.js';
import { ASIDE, CAPTURES, CLOSING, OPENED_CLAUSE, OPENING, WHEN_CLAUSE, COMPARED_SINCE, LINKED_TIME, LOOKBACK, NAMING_AFTER, NAMING_BEFORE, ONGOING, OPEN_ASIDE, RANGE, RANGE_END, REPORT_DATE, REPORT_NEXT, SPAN_FROM, SPAN_TO, STARTED, inDateline } from './date-words.js';


export interface EventDates { date: string | null; dateEnd: string | null; explicit: boolean }

/** Per sentence of one document: what every candidate of the sentence reads alike (its peers,
 * its event dates and their owners), worked out once for the sentence, not once per candidate. */
export type SentenceDates = Map<Sentence, { peers: Candidate[]; datesIn: DateMention[]; owners: Map<DateMention, Candidate | undefined> }>;

/** `memo`: one per document (see SentenceDates). */
export function eventDates(text: string, c: Candidate, all: readonly Candidate[], dates: readonly DateMention[], published: string | null, memo: SentenceDates = new Map()): EventDates {
  const future = (d: DateMention): boolean => !!published && d.date.slice(0, published.length) > published;
  /** The day a speech verb in the candidate's sentence dates ("said on Tuesday"). */
  const reportDate = (): DateMention | undefined =>
    dates.find((d) => d.start >= c.sentence.start && d.end <= c.sentence.end && !future(d) && d.date.length === 10 && REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)));
  let known = memo.get(c.sentence);
  if (!known) {
    known = {
      peers: all.filter((o) => o.sentence === c.sentence),
      datesIn: dates.filter((d) => d.start >= c.sentence.start && d.end <= c.sentence.end && (!future(d) || d.relative) && !REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)) && !REPORT_NEXT.test(text.slice(d.end, d.end + 30)) && !namesEvent(text, d) && !inDateline(text, c.sentence.start, d)),
      owners: new Map(),
    };
    memo.set(c.sentence, known);
  }
  const { peers, datesIn: eventDatesIn, owners } = known;
  const isRetake = (o: Candidate): boolean => RETAKE.test(text.slice(o.trigger.start, o.trigger.end));
  // Nearest trigger, counting a trigger after the date at double distance (dates usually follow
  // the verb they date).
  // A date inside a relative aside dates the aside ("the KNA, the BGF that broke with the junta in
  // early 2024, handed …"; "…, a group that signed the NCA in 2015").
  const aside = (d: DateMention, o: Candidate): boolean => (o.trigger.start < d.start
    ? openAside(text.slice(o.trigger.end, d.start))
    : text.slice(d.end, o.trigger.start).includes(',') && ASIDE.test(text.slice(c.sentence.start, d.start).split(',').pop() ?? ''));
  // "clashed in X on Monday and captured the town on Wednesday": a date that closes a clause
  // before "and"/"but" belongs to the trigger before it, not to the verb after the conjunction.
  const closes = (d: DateMention, o: Candidate): boolean => o.trigger.start > d.end && CLOSING.test(text.slice(d.end, o.trigger.start))
    && peers.some((p) => p !== o && (p.sub !== o.sub || isRetake(p) !== isRetake(o)) && p.trigger.end <= d.start); // ("attacked on Saturday, and clashes continued through Wednesday": one fight)
  // The mirror: "killed six residents, and in 2024 the army burned …": a date that opens the clause
  // of a later trigger is that trigger's, not the one before the conjunction.
  // (The clause's own verb need not be a trigger: "and in 2024 the army burned parts of …".)
  const opens = (d: DateMention, o: Candidate): boolean => o.trigger.end <= d.start && OPENED_CLAUSE.test(text.slice(d.end, d.end + 12)) && OPENING.test(text.slice(o.trigger.end, d.start));
  // "since 14 February, when a guided bomb struck the plant": the date is the when-clause's event's.
  const whenOther = (d: DateMention, o: Candidate): boolean => !(o.trigger.start >= d.end && WHEN_CLAUSE.test(text.slice(d.end, o.trigger.start)))
    && peers.some((p) => p !== o && p.trigger.start >= d.end && WHEN_CLAUSE.test(text.slice(d.end, p.trigger.start)));
  // "has held Buthidaung since May 2024 and captured Maungdaw … in December 2024": the start of a
  // state held dates no change of hands told after it.
  const heldFrom = (d: DateMention, o: Candidate): boolean => o.trigger.start > d.end && startsHeld(text, d);
  // "bombed Falam, a town the Chinland Council took in April 2025, on Tuesday": a trigger inside an
  // aside does not reach past the comma that closes it.
  const closedAside = (d: DateMention, o: Candidate): boolean => o.trigger.start < d.start && text.slice(o.trigger.end, d.start).includes(',') && inAside(text, c.sentence.start, o);
  const cost = (d: DateMention, o: Candidate): number => (aside(d, o) ? 1e6 : 0) + (heldFrom(d, o) || closedAside(d, o) ? 1e5 : 0) + (closes(d, o) || opens(d, o) || whenOther(d, o) ? 1e4 : 0) + (o.trigger.start < d.start ? d.start - o.trigger.end : 2 * (o.trigger.start - d.end));
  // The cheapest peer, the first of equals (what a stable sort puts first); the same for every peer's call.
  const owner = (d: DateMention): Candidate | undefined => {
    if (owners.has(d)) return owners.get(d);
    const o = cheapest(peers, (p) => cost(d, p));
    owners.set(d, o);
    return o;
  };
  // A date inside an aside dates the aside, even when no other trigger is there to take it.
  const owned = eventDatesIn.filter((d) => owner(d) === c && !aside(d, c) && !opens(d, c));
  // "the heaviest since 14 February, when a guided bomb struck …": the when-clause's event is at that date, measured or not
  // (or at a finer one told inside the clause: "in late January, when its fighters clashed … on 28 January").
  const whenOwn = owned.find((d) => c.trigger.start >= d.end && WHEN_CLAUSE.test(text.slice(d.end, c.trigger.start)));
  // ("The largest protests since 2021 took place on Sunday": a date that only measures the event is not its date, when it has one.)
  const measured = (d: DateMention): boolean => COMPARED_SINCE.test(text.slice(Math.max(c.sentence.start, d.start - 160), d.start + 6))
    && (/^since\b/i.test(text.slice(d.start, d.end)) || /\bsince\s+$/i.test(text.slice(Math.max(c.sentence.start, d.start - 8), d.start))
      // ("… deadliest attacks since the junta seized power in 2020": the date of the clause "since" opens measures too.)
      || SINCE_CLAUSE.test(text.slice(Math.max(c.sentence.start, d.start - 60), d.start)));
  const mine = whenOwn ? owned.filter((d) => d.start >= whenOwn.start) : owned.some((d) => !measured(d)) ? owned.filter((d) => !measured(d)) : owned;
  const sentText = text.slice(c.sentence.start, c.sentence.end);
  let pick: DateMention | undefined;
  let dateEnd: string | null = null;
  let same: DateMention | undefined;
  if (mine.length) {
    const from = mine.find((d) => SPAN_FROM.test(text.slice(Math.max(0, d.start - 20), d.start)));
    const to = from && eventDatesIn.find((d) => d.start > from.end && SPAN_TO.test(text.slice(from.end, d.start)) && (d.date >= from.date || from.relative));
    // "from Friday to Monday" read back from a Saturday: the Friday is the one before that Monday.
    if (from && to) return { date: to.date < from.date && from.relative && from.date.length === 10 ? addDays(from.date, -7) : from.date, dateEnd: to.dateEnd ?? to.date, explicit: true };
    // ("captured X on October 12 after fighting that began on September 8": the nearer date is the capture's.)
    const start = mine.find((d) => RANGE.test(text.slice(Math.max(0, d.start - 20), d.start)) && !mine.some((o) => o.start > c.trigger.end && o.end <= d.start));
    const end = start && mine.find((d) => d !== start && RANGE_END.test(text.slice(Math.max(0, d.start - 20), d.start)));
    const until = mine.find((d) => RANGE_END.test(text.slice(Math.max(0, d.start - 20), d.start)));
    if (!start && until && mine.length === 1) {
      // "the fighting went on until Monday": it started at the date the paragraph gave before.
      const from = dates.filter((d) => d.end <= c.sentence.start && c.sentence.start - d.end < LOOKBACK && d.date <= until.date).pop();
      if (from) return { date: from.date, dateEnd: until.date, explicit: true };
    }
    // "entered Bilin on October 21 and fought … until October 26": the earlier date starts it.
    const opening = !start && until ? mine.find((d) => d !== until && d.end <= until.start && d.date <= until.date) : undefined;
    if (opening) return { date: opening.date, dateEnd: until!.date, explicit: true };
    // The date closest to this trigger: "… since launching an incursion on 6 August, Moscow said its forces had retaken X on Tuesday".
    pick = start ?? cheapest(mine, (d) => cost(d, c));
    // "Last year, bombers rammed … on March 4, 2025": a finer date inside the one picked is the same time, told exactly.
    const coarse = pick;
    if (!start && coarse && !coarse.dateEnd) pick = mine.find((d) => d.start > c.trigger.end && d.date.length > coarse.date.length && d.date.startsWith(coarse.date) && !d.dateEnd) ?? coarse;
    if (end) dateEnd = end.date;
  } else if ((same = sameTime(text, eventDatesIn, c))) {
    // "was taken in December 2024, the same month that Maungdaw fell": the date named just before.
    return { date: same.date, dateEnd: same.dateEnd, explicit: true };
  } else if (eventDatesIn.some((d) => d.end <= c.trigger.start && !aside(d, c) && /\band\s+(?:[\w'’-]+\s+){0,3}$/i.test(text.slice(d.end, c.trigger.start)))) {
    // "On Monday, fighters attacked the base and captured the town": a verb joined by "and" with
    // no date of its own happened at the time of the one before it.
    const shared = eventDatesIn.filter((d) => d.end <= c.trigger.start && !aside(d, c)).pop()!;
    return { date: shared.date, dateEnd: null, explicit: false };
  } else if (eventDatesIn.every((d) => aside(d, c))) {
    // (The last one only: searched from the end.)
    const inherited = dates.findLast((d) => d.end <= c.sentence.start && c.sentence.start - d.end < LOOKBACK && lineBreaksUpTo(text, d.end, c.sentence.start, 3) <= 2
      && !future(d) && !REPORT_DATE.test(text.slice(Math.max(0, d.start - 40), d.start)) && !COMPARED_SINCE.test(text.slice(Math.max(0, d.start - 160), d.start)));
    // A date borrowed from context is a guess: it dates the event but does not make it a new one.
    // A background date (a state's start, an aside, an old capture) dates nothing told after it.
    // "… raided in May of last year. The army reported on Wednesday that rebels had attacked …":
    // a date a month or more before the sentence's own report date is stale, not this event's.
    const said = inherited && reportDate();
    // ("The RSF announced on 1 December that it had seized …" after a paragraph dated 7 December: what
    // a report tells had happened by the report's day; a later date borrowed from context cannot be its.)
    const stale = !!said && (inherited!.date.slice(0, 7) < addDays(said.date, -31).slice(0, 7) || inherited!.date.slice(0, 10) > said.date);
    if (inherited && !stale && !isBackgroundDate(text, inherited)) return { date: inherited.date, dateEnd: inherited.dateEnd, explicit: false };
  }
  // A year the text left out and that lands after publication belongs to the year before
  // ("had taken Kyondoe on 12 January" in a November article).
  if (pick && pick.relative && published && pick.date > published) pick = { ...pick, date: String(Number(pick.date.slice(0, 4)) - 1) + pick.date.slice(4), dateEnd: null };
  // "The PNLO said on Tuesday that it had moved its headquarters": with nothing else dating the
  // event, the report's date (the latest it can have happened) is nearer than publication.
  // "In 2014 rebels captured Malakal several times before government troops retook it": an
  // undated retaking after an earlier change of hands in the sentence happened in its time.
  if (!pick && RETAKE.test(text.slice(c.trigger.start, c.trigger.end))) {
    const prior = dates.filter((d) => d.start >= c.sentence.start && d.end <= c.trigger.start && !future(d)).pop();
    if (prior) return { date: prior.date, dateEnd: null, explicit: false };
  }
  // "militants attacked the base before dawn on Tuesday, opening with a suicide car bomb and then
  // storming the compound": a trigger whose sentence has one event date (a day), taken by another
  // trigger nearer to it, is part of that day's episode.
  if (!pick && eventDatesIn.length === 1) {
    const only = eventDatesIn[0]!;
    // (Not "have been attacking since Monday, and the army has answered with air strikes", nor
    // "handed the town back …, since the two sides agreed a ceasefire on 28 October", nor "killed on
    // Monday when artillery struck …, in a week that also saw an ambush": a time word between the
    // date and the trigger ties them to different moments.)
    if (only.date.length === 10 && !only.dateEnd && !aside(only, c) && only.start >= c.clause.start && only.end <= c.clause.end && !LINKED_TIME.test(text.slice(Math.min(only.end, c.trigger.end), Math.max(only.start, c.trigger.start)))) return { date: only.date, dateEnd: null, explicit: false };
  }
  if (!pick) {
    const said = reportDate();
    if (said) return { date: said.date, dateEnd: null, explicit: false };
  }
  const date = pick?.date ?? published;
  dateEnd = dateEnd ?? pick?.dateEnd ?? null;
  // The pattern last: it reads the whole sentence, and most events already fail the cheap tests.
  // A town taken on a day is taken that day ("El Adde, where fighters overran a base on January 15,
  // 2016, still carries the memory"): a capture dated to the day never runs on to publication.
  if (published && date && date.length === 10 && date < published && !dateEnd && !(pick && CAPTURES.has(c.sub)) && ONGOING(c.words, c.sentence.start, c.sentence.end, sentText)) dateEnd = published;
  return { date, dateEnd, explicit: !!pick };
}

/** "since the war began in", "since the coup in": a clause "since" opens, up to its date (no other date inside). */
const SINCE_CLAUSE = /\bsince\s+(?:the|a|an|its|their|his|her)\s+[^\d,.;!?]{0,40}$/i;

/** ", the same month that", "the same day as": the time of the date just before. */
const SAME_TIME = /\bthe same (?:day|night|week|month|year)\b[^.;]*$/i;
function sameTime(text: string, datesIn: readonly DateMention[], c: Candidate): DateMention | undefined {
  const d = datesIn.findLast((x) => x.end <= c.trigger.start);
  return d && SAME_TIME.test(text.slice(d.end, c.trigger.start)) ? d : undefined;
}

/** ", which the KIA captured", "Falam, a town the Chinland Council took": the trigger's clause describes a place named before. */
const WHICH_OPEN = /,\s*which\s[^,]*$/i;
/** "Surkhua, a hill town … that the Council has run since its troops drove out …": an appositive
 * whose relative clause, with a side of its own as subject, holds the trigger, however long the
 * description before "that" ("…, a village that was also hit …, on March 27" is the aside's own date). */
const APPOSED_RELATIVE = /,\s+(?:a|an|the)\s[^,]*\b(?:that|which)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4}(?:has|have|had)\s[^,]*$/;
function inAside(text: string, sentenceStart: number, o: Candidate): boolean {
  const left = text.slice(Math.max(sentenceStart, o.trigger.start - 120), o.trigger.start);
  return WHICH_OPEN.test(left) || describedFrom(left) >= 0 || APPOSED_RELATIVE.test(text.slice(Math.max(sentenceStart, o.trigger.start - 200), o.trigger.start));
}

/** The first of `xs` with the least `cost` ([...xs].sort by cost, then [0], without the sort). */
function cheapest<T>(xs: readonly T[], cost: (x: T) => number): T | undefined {
  let best: T | undefined, least = Infinity;
  for (const x of xs) {
    const k = cost(x);
    if (k < least) { best = x; least = k; }
  }
  return best;
}

function namesEvent(text: string, d: DateMention): boolean {
  return NAMING_BEFORE.test(text.slice(Math.max(0, d.start - 8), d.start)) && NAMING_AFTER.test(text.slice(d.end, d.end + 40));
}

/** The text from the trigger to a date after it leaves an aside open, one that is not about the event starting. */
const openAside = (gap: string): boolean => OPEN_ASIDE.test(gap) && !STARTED.test(gap);

/** How many "\n" the text holds between `from` and `to`, counting no further than `limit`
 * (no slice, no split: the events stage asks for every earlier date). */
export function lineBreaksUpTo(text: string, from: number, to: number, limit: number): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to && n < limit; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
