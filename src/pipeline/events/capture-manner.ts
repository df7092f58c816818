// "Singu was recaptured by the army in fighting last year", "the KIA seized the camp amid heavy
// clashes": a fight named as the manner of a capture is that capture told again, not a battle of its
// own. (A fight told as what came before, "fell after a three-day assault", stays its own event.)
// Likewise "fought beside the TNLA when the two groups took Mogoke": an alliance told by the capture it made.
import type { Candidate } from './clauses.js';
import { TERRITORY } from './stage-words.js';

const FIGHT_WORD = /^(?:fight(?:ing)?|clash(?:es)?|battles?|combat)$/i;
/** From the capture's trigger to the fight word: its object, agent or place, then "in"/"amid"/"during". */
const MANNER_GAP = /^[^,;]{0,60}?\s(?:in|amid|during|through)\s+(?:(?:heavy|fierce|intense|renewed|days\s+of|weeks\s+of)\s+)?$/i;

/** From the fight word to the capture: "beside/alongside/with X when/as" ("fought beside the TNLA when the two groups took"). */
const ALLIED_WHEN = /^\s+(?:beside|alongside|with|together\s+with)\s+[^.;]{1,80}?\b(?:when|as)\s+(?:[\w'’-]+\s+){0,4}$/i;
const FOUGHT = /^(?:fought|fighting)$/i;

/** The candidates less the fights that only tell how a capture in the same clause was made. */
export function withoutCaptureManner(text: string, cands: readonly Candidate[]): Candidate[] {
  const word = (c: Candidate): string => text.slice(c.trigger.start, c.trigger.end);
  const manner = (c: Candidate): boolean => FIGHT_WORD.test(word(c)) && cands.some((o) => o.sentence === c.sentence && TERRITORY.has(o.sub)
    && o.trigger.end <= c.trigger.start && o.clause.start === c.clause.start && MANNER_GAP.test(text.slice(o.trigger.end, c.trigger.start)));
  const allied = (c: Candidate): boolean => FOUGHT.test(word(c)) && cands.some((o) => o.sentence === c.sentence && TERRITORY.has(o.sub)
    && o.trigger.start >= c.trigger.end && ALLIED_WHEN.test(text.slice(c.trigger.end, o.trigger.start)));
  return cands.filter((c) => c.sub !== 'Armed clash' || (!manner(c) && !allied(c)));
}
