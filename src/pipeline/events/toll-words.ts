// Wordings of a toll beside the plain "killing N" / "N were killed" (fatalities.ts): the victims
// joined on after a count, a bomber who dies with his victims, a source's "put the toll at N",
// a crowd beating someone to death.
import { parseNumberWord } from '../numbers/index.js';

/** "killing three patients and a nurse", "Four soldiers and a civilian were killed": one more
 * victim joined on after the counted ones ("and a half", "and a number of" are no victims). */
const ONE_MORE = /^\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+and\s+(?:a|an)\s+(?!(?:few|number|dozen|half|total|further|third|quarter)\b)(?:[\w-]+\s+){0,2}?[a-z][\w-]*\b/;
/** The victims a count's own words join on after it: 0 or 1. */
export const joinedAfterCount = (after: string): number => (ONE_MORE.test(after) ? 1 : joinedCount(after)?.n ?? 0);

/** "Five more soldiers and 14 of the attackers died", "killing two policemen and three
 * passers-by": a second count joined on after the first, both of the same dead (not when the
 * second is of wounded: "two soldiers and three others were wounded"). */
// ("a"/"an" is ONE_MORE's, which knows "a number of" is no count.)
const COUNT_MORE = /^\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+and\s+(\d+|(?!an?\b)[a-z]+)\b/;
const WOUNDED_NEXT = /^[^.;,]{0,50}?\b(?:wounded|injured|hurt|missing|arrested|detained|captured)\b|^\s*(?:km|kilomet|miles|percent|houses|homes|villages|weapons|rounds|days|weeks|months|years|hours|minutes|am|pm)\b/;
export function joinedCount(after: string): { n: number; rest: string } | null {
  const m = after.includes(' and ') ? COUNT_MORE.exec(after) : null;
  const n = m ? parseNumberWord(m[1]!) : null;
  if (!m || !n) return null;
  const rest = after.slice(m[0].length);
  return WOUNDED_NEXT.test(rest) ? null : { n, rest };
}

/** "blew himself up …, killing himself and three soldiers": the bomber is one of the dead. */
export const HIMSELF_BEFORE = /\b(?:killing|killed)\s+(?:himself|herself)\s+and\s+(?:at least |more than |about |some )?$/;

/** "put the death toll at 17", "put the number of dead at 21", "put the number at five" (a bare
 * number only in a sentence of deaths): a source's figure. */
const PUT_TOLL_AT = /\bput\s+(?:the\s+)?(?:(?:death\s+)?toll|number\s+of\s+(?:dead|deaths|those killed|people killed|victims))\s+at\s+(?:at least |more than |about |around |some )?$/;
const PUT_NUMBER_AT = /\bput\s+(?:the\s+)?(?:number|figure)\s+at\s+(?:at least |more than |about |around |some )?$/;
export const putTollAt = (before: string, sentenceOfDeaths: boolean): boolean =>
  PUT_TOLL_AT.test(before) || (sentenceOfDeaths && PUT_NUMBER_AT.test(before));

/** "beat to death a man", "beat and burned to death two men": a crowd's killing verb. */
export const TO_DEATH = String.raw`(?:beat|beaten|burned|burnt|hacked|stoned)(?:\s+and\s+(?:beat|burned|burnt))?\s+to\s+death`;
/** "a crowd beat a man to death": one victim between the verb and "to death". */
export const ONE_TO_DEATH = /\b(?:beat|beaten|hacked|stoned|burned|burnt)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?[a-z][\w-]*\s+to\s+death\b/;

/** "killing an elderly couple", "a couple were killed": two dead. */
export const COUPLE_KILLED = /\b(?:killing|killed|shot dead|shooting dead|gunned down|murdered)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?couple\b|\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?couple\s+(?:(?:in|from|of)\s+(?:[\w'’-]+\s+){1,4}?)?(?:was|were|had been|have been)\s+(?:killed|shot dead|murdered)\b/i;

/** "The abbot of a village monastery in X Township was killed", "the driver was shot dead": one
 * victim named by a singular role with "the" (a place or an "of" phrase may follow the noun). */
export const THE_ONE_PASSIVE = new RegExp(String.raw`\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:abbot|monk|nun|pastor|priest|headman|administrator|driver|teacher|headmaster|doctor|nurse|journalist|owner|chairman|leader)\s+(?:(?:of|in|from|at)\s+[^.;"“”]{0,80}?)?(?:was|had been|has been)\s+(?:killed|shot dead|executed|murdered|beheaded)\b`);
