// Running tallies: "have struck villages more than 50 times", "have killed more than 400 civilians since
// November 2023", "KRDN documented at least 143 arrests" count over a period and tell no single event
// (clauses.ts drops such sentences; told-apart.ts keeps a capture their "since" clause dates).
import type { Sentence } from '../layers.js';
import { MONTH } from './background.js';
import { withLiteral } from '../lexicon/gates.js';
import { wordGated, type Starts } from './sentence-words.js';

/** "have struck villages … more than 50 times", "have killed more than 400 civilians … since
 * November 2023": a running tally over a period, told in the perfect tense, is no single event. */
// ("KRDN documented at least 143 arbitrary arrests …": a monitor's count over a period is a statistic, no event.)
const TIMES = /\b(?:[\d,]+|dozens of|hundreds of) times\b/i;
const DOCUMENTED = /\b(?:documented|recorded|verified|registered|tallied|logged)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+)?\d[\d,]*\s/i;
// ("since the start of August", "since the beginning of the month": a period as well; "since the
// fighting began" is the story's own fight, which since-fighting.ts dates.)
const SINCE_PERIOD = new RegExp(String.raw`\bsince (?:(?:early |late |mid-?)?${MONTH}\b|\d{4}\b|the (?:[\w-]+ ){0,3}(?:coup|conflict|war|offensive|fighting(?! (?:began|started|erupted|broke out)\b)|crisis)\b|the (?:start|beginning) of (?:(?:the|this|last) (?:month|year|week)|${MONTH})\b)`, 'i');
const PERFECT = /\b(?:has|have|had)\s+(?:\w+\s+)?(?:been\s+)?\w+(?:ed|en|ck|ht|ne|ld|un|nd)\b/i;
// (A day after its month, "since December 19", is a date, as "19 December" is.)
const TALLY = new RegExp(String.raw`\b(?:more than|over|nearly|almost|at least|hundreds|dozens|scores|thousands|frequent|repeated|regular)\b|(?<!${MONTH}\s)\b(?:\d{2,3}|\d{1,3}(?:,\d{3})+)\b(?!\s+${MONTH})`, 'i');
const isTimes = withLiteral(/ times/i, TIMES);
/** "60 doctors stopped work, demanding stipends that had been withheld since August": the period and
 * its perfect verb sit in a relative clause about a thing, with no count inside it; the count
 * before it is the story's own, no running tally. */
const RELATIVE_SINCE = /\b(?:that|which)\s[^,;.]*?\bsince\b/i;
function sinceInRelativeOnly(sentence: string): boolean {
  const m = RELATIVE_SINCE.exec(sentence);
  return !!m && !PERFECT.test(sentence.slice(0, m.index)) && !TALLY.test(sentence.slice(m.index));
}
/** "In Bhamo, where the two sides have been fighting since 2024, soldiers detained at least 23
 * people": the period and its perfect verb sit in an aside between commas about the place; the
 * sentence outside it tells one event, no running tally. */
const SINCE_ASIDE = /,\s+(?:where|which|who|when)\s[^,;]*?\bsince\b[^,;]*,/i;
function sinceInAsideOnly(sentence: string): boolean {
  const m = SINCE_ASIDE.exec(sentence);
  if (!m) return false;
  const rest = sentence.slice(0, m.index) + sentence.slice(m.index + m[0].length);
  return !(SINCE_PERIOD.test(rest) && PERFECT.test(rest));
}
const sinceTally = (sentence: string): boolean => PERFECT.test(sentence) && TALLY.test(sentence) && !sinceInRelativeOnly(sentence) && !sinceInAsideOnly(sentence);
export function isTally(sentence: string): boolean {
  return isTimes(sentence) || DOCUMENTED.test(sentence) || (SINCE_PERIOD.test(sentence) && sinceTally(sentence));
}
const TIMES_IN = wordGated(TIMES);
const DOCUMENTED_IN = wordGated(DOCUMENTED);
const SINCE_IN = wordGated(SINCE_PERIOD);
/** isTally for a scanned sentence. */
export const tallyIn = (w: Starts, s: Sentence, sent: string): boolean =>
  TIMES_IN(w, s.start, s.end, sent) || DOCUMENTED_IN(w, s.start, s.end, sent) || (SINCE_IN(w, s.start, s.end, sent) && sinceTally(sent));
