// The name an unnamed source is reported under: the noun phrase the UNNAMED pattern found, less
// what its loose modifier slots took in from the clause around it.
import { SOURCE_HEADS } from './lexicon.js';

/** A lower-case word of a described owner, not an auxiliary that starts the clause's verb ("a UN group of experts has said"). */
const LOWER_WORD = "(?!(?:has|have|had|was|were|is|are|also|will|would|later|then)\\b)[\\p{Ll}'’-]+";

/** Words that open a clause, not a noun phrase: "a day after the regime's mouthpiece newspaper said". */
// ("Soon after the government admitted …": a time word before the conjunction too.)
const SUBORDINATE = /^(?:(?:soon|shortly|just|long|days|weeks|hours|months|years)\s+(?=(?:after|before)\s))?(?:(?:and|but|while|as|after|before|since|when|where|because|until|although|though|whereas|once)\s+)+/i;
/** A verb inside the phrase: "Junta-controlled media have described people … and warned": the
 * source is the noun phrase before it, when that ends on a source noun. */
const VERB_INSIDE = new RegExp(`^(.*?\\b(?:${SOURCE_HEADS}))\\s+(?:have|has|had|was|were|is|are|will|would|also)\\s`, 'iu');

const AUX = /\s(?:have|has|had|was|were|is|are|will|would|also)\s/i;

export function cleanUnnamed(s: string): string {
  let n = s.replace(SUBORDINATE, '');
  // The plain test first: the pattern tries every head noun at every character.
  const v = AUX.test(n) ? VERB_INSIDE.exec(n) : null;
  if (v) n = v[1]!;
  n = n.replace(/^(?:an?|the|one|some|their|his|her|its)\s+/i, '');
  // "coalition of civil society groups": a collective head keeps the lower-case words it is made of.
  const made = MADE_OF.exec(n);
  return (made ? made[1]! : n.replace(/\s+(?:in|from|with|at|of|who)\s.*$/i, '')).trim();
}
const MADE_OF = new RegExp(`^((?:[\\p{L}-]+\\s+){0,2}?(?:coalition|alliance|network|association|union|federation|committee|team|members?)\\s+of\\s+(?:(?:the|a|an)\\s+)?${LOWER_WORD}(?:\\s+${LOWER_WORD}){0,3}?)(?=\\s+(?:in|from|with|at|who)\\s|\\s*$)`, 'u');

/** Heads that say nothing without whose they are: "a member of the resistance group", "an official
 * from the junta-aligned party", "a coalition of civil society groups", "a member of a local rescue team". */
const PARTITIVE_HEAD = /\b(?:members?|officials?|coalition|alliance|network|association|committee|team|group)$/i;
/** "of the resistance group" / "from the junta-aligned party" / "of civil society groups": a described
 * owner (lower-case words, not a name), ending the phrase. */
const OWNER_AFTER = new RegExp(`^\\s+((?:of|from)\\s+(?:(?:the|a|an)\\s+)?${LOWER_WORD}(?:\\s+${LOWER_WORD}){0,3}?)(?=\\s*(?:[,.;]|$|\\s+(?:who|whose|that|in|at|on|from|with|told|said|says)\\b))`, 'u');
/** Sources told by what they know: "people familiar with the talks", "sources close to the negotiations". */
const KNOWING_HEAD = /\b(?:people|persons|sources?|officials?|diplomats?)$/i;
const KNOWING_AFTER = /^\s+((?:familiar\s+with|briefed\s+on|involved\s+in)\s+the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){0,2}?)(?=\s*(?:[,.;]|$|\s+(?:who|told|said|says)\b))/u;

/** The unnamed source's name with the described owner that follows its head ("member of the clinic staff"). */
export function withOwner(name: string, after: string): string {
  if (KNOWING_HEAD.test(name)) {
    const k = KNOWING_AFTER.exec(after);
    if (k) return `${name} ${k[1]!}`;
  }
  if (PLACED_HEAD.test(name)) {
    const at = PLACE_AFTER.exec(after) ?? NAMED_PLACE_AFTER.exec(after);
    if (at) return `${name} ${at[1]!}`;
  }
  // "a spokesman for the Afghan interim government", "a spokeswoman for the interior ministry": whom the spokesperson speaks for.
  if (SPOKES_HEAD.test(name)) {
    const f = SPEAKS_FOR_AFTER.exec(after);
    if (f) return `${name} ${f[1]!}`;
  }
  if (!PARTITIVE_HEAD.test(name)) return name;
  const m = OWNER_AFTER.exec(after);
  return m ? `${name} ${m[1]!}` : name;
}

/** A spokesperson, told by the body they speak for. */
const SPOKES_HEAD = /\bspokes(?:man|woman|person)$/i;
/** "for the Afghan interim government", "of the provincial police": a body described by its head noun (a
 * name with adjectives: "Afghan", "interim"), ending the phrase. */
const SPEAKS_FOR_AFTER = /^\s+((?:for|of)\s+the\s+(?:[\p{L}'’-]+\s+){0,3}?(?:government|ministry|administration|authorities|office|council|command|department|police|army|military|committee|commission|party|junta|regime|presidency))(?=\s*(?:[,.;]|$|\s+(?:who|whose|in|on|told|said|says)\b))/u;
/** Staff told by where they work: "a worker at the town's hospital", "a nurse at the district clinic", "officials at the camp". */
const PLACED_HEAD = /^(?:[\p{L}-]+\s+)?(?:workers?|doctors?|nurses?|medics?|staff|volunteers?|teachers?|guards?|officials?)$/iu;
/** "at the town's hospital": the workplace (a common noun, not a named place), ending the phrase. */
const PLACE_AFTER = /^\s+(at\s+(?:the|a)\s+(?:[\p{Ll}'’-]+\s+){0,2}?(?:hospital|clinic|school|monastery|market|camp|station|mine|factory|port|jetty|church|mosque))(?=\s*(?:[,.;]|$|\s+(?:who|whose|in|told|said|says)\b))/u;
/** "at Nasser Hospital", "at the Sittwe General Hospital": a named workplace whose last word says what it is. */
const NAMED_PLACE_AFTER = /^\s+(at\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Hospital|Clinic|Medical\s+Centre|Medical\s+Center|University|Monastery|Camp|Prison|Morgue))(?=\s*(?:[,.;]|$|\s+(?:who|whose|in|told|said|says)\b))/u;
/** "worker at the town's hospital", "officials at Nasser Hospital", "member of a local rescue team",
 * "people familiar with the talks", "spokesman for the interior ministry": the bare head ("worker") names the same source. */
export const BARE_HEAD = /^(.+?)\s+(?:at|of|from|for|familiar\s+with|briefed\s+on|involved\s+in)\s/;

/** "a U.S. official", "a U.N. investigator": an initialism with stops before the phrase (the
 * phrase's modifier words are letters only). */
const INITIALISM_BEFORE = /(?:^|[\s(])((?:\p{Lu}\.){2,})\s+$/u;
export function initialismBefore(text: string, start: number): string {
  const m = INITIALISM_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
  return m ? m[1]! : '';
}

/** A named body after an unnamed source's head ("at the Red Sea Ports Corporation", "for the Department of Public Health"): one the registry may not know. */
const OWNER_BODY = /^\s*(?:at|of|from|with|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’&-]*\s+){1,5}(?:Corporation|Company|Ministry|Authority|Agency|Department|Bureau|Directorate|Administration|Commission|Enterprise|Board|Organi[sz]ation|Services?)(?:\s+(?:of|for)\s+(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}\p{Lu}[\p{L}'’&-]*)?)\b/u;
export const ownerBody = (tail: string): string | undefined => OWNER_BODY.exec(tail)?.[1];
