// Where the stage's cue words stand in a document, found in one pass (lexicon/word-starts.ts):
// the speech verbs (VERB), the charge verbs (CHARGE_VERBS), "according to", and the words of the
// doubt and hedge tests (DOUBT_WORDS, HEDGE_WORDS: plain words, any case). Each pattern is
// then tried (sticky) only where one of its leading words starts: VERB_WORDS and CHARGE_VERBS
// scanned every sentence again (and CHARGE_VERBS the whole text) at several times the cost.
import { WordStarts } from '../lexicon/word-starts.js';
import { leadingWords } from '../lexicon/leading-words.js';
import { CHARGE_VERBS, DOUBT_WORDS, HEDGE_WORDS } from './lexicon.js';
import { VERB } from './verbs.js';

/** Words one of which starts every match (sound by construction; the scan lower-cases ASCII,
 * a superset of the places where the case-sensitive patterns can match). */
function lead(re: RegExp): string[] {
  const ws = leadingWords(re);
  if (!ws) throw new Error(`attribution cues: no leading words for ${re}`);
  return ws;
}
/** The words of a plain alternation of lower-case words (flag i, no u: ASCII letters fold only to ASCII letters). */
function words(re: RegExp): string[] {
  if (!/^[a-z ]+(?:\|[a-z ]+)*$/.test(re.source) || re.flags !== 'i') throw new Error(`attribution cues: not plain words: ${re}`);
  return re.source.split('|');
}
const SCAN = new WordStarts([lead(VERB), lead(CHARGE_VERBS), ['according to'], words(DOUBT_WORDS), words(HEDGE_WORDS)]);
const NONE: readonly number[] = [];

/** Ascending offsets in the text where a speech verb, a charge verb or "according to" (any case)
 * may start, and where a word of DOUBT_WORDS or HEDGE_WORDS starts. */
export interface Cues {
  readonly verbs: readonly number[]; readonly charges: readonly number[]; readonly citations: readonly number[];
  readonly doubtWords: readonly number[]; readonly hedgeWords: readonly number[];
}

export function cuesIn(text: string): Cues {
  const [verbs, charges, citations, doubtWords, hedgeWords] = SCAN.scan(text, 0, text.length);
  return { verbs: verbs ?? NONE, charges: charges ?? NONE, citations: citations ?? NONE, doubtWords: doubtWords ?? NONE, hedgeWords: hedgeWords ?? NONE };
}
