// One scan of each candidate sentence finds the words of every costly pattern the events stage
// runs on it or its parts (lexicon/word-starts.ts): where the trigger patterns' leading words start, and
// where the words start that any match of a gated pattern holds (requiredWords). A gated
// pattern is run on a part of the sentence only when one of its words starts inside that part:
// "linked to the" cannot end a clause holding no "linked to", "behind", "over" ….
import { requiredWords } from '../lexicon/prefilter.js';
import { WordStarts } from '../lexicon/word-starts.js';
import { minimal } from '../lexicon/leading-words.js';

/** Per sentence and registered id: the ascending offsets where one of its words starts. */
export type Starts = readonly (readonly number[] | undefined)[];

const words: (readonly string[] | null)[] = [];
let scanner: WordStarts | undefined;

/** A new id whose words' places `scanSentence` reports (registered at module load, before any scan). */
export function registerWords(ws: readonly string[] | null): number {
  if (scanner) throw new Error('registerWords after the first scan');
  words.push(ws);
  return words.length - 1;
}

/** Where every registered id's words start in text[from, to). */
export function scanSentence(text: string, from: number, to: number): Starts {
  scanner ??= new WordStarts(words, { rightQuoteAsApostrophe: true });
  return scanner.scan(text, from, to);
}

/** Whether some offset in `at` (ascending) is in [from, to). */
export function startsIn(at: readonly number[] | undefined, from: number, to: number): boolean {
  if (!at) return false;
  for (const p of at) if (p >= from) return p < to;
  return false;
}

/** Every word-gated pattern with its gated test, for the tests. */
export const WORD_GATED: { re: RegExp; test: (starts: Starts, from: number, to: number, s: string) => boolean }[] = [];

/**
 * `re.test(s)` for `s` = text[from, to) of a scanned sentence, run only when one of the words
 * every match holds starts in that range. Not for /iu patterns ("ſ" and the Kelvin sign fold to
 * ASCII letters there, and the scan reads them as no letter).
 */
export function wordGated(re: RegExp): (starts: Starts, from: number, to: number, s: string) => boolean {
  if (re.global || re.sticky) throw new Error(`word-gated pattern keeps lastIndex: ${re}`);
  if (re.unicode || re.flags.includes('v')) throw new Error(`word-gated /u pattern: ${re}`);
  const ws = requiredWords(re);
  if (!ws) throw new Error(`no required words: ${re}`);
  const id = registerWords(minimal(ws));
  const test = (starts: Starts, from: number, to: number, s: string): boolean => startsIn(starts[id], from, to) && re.test(s);
  WORD_GATED.push({ re, test });
  return test;
}
