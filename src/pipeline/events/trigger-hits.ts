// The matches of each trigger pattern in a sentence, as a global regex walking the sentence finds
// them, but tried (sticky) only where one of the pattern's leading words starts: most sentences
// flagged for a trigger hold its words in other roles ("led" in "killed" and "called").
import { leadingWords } from '../lexicon/leading-words.js';
import { matchesAt } from '../lexicon/sticky-at.js';
import { TRIGGERS } from './model/triggers.js';
import { registerWords } from './sentence-words.js';

const plain = (re: RegExp): string => re.flags.replace(/[gy]/g, '');
/** Per trigger: a sticky copy, or a global one when its leading words are unknown. */
const COPIES = TRIGGERS.map((t) => {
  const words = leadingWords(t.re);
  return { words, re: new RegExp(t.re.source, plain(t.re) + (words ? 'y' : 'g')) };
});

/** Per trigger: its id in the sentence scan (sentence-words.ts). */
export const TRIGGER_IDS = COPIES.map((c) => registerWords(c.words));
/** Per trigger: whether it has no leading words (and is walked over every sentence). */
export const UNSCANNED = COPIES.map((c) => !c.words);
export const SOME_UNSCANNED = UNSCANNED.includes(true);

/**
 * The matches of TRIGGERS[ti] in `sent` (which starts at `base` in the text the scan read);
 * `starts`: that trigger's places from `scanSentence` (tried as lexicon/sticky-at.ts does).
 */
export function triggerHits(ti: number, sent: string, base: number, starts: readonly number[] | undefined): RegExpExecArray[] {
  const { words, re } = COPIES[ti]!;
  const hits: RegExpExecArray[] = [];
  if (!words) {
    re.lastIndex = 0;
    for (let hit = re.exec(sent); hit; hit = re.exec(sent)) hits.push(hit);
    return hits;
  }
  return starts ? matchesAt(re, sent, base, 0, starts) : hits;
}
