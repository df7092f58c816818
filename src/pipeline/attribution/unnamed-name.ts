// The name an unnamed source is reported under: the noun phrase the UNNAMED pattern found, less
// what its loose modifier slots took in from the clause around it.
import { SOURCE_HEADS } from './lexicon.js';

/** Words that open a clause, not a noun phrase: "a day after the regime's mouthpiece newspaper said". */
const SUBORDINATE = /^(?:(?:and|but|while|as|after|before|since|when|because|until|although|though|whereas|once)\s+)+/i;
/** A verb inside the phrase: "Junta-controlled media have described people … and warned": the
 * source is the noun phrase before it, when that ends on a source noun. */
const VERB_INSIDE = new RegExp(`^(.*?\\b(?:${SOURCE_HEADS}))\\s+(?:have|has|had|was|were|is|are|will|would|also)\\s`, 'iu');

const AUX = /\s(?:have|has|had|was|were|is|are|will|would|also)\s/i;

export function cleanUnnamed(s: string): string {
  let n = s.replace(SUBORDINATE, '');
  // The plain test first: the pattern tries every head noun at every character.
  const v = AUX.test(n) ? VERB_INSIDE.exec(n) : null;
  if (v) n = v[1]!;
  return n.replace(/^(?:an?|the|one|some|their|his|her|its)\s+/i, '').replace(/\s+(?:in|from|with|at|of|who)\s.*$/i, '').trim();
}

/** Heads that say nothing without whose they are: "a member of the resistance group", "an official from the junta-aligned party". */
const PARTITIVE_HEAD = /\b(?:members?|officials?)$/i;
/** "of the resistance group" / "from the junta-aligned party": a described owner (lower-case words, not a name), ending the phrase. */
const OWNER_AFTER = /^\s+((?:of|from)\s+the\s+[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3}?)(?=\s*(?:[,.;]|$|\s+(?:who|whose|in|at|on|with|told|said|says)\b))/u;

/** The unnamed source's name with the described owner that follows its head ("member of the clinic staff"). */
export function withOwner(name: string, after: string): string {
  if (PLACED_HEAD.test(name)) {
    const at = PLACE_AFTER.exec(after);
    return at ? `${name} ${at[1]!}` : name;
  }
  if (!PARTITIVE_HEAD.test(name)) return name;
  const m = OWNER_AFTER.exec(after);
  return m ? `${name} ${m[1]!}` : name;
}

/** Staff told by where they work: "a worker at the town's hospital", "a nurse at the district clinic". */
const PLACED_HEAD = /^(?:[\p{L}-]+\s+)?(?:workers?|doctors?|nurses?|medics?|staff|volunteers?|teachers?|guards?)$/iu;
/** "at the town's hospital": the workplace (a common noun, not a named place), ending the phrase. */
const PLACE_AFTER = /^\s+(at\s+(?:the|a)\s+(?:[\p{Ll}'’-]+\s+){0,2}?(?:hospital|clinic|school|monastery|market|camp|station|mine|factory|port|jetty|church|mosque))(?=\s*(?:[,.;]|$|\s+(?:who|whose|in|told|said|says)\b))/u;
/** "worker at the town's hospital": the bare head ("worker") names the same source. */
export const BARE_HEAD = /^(.+?)\s+at\s+(?:the|a)\s/;
