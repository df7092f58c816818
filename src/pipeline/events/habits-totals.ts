// Habits, trends and totals: a trigger told as what tends to happen ("routinely", "almost every
// day", "has been using"), as a count over a period ("so far this year", "since the coup"), as a
// generalisation ("repeated strikes", "more than 40 air strikes") or as a war's running toll is no
// single event. Part of isBackground (background.ts), which asks these after its reference tests.
import { wordGated } from './sentence-words.js';
import type { TriggerParts } from './background.js';

/** Month names, for the date patterns. */
export const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** "The insurgency, which began in 2017, has killed more than 6,000 people": a war's running toll. */
const CAMPAIGN_TOTAL = /^\s*(?:the|this|its|their)\s+(?:[\w-]+\s+)?(?:war|conflict|insurgency|insurrection|violence|crisis|uprising|rebellion|civil war)\b[^;]*\b(?:has|have)\s+(?:so far\s+)?$/i;
/** "It has killed more than 6,000 people": a toll in thousands told in the perfect is a war's running total (read after "kill"). */
const RUNNING_TOLL = /^\s+(?:(?:more than|over|at least|nearly|almost|about|some|an estimated|roughly)\s+)?(?:\d{1,3}(?:,\d{3})+|\d{4,}|(?:tens of |hundreds of )?thousands)\b/i;
/** "The conflict began in 2017 after a crackdown on protests": how a war began, history told as background. */
// ("Ethnic violence … broke out on May 3, 2023, and has killed more than 260 people": a full date too.)
const WAR_ORIGIN = wordGated(new RegExp(String.raw`\b(?:conflict|war|insurgency|insurrection|crisis|uprising|rebellion|unrest|violence)\b[^.;]*?\b(?:began|started|erupted|broke out)\s+(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH}\s+(?:\d{1,2},?\s+)?|\d{1,2}\s+${MONTH}\s+)?\d{4}\b[^.;]*$`, 'i'));
/** "some of the deadliest air attacks", "repeated strikes": a generalisation, not one event. */
const GENERIC = wordGated(/\b(?:some of the|many|several|repeated|frequent|numerous|dozens of|hundreds of)\s+(?:[\w-]+\s+)?$/i);
const SALVO = /\b(?:fired|launched|dropped|lobbed)\s+(?:several|multiple|dozens of|hundreds of)\s+(?:[\w-]+\s+)?$/i;
// (The number ends in a digit: "In June 2023, troops burned …" is a date and a subject.)
/** A trigger that opens on a past verb ("burned homes", "attacked a post"), not on a counted noun ("air strikes"). */
const VERB_FIRST = /^[a-z]+(?:ed|nt)\s/i;
const STATISTIC = /\b(?:more than|over|at least|about|nearly|some|almost)?\s*\d(?:[\d,]*\d)?\s+(?:[\w-]+\s+)?$/i;
/** "relied on", "routinely": a habit. A match is at most 52 characters and ends the text: its
 * last 53 are enough (one more keeps \b exact). */
const RELIED = wordGated(/\b(?:relied|relies|rely|increasingly|routinely|regularly|frequently)\b[^.]{0,40}$/i);
/** "informers are sometimes killed without trial", "young men are often detained at checkpoints": a present
 * passive with a frequency word tells what tends to happen, not one event. */
const HABIT_PASSIVE = wordGated(/\b(?:are|is)\s+(?:still\s+|also\s+)?(?:sometimes|often|usually|commonly|occasionally|typically|generally|constantly)\s+(?:being\s+)?$/i);
/** "has been using", "have been carrying out" just before a plural weapon or attack noun: a practice. */
const BEEN_USING = wordGated(/\b(?:has|have) been (?:using|carrying out|conducting|launching|deploying)\s+(?:[\w-]+\s+){0,2}$/i);
/** "has sharply increased its air strikes", "stepped up drone attacks": a trend in a kind of attack, not one. */
const STEPPED_UP = wordGated(/\b(?:increased|stepped up|intensified|escalated|ramped up|expanded)\s+(?:its\s+|their\s+|the\s+)?(?:use of\s+)?(?:[\w-]+\s+){0,2}$/i);
/** A total over a period; CUMULATIVE adds the periods that only count before the trigger. */
const PERIOD = String.raw`so far this year|to date|in total|altogether|(?:in|during) the first (?:[\w-]+ )?(?:months?|weeks?|half) of (?:the|this|last) year`;
const PERIOD_TOTAL = wordGated(new RegExp(String.raw`\b(?:${PERIOD})\b`, 'i'));
/** "for months", "for the past two years": a span too long for one event (weeks stay: a battle may last them). */
const FOR_MONTHS = /^[^.;]{0,80}?\bfor (?:(?:the |)(?:past|last) )?(?:(?:several|many|two|three|four|five|six|\d+) )?(?:months|years)\b/i;
const USED_TO = /\bused\s+to\s+(?:(?:fire|launch|drop|lob)\s+(?:[\w-]+\s+){0,2})?$/i;
const HABITUAL = wordGated(/^[^.;]{0,80}\b(?:(?:almost|nearly) )?every (?:single )?(?:day|night|week)\b/i);
const CUMULATIVE = wordGated(new RegExp(String.raw`\b(?:since the (?:\d{4} )?coup|over the past (?:year|two years|months)|${PERIOD})\b`, 'i'));
/** A sentence opening on the start of the fighting and counting in the perfect up to now ("has", "have"). */
const SINCE_RESUMED_TOTAL = /^\s*Since (?:the )?(?:[\w-]+ )?(?:fighting|clashes|hostilities|war) (?:resumed|began|started|erupted|broke out|flared up)\b[^.;]*\b(?:has|have)\b/;

/** True when the trigger is a habit, a trend, a total or a war's running toll rather than one event. */
export function isHabitOrTotal(p: TriggerParts): boolean {
  const { left, trigger, right, w, from, start, end, to } = p;
  if (CAMPAIGN_TOTAL.test(left) || WAR_ORIGIN(w, from, start, left)) return true;
  if (RELIED(w, Math.max(from, start - 53), start, left.slice(-53))) return true;
  if (HABIT_PASSIVE(w, Math.max(from, start - 40), start, left.slice(-40))) return true;
  // "The military has been using air strikes around the town since …": a practice, not one strike.
  if (/s$/i.test(trigger) && BEEN_USING(w, from, start, left)) return true;
  // "The US has sharply increased its air strikes in Somalia since early 2025": likewise a trend.
  if (/s$/i.test(trigger) && STEPPED_UP(w, from, start, left)) return true;
  // "Violence … broke out on May 3, 2023, and has killed more than 260 people": the toll in the
  // perfect hangs on the war's origin told earlier in the sentence (its own clause).
  if (p.sentenceLeft !== undefined && /^kill/i.test(trigger) && /\b(?:has|have)\s+$/i.test(left) && WAR_ORIGIN(w, start - p.sentenceLeft.length, start, p.sentenceLeft)) return true;
  if (/^kill/i.test(trigger) && /\b(?:has|have)\s+(?:so far\s+|now\s+|already\s+)?$/i.test(left) && RUNNING_TOLL.test(right)) return true;
  // ("a navy vessel fired several shells into the village": one salvo, fired by a doer at one place.)
  // ("has seen repeated fighting since mid-2024": fighting, a mass noun, generalised likewise.)
  if ((/s$/i.test(trigger) || /^fighting$/i.test(trigger)) && GENERIC(w, from, start, left) && !SALVO.test(left)) return true;
  // "more than 80 people had been killed since the coup": a running total, not one event.
  // "… were killed in gang violence in the first three months of the year": the period may follow
  // (not "since the coup" there: "…, the first command the regime has lost since the 2021 coup").
  if (CUMULATIVE(w, from, start, left) || CUMULATIVE(w, start, end, trigger) || PERIOD_TOTAL(w, end, to, right)) return true;
  // "Since fighting resumed on 8 May, the army has reported 23 soldiers killed": a running total.
  // (The opening "fighting" itself is the start of the count, not a clash told here. The cheap
  // test first: the joined text is built only for a sentence opening on "Since".)
  if (/^\s*Since\b/.test(left.slice(0, 12)) && SINCE_RESUMED_TOTAL.test(left + trigger + right)) return true;
  // "aircraft bombed the hills almost every day": a habit, not one event.
  if (HABITUAL(w, end, to, right)) return true;
  // "the outpost had been used to fire artillery into villages", "troops used to shell the town": a
  // place's or a side's past practice, not one attack.
  if (USED_TO.test(left.slice(-40))) return true;
  // "troops, who have been shelling and bombing the villages for months": a practice over months, not one attack.
  if (/ing$/i.test(trigger) && /\b(?:has|have|had) been\s+$/i.test(left) && FOR_MONTHS.test(right)) return true;
  // "more than 40 air strikes in January": a tally, not one event (the digit first: it is cheaper).
  // ("A column of about 80 soldiers burned homes": a count of the doers before a verb phrase is no tally.)
  return /s$/i.test(trigger) && /\d/.test(left.slice(-24)) && STATISTIC.test(left) && !VERB_FIRST.test(trigger);
}
