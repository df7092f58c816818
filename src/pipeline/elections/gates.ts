// Which of the elections stage's sentence patterns may match an election sentence: one pass over
// the lower-cased sentence finds every pattern's required words (lexicon/prefilter.ts), where each
// pattern alone tried its long alternation at every position of every sentence with an election
// word. Exact: a pattern is skipped only when a match is impossible.
import { PatternFilter, requiredWords } from '../lexicon/prefilter.js';
import { NATIONAL, PARTS_AFTER, PHASE } from './results.js';
import { OF_THE_TOWNSHIP, ONLY_SOME_OF, TOTAL, TOTAL_IN_STATE } from './counts.js';
import { NO_POLLING } from './no-polling.js';
import { ALL_IN, INCLUDE, LEFT_OUT, THERE_OUT, WHOLE_IN } from './wordings.js';

/** The gated patterns; a sentence's flags are indexed by these. */
export const G = { LEFT_OUT: 0, INCLUDE: 1, ALL_IN: 2, WHOLE_IN: 3, THERE_OUT: 4, NO_POLLING: 5, PHASE: 6, NATIONAL: 7, PARTS_AFTER: 8, TOTAL: 9, TOTAL_IN_STATE: 10, OF_TOWNSHIP: 11 } as const;
const PATTERNS: RegExp[] = [LEFT_OUT, INCLUDE, ALL_IN, WHOLE_IN, THERE_OUT, NO_POLLING, PHASE, NATIONAL, PARTS_AFTER, TOTAL, TOTAL_IN_STATE, OF_THE_TOWNSHIP];
// (countOfTownshipAt's two patterns share one flag: it may match when either's words are there.)
const OF_TOWNSHIP_WORDS = ((a, b) => (a && b ? [...a, ...b] : null))(requiredWords(OF_THE_TOWNSHIP), requiredWords(ONLY_SOME_OF));
const FILTER = new PatternFilter(PATTERNS.length, PATTERNS.map((re, i) => (i === G.OF_TOWNSHIP ? OF_TOWNSHIP_WORDS : requiredWords(re))));

/** Per pattern of G: false only when the sentence has none of its required words. */
export function electionGates(sent: string): boolean[] {
  return FILTER.mayMatch(sent.toLowerCase());
}
