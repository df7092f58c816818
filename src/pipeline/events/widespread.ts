// Widespread sentences: a sentence that spreads its act over many places ("in several townships",
// "across the country", a toll summed over named townships) tells no one event; only the clause
// holding the spread is cut off when the event before it stands alone (findCandidates, clauses.ts).
import { wordGated } from './sentence-words.js';

/** "foiled terrorist plots in several townships", "across the country": no one place and time. */
// ("the clashes spread on Friday to at least six areas along the border": likewise.)
// ("At least six people were killed today across Kyaukse and Myittha townships", "killed eleven across three
// townships": a toll summed over several named or counted places recaps the incidents, which the story tells one
// by one. "Taken from their homes across the region" stays: annotators code it as one event at state level.)
const WIDESPREAD_RE = /\b(?:in|across|to) (?:several|many|some|various|multiple|dozens of) (?:townships|towns|villages|areas|places|regions|states)\b|\bacross the country\b|\b(?:in|across|to) (?:at least|more than) \w+ (?:areas|places|locations|fronts|provinces|districts|regions|states)\b|\b(?:killed|died|dead|detained|arrested|abducted|kidnapped|taken)\b[^.;]{0,80}?\bacross (?:[\w'’-]+(?:,? [\w'’-]+){0,3} and [\w'’-]+ (?:townships|districts|provinces|regions|states|counties)\b|(?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:townships|districts|provinces|regions|states|counties)\b)/i;
export const WIDESPREAD = wordGated(WIDESPREAD_RE);
/** ", as the regime held the second phase of its election in dozens of townships": a clause of
 * the moment around the event, set off by ", as" or ", while", spreads over many places, the event
 * before it does not. */
// (Or a time clause after the event: "…, days after over 40 others were killed in several villages".)
const AS_CLAUSE = /,\s+(?:as|while|(?:(?:(?:a\s+few|\w+)\s+)?(?:days?|weeks?|hours?)\s+)?(?:after|before))\s/gi;
/** Where a widespread sentence's widespread part begins: 0, or the ", as" clause that holds it. */
export function widespreadFrom(sentence: string): number {
  const at = WIDESPREAD_RE.exec(sentence)?.index ?? 0;
  let cut = 0;
  for (const m of sentence.matchAll(AS_CLAUSE)) if (m.index < at) cut = m.index;
  return cut;
}
