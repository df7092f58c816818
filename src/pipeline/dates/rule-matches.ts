// Where each date rule (rules.ts) matches in a text, without running every pattern over all of
// it: anchored rules are tried only near their month names, weekdays or years, keyed rules only
// around their words. Gives the same matches, in the same order, as each global pattern's exec loop.
import { KeyedPattern } from '../lexicon/keyed-pattern.js';
import { WordStarts } from '../lexicon/word-starts.js';
import { ANCHOR_WORDS, matchesNear, type Anchor } from './anchors.js';
import { CHAINED_WORDS } from './chained.js';
import { RULES } from './rules.js';

/** The anchored rules' patterns in sticky form (matchesNear). */
const STICKY = RULES.map((r) => (r.at ? new RegExp(r.re.source, r.re.flags.replace('g', 'y')) : null));
/** The other rules run only around their words ("week", "month", "today"). */
const KEYED = RULES.map((r) => (r.at ? null : new KeyedPattern(r.re)));

// One pass over the text finds where every rule's anchors or words start: the month names'
// first three letters, "day" (weekdays), "19" and "20" (years), each keyed rule's words, then the
// chained phrases' (chained.ts). It replaced a regex or an indexOf loop per list.
const ANCHOR_KINDS = Object.keys(ANCHOR_WORDS) as Anchor['kind'][];
const LISTS: (readonly string[])[] = ANCHOR_KINDS.map((kind) => ANCHOR_WORDS[kind]);
/** Rule k's list in the scan. */
const LIST_OF = RULES.map((r, k) => (r.at ? ANCHOR_KINDS.indexOf(r.at.kind) : LISTS.push(KEYED[k]!.keys) - 1));
/** Where the chained phrases' lists start in wordStartsIn's answer. */
export const CHAINED_FROM = LISTS.length;
const SCAN = new WordStarts([...LISTS, ...CHAINED_WORDS]);

/** Where every rule's anchors and words, and the chained phrases' words, start in `slice`. */
export const wordStartsIn = (slice: string): (number[] | undefined)[] => SCAN.scan(slice, 0, slice.length);

/** Every match of rule `k` in `slice`, in order, as the global pattern's exec loop gives them
 * (`starts`: wordStartsIn(slice); test/pipeline/dates-anchors.test.ts compares the two). */
export function ruleMatches(k: number, slice: string, starts: readonly (number[] | undefined)[]): RegExpExecArray[] {
  // ("on the" starts many times in a story; an ordinal day rarely.)
  if (RULES[k]!.gate && !RULES[k]!.gate!.test(slice)) return [];
  const at = starts[LIST_OF[k]!];
  const keyed = KEYED[k];
  if (keyed) return keyed.matchesAt(slice, at);
  return at ? matchesNear(slice, STICKY[k]!, RULES[k]!.at!, at) : [];
}
