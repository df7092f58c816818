// Cheap necessary conditions for costly patterns, so the patterns run only where they may match.
// V8 tries a pattern like "\b(?:[\d,]+|dozens of) times\b" or "from the town of $" at every
// position of the text; a literal every match holds (" times"), or the last word a match must end
// in, is found much faster. A gate may pass texts the pattern then rejects, never the reverse:
// test/pipeline/events-gates.test.ts holds every gated pattern (GATED) to its plain test.

import { isAsciiLetter, isSpace } from '../../core/chars.js';

/** Every gated pattern with its gated test. */
export const GATED: { re: RegExp; test: (text: string) => boolean }[] = [];

/** `re.test`, run only when `gate` passes; `gate` must pass every text `re` matches. */
export function gatedBy(gate: (text: string) => boolean, re: RegExp): (text: string) => boolean {
  if (re.global || re.sticky) throw new Error(`gated pattern keeps lastIndex: ${re}`);
  const test = (text: string): boolean => gate(text) && re.test(text);
  GATED.push({ re, test });
  return test;
}

/** `re.test` behind a literal pattern (no classes, no alternatives) that every match contains. */
export const withLiteral = (literal: RegExp, re: RegExp): ((text: string) => boolean) => gatedBy((text) => literal.test(text), re);

/**
 * The run of ASCII letters just before the text's trailing whitespace, lower-cased; null when the
 * text does not end in whitespace (`\s`: `trimEnd` reads the same characters).
 */
export function lastWordBeforeSpace(text: string): string | null {
  // Read from the end, as trimEnd would, without its copy of the text (callers pass all the
  // text before a mention, once per mention).
  let end = text.length;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  if (end === text.length) return null;
  let i = end;
  while (i > 0 && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end).toLowerCase();
}

/**
 * `re.test` for a pattern anchored at the end whose every match ends in one of `words` (ASCII,
 * after `\b` or whitespace) and then whitespace. Not for /iu patterns: "ſ" and the Kelvin sign
 * fold to ASCII letters there.
 */
export function endsWithWord(words: readonly string[], re: RegExp): (text: string) => boolean {
  if (re.unicode && re.ignoreCase) throw new Error(`endsWithWord: /iu pattern ${re}`);
  const set = new Set(words);
  return gatedBy((text) => {
    const w = lastWordBeforeSpace(text);
    return w !== null && set.has(w);
  }, re);
}

/** Characters that fold to ASCII letters under /iu only ("ſ" → s, the Kelvin sign → k): a text
 * without them reads the same under /i and /iu, so a plain /i gate may stand for a /iu pattern. */
export const FOLDS_TO_ASCII = /[\u017F\u212A]/;

/**
 * `endsWithWord`, and the text must also match `words` (a /i pattern of plain words, no u flag,
 * one of which every match holds): the last word ("in", "the") alone passes for most texts. A /iu
 * pattern may match "ſ" or the Kelvin sign for "s" or "k": such text passes the word test, and no
 * last word may hold those letters (a last word is read as a run of ASCII letters).
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
