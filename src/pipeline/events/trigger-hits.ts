// The matches of each trigger pattern in a sentence, as a global regex walking the sentence finds
// them, but tried (sticky) only where one of the pattern's leading words starts: most sentences
// flagged for a trigger hold its words in other roles ("led" in "killed" and "called").
import type { PackLexicon } from '../../core/pack.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';
import { leadingWords } from '../lexicon/leading-words.js';
import { matchesAt } from '../lexicon/sticky-at.js';
import { TRIGGERS } from './model/triggers.js';
import { registerWords } from './sentence-words.js';

const plain = (re: RegExp): string => re.flags.replace(/[gy]/g, '');
/** Per trigger: the strings its matches start with (null: unknown), the same for every pack. */
const LEADING = TRIGGERS.map((t) => leadingWords(t.re));

/** Per trigger: its id in the sentence scan (sentence-words.ts). */
export const TRIGGER_IDS = LEADING.map((words) => registerWords(words));
/** Per trigger: whether it has no leading words (and is walked over every sentence). */
export const UNSCANNED = LEADING.map((words) => !words);
export const SOME_UNSCANNED = UNSCANNED.includes(true);

/** Per trigger, the pattern a pack's lexicon gives it: a sticky copy, or a global one when its leading words are unknown. */
export type TriggerCopies = readonly { words: string[] | null; re: RegExp }[];

export function triggerCopiesOf(lex: PackLexicon): TriggerCopies {
  const forces = orWords(lex.stateForceNames);
  return TRIGGERS.map((t, ti) => {
    const re = t.withForces ? t.withForces(forces) : t.re;
    const words = LEADING[ti]!;
    // (The scan looks for the leading words registered above: a pack's names never lead a trigger.)
    if (re !== t.re && String(leadingWords(re)) !== String(words)) throw new Error(`lexicon changes the leading words of ${t.re}`);
    return { words, re: new RegExp(re.source, plain(re) + (words ? 'y' : 'g')) };
  });
}

/** The trigger patterns of a pack, built once per pack. */
export const triggerCopies = perPack(triggerCopiesOf);

/**
 * The matches of TRIGGERS[ti] (as `copies`, a pack's, give it) in `sent` (which starts at `base` in the
 * text the scan read); `starts`: that trigger's places from `scanSentence` (tried as lexicon/sticky-at.ts does).
 */
export function triggerHits(copies: TriggerCopies, ti: number, sent: string, base: number, starts: readonly number[] | undefined): RegExpExecArray[] {
  const { words, re } = copies[ti]!;
  const hits: RegExpExecArray[] = [];
  if (!words) {
    re.lastIndex = 0;
    for (let hit = re.exec(sent); hit; hit = re.exec(sent)) hits.push(hit);
    return hits;
  }
  return starts ? matchesAt(re, sent, base, 0, starts) : hits;
}
