// Unnamed sources ("two local aid workers", "residents in Ngathaingchaung, who asked not to be
// named"): the pattern that finds one ending the text before a speech verb, a faster way to run
// it, and the one opening an "according to" phrase. Named sources are ./source.ts.
import { isSpace } from '../../core/chars.js';
import { FOLDS_TO_ASCII } from '../lexicon/gates.js';
import { PatternFilter, requiredWords } from '../lexicon/prefilter.js';
import { SOURCE_HEADS } from './lexicon.js';

// An unnamed source at the end of the text before a speech verb: up to four modifier words, a
// head noun, and an optional tail ("in Ngathaingchaung", "who asked not to be named").
const MOD = "(?:[\\p{L}'’-]+\\s+){0,4}?";
/** The tail after the head noun ("in Ngathaingchaung, who asked not to be named", "close to the military", "near the central market", "appointed by the resistance", "abroad", "on the Bhamo front, speaking on condition of anonymity", "contacted by the Wire in Hpakant", "who asked not to be named because they were not authorised to speak"). */
const TAIL = '(?:in|from|with|at|of|for|outside|who|whose|which|working|based|familiar|close|near|appointed|abroad|overseas|speaking|reached|contacted|interviewed|on(?=\\s+the\\b))\\b[^,]{0,100}?(?:,[^,]{0,100})?,?';
export const UNNAMED = new RegExp(`(?:^|[\\s(,])((?:an?\\s+|the\\s+|one\\s+|two\\s+|some\\s+|several\\s+)?${MOD}(?:${SOURCE_HEADS}))(?:\\s+(?:and|or)\\s+(?:an?\\s+|the\\s+)?${MOD}(?:${SOURCE_HEADS}))?(?:,?\\s+${TAIL})?\\s*$`, 'iu');
/** Cheap words-first test before UNNAMED itself. */
export const UNNAMED_FILTER = new PatternFilter(1, [requiredWords(UNNAMED)]);
const UNNAMED_AT = new RegExp(UNNAMED.source, 'iuy');
// The head nouns in a plain (non-unicode) regex, several times cheaper to scan with. Under /iu
// only "ſ" (long s) and "K" (Kelvin sign) fold to ASCII letters: text with those takes UNNAMED itself.
const HEADS = new RegExp(SOURCE_HEADS, 'gi');
// What UNNAMED needs after its first head noun: the end (white space only), "and"/"or" and a
// second phrase, or its tail ("in Ngathaingchaung, who asked not to be named") up to the end.
// A head noun mid-clause ("killed 12 people as they fled, residents said") starts no match:
// testing this once per head skips the costly tries of the whole pattern before it.
const HEAD_ENDS_PHRASE = new RegExp(`(?:${SOURCE_HEADS})(?=\\s*$|\\s+(?:and|or)\\s|,?\\s+${TAIL}\\s*$)`, 'iuy');

/**
 * `UNNAMED.exec(s)`, trying the pattern only where a match can start: at the separator before
 * one of the (up to five) words that precede a head noun ("two local aid workers"). The
 * pattern costs hundreds of steps at every separator; head nouns are few.
 */
export function unnamedAtEnd(s: string): RegExpExecArray | null {
  if (FOLDS_TO_ASCII.test(s)) return UNNAMED.exec(s);
  const starts: number[] = [];
  HEADS.lastIndex = 0;
  for (let m = HEADS.exec(s); m; m = HEADS.exec(s)) {
    HEADS.lastIndex = m.index + 1;
    HEAD_ENDS_PHRASE.lastIndex = m.index;
    if (HEAD_ENDS_PHRASE.test(s)) phraseStarts(s, m.index, starts);
  }
  // Few candidates, mostly in order already: insertion sort.
  for (let i = 1; i < starts.length; i++) {
    const v = starts[i]!;
    let j = i;
    for (; j > 0 && starts[j - 1]! > v; j--) starts[j] = starts[j - 1]!;
    starts[j] = v;
  }
  for (const p of starts) {
    UNNAMED_AT.lastIndex = p;
    const m = UNNAMED_AT.exec(s);
    if (m) return m;
  }
  return null;
}

/** Where UNNAMED can match with its first head noun at `head`: the separator (or the text's start)
 * before the head and before each of up to five words ("the", four modifiers) right before it. */
function phraseStarts(s: string, head: number, out: number[]): void {
  let q = head;
  for (let words = 0; ; words++) {
    if (q === 0) { out.push(0); return; }
    const sep = s.charCodeAt(q - 1);
    if (sep === 40 || sep === 44 || isSpace(sep)) out.push(q - 1);
    if (words === 5) return;
    // Back over the white space and the word before it ("(?:[\p{L}'’-]+\s+)").
    let j = q;
    while (j > 0 && isSpace(s.charCodeAt(j - 1))) j--;
    if (j === q) return;
    let w = j;
    while (w > 0) {
      const n = modCharBefore(s, w);
      if (!n) break;
      w -= n;
    }
    if (w === j) return;
    q = w;
  }
}

/** 1 or 2 when the code unit(s) before `i` are a character of [\p{L}'’-], else 0. */
function modCharBefore(s: string, i: number): number {
  const c = s.charCodeAt(i - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45 ? 1 : 0;
  if (c === 0x2019) return 1;
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = s.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isLetter(s.codePointAt(i - 2)!) ? 2 : 0;
  }
  return isLetter(c) ? 1 : 0;
}

/** \p{L}, remembered per character (quotes and dashes come up at every word walked back over). */
const letters = new Map<number, boolean>();
const LETTER = /^\p{L}$/u;
function isLetter(cp: number): boolean {
  let ok = letters.get(cp);
  if (ok === undefined) { ok = LETTER.test(String.fromCodePoint(cp)); letters.set(cp, ok); }
  return ok;
}

// After "according to" unattributed reports are a source too ("according to unconfirmed reports");
// before a verb "the same reports warned" refers back, so "reports" is no head there.
const UNNAMED_START = new RegExp(`^\\s*((?:an?\\s+|the\\s+|one\\s+|two\\s+|some\\s+|several\\s+)?${MOD}(?:${SOURCE_HEADS}|reports))\\b`, 'iu');
/** More head nouns right after the first: "volunteer medics", "camp volunteers". */
const MORE_HEADS = new RegExp(`^(?:\\s+(?:${SOURCE_HEADS})\\b)+`, 'iu');

/** The unnamed source opening `s` ("according to volunteer medics and residents"): its first
 * noun phrase, with every head noun that follows the first ("volunteer medics", not "volunteer"). */
export function unnamedAtStart(s: string): string | null {
  const m = UNNAMED_START.exec(s);
  if (!m) return null;
  const more = MORE_HEADS.exec(s.slice(m[0].length));
  return more ? m[1]! + more[0] : m[1]!;
}
