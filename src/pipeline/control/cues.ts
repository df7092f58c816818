// Which of the control stage's sentence gates may pass, for every sentence of a document at once:
// statedControl, handedBack, whichTook and disputedCaptures each read every sentence again and
// ran their own keyword pattern on it. One pass over each lower-cased sentence finds all their
// required words (lexicon/prefilter.ts); a gate pattern then runs only where its words are.
// Exact: a flag is false only when the pattern cannot match (the patterns still decide).
import type { Layers } from '../layers.js';
import { PatternFilter, requiredWords } from '../lexicon/prefilter.js';
import { ANY_CUE } from './stated.js';
import { HANDED_CUE } from './handed-back.js';
import { TOOK_CUE, WHICH_OR_THAT } from './which-took.js';
import { NOT_WITHDRAWN, STILL_OURS, STILL_POSITIONS } from './disputed.js';

/** Indexes of a sentence's flags. */
export const C = { STATED: 0, HANDED: 1, WHICH_OR_THAT: 2, TOOK: 3, STILL_POSITIONS: 4, STILL_OURS: 5, NOT_WITHDRAWN: 6 } as const;

// (Built at the first call: the patterns' modules import this one.)
let filter: PatternFilter | undefined;
const cache = new WeakMap<Layers['sentences'], { text: string; flags: (readonly boolean[])[] }>();

/** Per sentence (by index), per gate of C: false only when the gate's pattern cannot match it. */
export function sentenceCues(text: string, sentences: Layers['sentences']): readonly (readonly boolean[])[] {
  const hit = cache.get(sentences);
  if (hit && hit.text === text) return hit.flags;
  const patterns = [ANY_CUE, HANDED_CUE, WHICH_OR_THAT, TOOK_CUE, STILL_POSITIONS, STILL_OURS, NOT_WITHDRAWN];
  filter ??= new PatternFilter(patterns.length, patterns.map(requiredWords));
  const flags: (readonly boolean[])[] = [];
  for (const s of sentences) flags.push(filter.mayMatch(text.slice(s.start, s.end).toLowerCase()));
  cache.set(sentences, { text, flags });
  return flags;
}
