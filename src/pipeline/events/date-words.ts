// The wordings an event's date range is read with (events/dates.ts): ongoing fighting, report
// dates, ranges, asides, datelines, dates that name or measure another event.
import type { DateMention } from '../layers.js';
import { REPORT_VERBS } from '../dates/report-verbs.js';
import { wordGated } from './sentence-words.js';

// Word-gated on the candidate's sentence scan (sentence-words.ts).
// ("has continued since Monday", "have raged": the perfect of going on, up to the report.)
export const ONGOING = wordGated(/\b(?:currently|ongoing|continu(?:es|ing)|still|has (?:currently )?escalated|remains?|(?:has|have) (?:been )?(?:continued|raged|raging|persisted|dragged on|gone on))\b/i);
export const REPORT_DATE = new RegExp(`\\b(?:${REPORT_VERBS}|statement (?:issued|released)|alleged)\\s+(?:late\\s+|early\\s+)?(?:on|in|at)?\\s*$`, 'i');
/** "on Wednesday dismissed reports that an air strike hit …": a date just before a speech verb dates the report. */
export const REPORT_NEXT = /^\s+(?:said|says|told|dismissed|denied|rejected|announced|reported|confirmed|claimed|alleged|accused|insisted)\s+(?:reports?\s+|claims?\s+|that\b|it\b|they\b)/i;
// "from May 28 to May 31", "between Friday and Monday": a range only when its other end follows.
const DAY = /^\d{4}-\d\d-\d\d$/;
/** A date to the day ("2026-03-02"), a range's first day included; not a month or a year. */
export const toTheDay = (d: DateMention): boolean => DAY.test(d.date);
/** One day: to the day and no range. */
export const oneDay = (d: DateMention): boolean => DAY.test(d.date) && !d.dateEnd;
export const RANGE = /\b(?:began|started)\s+(?:on\s+)?$/i;
export const SPAN_FROM = /\b(?:from|between)\s+(?:on\s+)?$/i;
export const SPAN_TO = /^\s*(?:to|until|till|through|and)\s+(?:on\s+)?$/i;
export const RANGE_END = /\b(?:ended|until|through|lasted until|went on until|continued until)\s+(?:on\s+)?$/i;
export const LOOKBACK = 700;
/** "the February 2021 coup", "the 2020 election": a date naming another event, not dating this one. */
export const NAMING_BEFORE = /\bthe\s+$/i;
export const NAMING_AFTER = /^\s+(?:[\w-]+\s+)?(?:coup|offensive|elections?|earthquake|uprising|crackdown|revolution|war|operation|ceasefire)\b/i;
/** After the trigger: an aside still open at the date (", a town that fell in April"; not ", a town that …, in April"). */
// (", the border town the ZRA has held since the military withdrew in late 2024": an appositive
// with no "that" whose holder holds the place since a date is an aside too.)
// (", the regional capital it had seized in August 2024,": a relative clause without "that".)
export const OPEN_ASIDE = /(?:,\s|^)[^,]*\b(?:that|which|who)\s[^,]*$|,\s(?:a|an|the)\s[^,]*\b(?:has|have|had)\s+(?:\w+\s+)?(?:held|controlled|ruled|administered|occupied|run)\s+(?:it\s+)?since\b[^,]*$|,\s(?:a|an|the)\s[^,]*\b(?:it|they|he|she|we)\s+(?:had|has|have)\s+(?:\w+\s+)?\w+(?:ed|en|ken|ld)\b[^,]*$/i;
/** "Clashes in Bhamo town, which began on 25 December, …": an aside dating the event itself. */
export const STARTED = /\b(?:(?:began|started|erupted|broke out|flared)\s+(?:on\s+|in\s+)?|(?:lasted|raged|went on|continued)\s+(?:from|between)\s+)$/i;
export const ASIDE = /,\s[^,]*\b(?:that|which|who)\s|^[^,]*\b(?:that|which|who)\s/i;
// ("overran Moebye in January 2024, only for regime troops to retake it": likewise.)
export const CLOSING = /^\s*,?\s*(?:and|but|then|only for)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** "killed six residents, and in 2024 the army burned …": a date that opens a new clause after a
 * comma and a conjunction (or a semicolon) is the time of the verb after it, not of the one before. */
export const OPENING = /(?:,\s*(?:and|but|while|whereas|then)|;)\s+(?:(?:on|in|at|by|during)\s+)?(?:(?:early|late|mid)[\s-]+)?$/i;
/** Right after such a date the clause goes on with a word ("and on Tuesday, troops shelled"), not a stop. */
export const OPENED_CLAUSE = /^\s*,?\s*\p{L}/u;
/** "the heaviest since 14 February, when a guided bomb struck …": the clause "when" opens after a
 * date tells what happened at that date. */
export const WHEN_CLAUSE = /^\s*,?\s*when\s[^;.!?]{0,120}$/i;

/** "NAIROBI, Kenya, March 5 - ", "BANGKOK, Nov 12 (Reuters) - ": a wire dateline opening the
 * sentence dates the report, never an event (the event's own "on Tuesday" follows). */
const DATELINE_BEFORE = /^\p{Lu}[\p{L}.' -]{1,30}(?:,\s+\p{Lu}[\p{L}.' -]{1,30})?,\s+$/u;
const DATELINE_AFTER = /^,?\s*(?:\([^()\n]{1,30}\)\s*)?(?:--?|[—–])\s/;
export function inDateline(text: string, sentenceStart: number, d: DateMention): boolean {
  return d.start - sentenceStart < 50 && DATELINE_AFTER.test(text.slice(d.end, d.end + 40)) && DATELINE_BEFORE.test(text.slice(sentenceStart, d.start));
}

/** "one of the deadliest attacks since the election ended last month": a date that only measures the
 * record against something else dates nothing told after it. */
export const COMPARED_SINCE = /\b(?:deadliest|worst|largest|biggest|heaviest|bloodiest|fiercest|first|highest|most\s+\w+)\b[^.;!?]{0,80}\bsince\b[^.;!?]{0,60}$/i;

/** Words that set one time against another ("since", "after", "when"), or open a relative clause. */
export const LINKED_TIME = /\b(?:since|after|when|while|as|until|once|which|who|that|week|month|year)\b/i;
/** Captures and recaptures: the two sub-types in which a side takes a place by force. */
export const CAPTURES: ReadonlySet<string> = new Set<string>(['Non-state actor overtakes territory', 'Government regains territory']);
