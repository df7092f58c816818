// Word tokens with their offsets and a normalised form (lowercase, no diacritics, no
// apostrophes), so "People’s", "Peoples" and "PEOPLE'S" compare equal.
//
// A word is what /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/u matches; a final "'s" comes off. The
// scanner below does that by hand (char codes, no regex or string replace per token): tokenising
// ran several times per article and was a tenth of extraction time. test/pipeline/tokens.test.ts
// checks it against the regex definition.
import { isAsciiAlnum } from '../../core/chars.js';
import { boundedMemo } from '../../core/memo.js';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly norm: string;
  /** The token starts with an upper-case letter (proper-noun test; digits are not capitals). */
  readonly cap: boolean;
}

/** Whether w has a character beyond ASCII (a char-code loop: this runs for every such word). */
function hasNonAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0x80) return true;
  return false;
}

/** w without its apostrophes (' and ’); w itself when it has none (most words). */
function dropApostrophes(w: string): string {
  if (w.indexOf("'") < 0 && w.indexOf('’') < 0) return w;
  return w.replaceAll("'", '').replaceAll('’', '');
}

export function normWord(w: string): string {
  // Most words are ASCII: skip Unicode normalisation for them (it dominates tokenising time).
  if (!hasNonAscii(w)) return dropApostrophes(w.toLowerCase());
  // Combining accents (U+0300–U+036F) come off before lower-casing, as lower-casing may add one
  // ("İ" → "i" + U+0307), which stays.
  const d = w.normalize('NFKD');
  let s = '';
  let from = 0;
  for (let i = 0; i < d.length; i++) {
    const c = d.charCodeAt(i);
    if (c < 0x300 || c > 0x36f) continue;
    s += d.slice(from, i);
    from = i + 1;
  }
  s = from ? s + d.slice(from) : d;
  return dropApostrophes(s.toLowerCase());
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const wordCache = new Map<number, boolean>();
/** Set when wordCharAt looked at a non-ASCII character (reset per word by scan). */
let sawNonAscii = false;

/** Length (1 or 2 code units) of the letter or digit at i, 0 when there is none. */
function wordCharAt(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiAlnum(c) ? 1 : 0;
  sawNonAscii = true;
  let cp = c;
  let len = 1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) { cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000; len = 2; }
  }
  let ok = wordCache.get(cp);
  if (ok === undefined) { ok = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)); wordCache.set(cp, ok); }
  return ok ? len : 0;
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019;

/** End of the run of letters and digits starting at i (i itself when there is none). */
function runEnd(text: string, i: number, to: number): number {
  while (i < to) {
    const n = wordCharAt(text, i, to);
    if (!n) break;
    i += n;
  }
  return i;
}

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  return scan(text, from, to, null);
}

/** Below this many characters a region is tokenised without a one-byte view (not worth a copy). */
const VIEW_MIN = 256;

/** text[from, to) as a one-byte string of the same length: the same character where it is ASCII
 * (only ASCII words are read from it). Why: a text with one dash or curly quote is a two-byte
 * string, and lower-casing its slices took V8's slow path (~30% of a document's tokenising). */
const oneByteView = (text: string, from: number, to: number): string => Buffer.from(text.slice(from, to), 'latin1').toString('latin1');

/** Tokenises text[from, to); `rawEnds` (if given) gets each word's end before the "'s" came off. */
export function scan(text: string, from: number, to: number, rawEnds: number[] | null): Token[] {
  const out: Token[] = [];
  if (to > text.length) to = text.length;
  const view = to - from >= VIEW_MIN ? oneByteView(text, from, to) : null;
  let i = from;
  while (i < to) {
    const code0 = text.charCodeAt(i);
    const first = wordCharAt(text, i, to);
    if (!first) { i++; continue; }
    const start = i;
    sawNonAscii = code0 >= 0x80;
    let end = runEnd(text, i + first, to);
    let lastApos = -1;
    while (end + 1 < to && isApostrophe(text.charCodeAt(end)) && wordCharAt(text, end + 1, to)) {
      lastApos = end;
      end = runEnd(text, end + 1, to);
    }
    // A possessive is the word itself: "the KIA's" is the KIA ("junta’s" → "junta").
    let wEnd = end;
    if (lastApos >= 0 && lastApos === end - 2 && (text.charCodeAt(end - 1) | 32) === 115) wEnd = lastApos;
    const code = text.charCodeAt(start);
    const cap = code < 0x80 ? code >= 65 && code <= 90 : isUpperFirst(text.slice(start, wEnd));
    // normWord without its tests when the word is plain ASCII letters and digits (most are).
    const plain = lastApos < 0 && !sawNonAscii;
    const norm = plain ? (view ? view.slice(start - from, wEnd - from) : text.slice(start, wEnd)).toLowerCase() : normWord(text.slice(start, wEnd));
    out.push({ start, end: wEnd, norm, cap });
    if (rawEnds) rawEnds.push(end);
    i = end;
  }
  return out;
}

/** Whether a word's first character changes when lower-cased (a capital beyond ASCII). */
function isUpperFirst(w: string): boolean {
  const c = w[0]!;
  return c !== c.toLowerCase();
}

/** The lookup key of a name: its normalised tokens joined by single spaces. Remembered: the
 * same names (actor aliases, place names) are keyed again for every article. */
export const nameKey: (s: string) => string = boundedMemo(nameKeyUncached, 50_000);

/** `nameKey` without its memo, for names keyed once (a country's cities as its index is built). */
export function nameKeyUncached(s: string): string {
  const tokens = tokenize(s);
  if (tokens.length === 1) return tokens[0]!.norm;
  let key = '';
  for (let i = 0; i < tokens.length; i++) key += (i ? ' ' : '') + tokens[i]!.norm;
  return key;
}
