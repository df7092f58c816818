// Stronger gates for the places patterns read before a place (lexicon/gates.ts): the last word
// before the place ("in", "the") passes for most places, so the pattern then ran at every position
// of its window anyway. Each pattern also needs one of a few words somewhere in the window ("said",
// "from", "km"): a plain alternation of those words (no \b, no u flag) is several times cheaper.
import { gatedBy, lastWordBeforeSpace } from '../lexicon/gates.js';

/** Characters that fold to ASCII letters under /iu only ("ſ" → s, the Kelvin sign → k). */
const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/**
 * `re.test` for a pattern anchored at the end whose every match ends in one of `last` (ASCII,
 * after `\b` or whitespace, then whitespace) and matches `words` (a /i pattern of plain words, no
 * u flag). A /iu pattern may match "ſ" or the Kelvin sign for "s" or "k": such text passes the
 * word test, and no last word may hold those letters (a last word is read as a run of ASCII letters).
 */
export function endsWithWordHolding(last: readonly string[], words: RegExp, re: RegExp): (text: string) => boolean {
  const fold = re.unicode && re.ignoreCase;
  if (words.unicode || words.global || words.sticky) throw new Error(`endsWithWordHolding: word pattern ${words}`);
  if (fold && last.some((w) => /[sk]/.test(w))) throw new Error(`endsWithWordHolding: /iu pattern ending in s or k: ${re}`);
  const set = new Set(last);
  return gatedBy((text) => {
    const w = lastWordBeforeSpace(text);
    return w !== null && set.has(w) && (words.test(text) || (fold && FOLDS_TO_ASCII.test(text)));
  }, re);
}
