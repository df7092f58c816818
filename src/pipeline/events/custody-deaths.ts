// "Soldiers executed four men they had detained", "A man detained by junta troops … was found dead",
// "The bodies of two villagers arrested by soldiers were found": the detention is told only as a
// modifier of the people who were killed, so the event is the killing (ACLED: an attack on
// civilians), not an arrest. A detention that is the sentence's own verb ("Police detained 20
// workers", "two men were arrested by police") stays an arrest.
import type { Candidate } from './clauses.js';

/** Before the trigger: a relative clause's subject ("they had", "who were") — the detention modifies a noun. */
const RELATIVE_BEFORE = /\b(?:(?:whom?|that)\s+(?:they|soldiers|troops|police|the\s+\w+)?\s*(?:had\s+|have\s+)?(?:been\s+|were\s+|was\s+)?|(?:men|women|people|villagers|civilians|residents|youths|man|woman|boy|girl|them|him|her)\s+(?:they|soldiers|troops|police|the\s+\w+)\s+(?:had\s+|have\s+)?)$/i;
/** A passive participle after a noun ("a man detained by troops"), not after an auxiliary ("was detained by"). */
const AUXILIARY = /\b(?:was|were|been|being|be|is|are|get|got|gets|had|has|have)\s+(?:\w+ly\s+)?$/i;
const BY_AFTER = /^\s+by\b/i;
/** The people's death told in the same sentence. */
const DEATH = /\b(?:executed|killed|shot (?:\w+ )?dead|found dead|bod(?:y|ies)\b|tortured to death|beaten to death|beat (?:\w+ )?to death|beheaded|murdered|died (?:in|during|under|while in) (?:custody|detention|interrogation))/i;

export function diedInCustody(text: string, c: Candidate): boolean {
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  if (!DEATH.test(sentence)) return false;
  const before = text.slice(Math.max(c.sentence.start, c.trigger.start - 40), c.trigger.start);
  if (RELATIVE_BEFORE.test(before)) return true;
  return BY_AFTER.test(text.slice(c.trigger.end, c.trigger.end + 6)) && !AUXILIARY.test(before) && /\w\s+$/.test(before);
}
