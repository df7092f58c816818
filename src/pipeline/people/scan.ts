// The matches of the people patterns in a paragraph, exactly as `paragraph.matchAll(pattern)`
// gives them, without running any pattern over the whole paragraph.
//
// Every match holds an anchor: a title, honorific or role word where it starts, a speech verb
// where it starts ("said X") or ends ("X said"), or the comma of "X, a …". One pass over the
// paragraph's words finds the anchors (anchors.ts), far cheaper than the unicode patterns and
// their look-behind cues. Each pattern then runs sticky, only at the positions
// where one of its matches can start, from left to right, skipping positions inside the last
// match: the same leftmost, non-overlapping matches `matchAll` finds, as long as the positions
// include every start of a match (test/pipeline/people-scan.test.ts compares the two).
import { APPOS, COMMA, HON, ROLE, SAID_AFTER, SAID_BEFORE, TITLE, anchorsOf, findAnchors } from './anchors.js';
import { patternsOf } from './patterns.js';
import { perWords, type PeopleWords } from './words.js';
import { isSpace } from '../../core/chars.js';

/** Each pattern of a pack's words as a sticky regex, run at the anchors' positions (once per pack). */
const stickyOf = perWords((w) => patternsOf(w).PATTERNS.map((re) => new RegExp(re.source, re.flags.replace('g', '') + 'y')));

/** Matches of each pattern (of the pack's `words`: patterns.ts patternsOf) in `s`, in the order
 * and with the groups `s.matchAll(pattern)` gives. */
export function scanParagraph(s: string, words: PeopleWords): RegExpExecArray[][] {
  const sticky = stickyOf(words);
  const starts: number[][] = sticky.map(() => []);
  // Names before an anchor are read from the last anchor's position on (positions before it
  // were already candidates of that anchor, when in the same run of name characters).
  let apposFloor = 0;
  let saidFloor = 0;
  const anchors = findAnchors(s, anchorsOf(words));
  for (let a = 0; a < anchors.length; a += 2) {
    const p = anchors[a]!;
    const bits = anchors[a + 1]!;
    if (bits === COMMA) {
      nameStarts(s, p, apposFloor, starts[APPOS]!);
      apposFloor = p;
      continue;
    }
    const own = bits & WORD_THEN_NAME && !capitalAfterSpace(s, p) ? bits & ~WORD_THEN_NAME : bits;
    for (let k = 0; k < SAID_BEFORE; k++) if (own & (1 << k)) starts[k]!.push(p);
    // "X said": the verb after white space, the name before it.
    if (bits & (1 << SAID_BEFORE) && p > 0 && isSpace(s.charCodeAt(p - 1))) {
      nameStarts(s, p, saidFloor, starts[SAID_BEFORE]!);
      saidFloor = p;
    }
  }
  return sticky.map((re, k) => matchesAt(re, s, starts[k]!));
}

/** The patterns whose matches are the anchor's word, white space and a name ("Colonel Khun
 * Okkar", "Ko Thiha", "spokesman Khaing Thukha", "said Ko Tun"). */
const WORD_THEN_NAME = (1 << TITLE) | (1 << HON) | (1 << ROLE) | (1 << SAID_AFTER);

/**
 * Whether the character after the first white space from `p` on may be a capital (an ASCII
 * capital or any non-ASCII character): a name must start there for WORD_THEN_NAME to match at `p`
 * (a multi-word title's next word is capitalised too: "Prime Minister", "Lt. Gen."). Most role
 * words and verbs are followed by a lower-case word; their patterns are not tried there.
 */
function capitalAfterSpace(s: string, p: number): boolean {
  const n = s.length;
  let i = p;
  while (i < n && !isSpace(s.charCodeAt(i))) i++;
  while (i < n && isSpace(s.charCodeAt(i))) i++;
  if (i === n) return false;
  const c = s.charCodeAt(i);
  // "(": a title's unit in brackets before the name ("Inspector General (Zone II) K. Kabib");
  // "of": a title that names its service ("Superintendent of Police Ravi Kumar").
  return c >= 128 || (c >= 65 && c <= 90) || c === 40 || (c === 111 && s.charCodeAt(i + 1) === 102 && i + 2 < n && isSpace(s.charCodeAt(i + 2)));
}

/** The leftmost, non-overlapping matches of sticky `re` at ascending candidate positions. */
function matchesAt(re: RegExp, s: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    re.lastIndex = p;
    const m = re.exec(s);
    if (m) { out.push(m); from = p + m[0].length; }
  }
  return out;
}

/**
 * Where a name ending before `end` can start: every capital in the run of name characters
 * (letters, apostrophes, hyphens, white space) right before `end`, down to `floor`, ascending.
 * A name is one to five capitalised words; it may start inside a word ("McDonald", "xJohn"), as
 * a regex does, so every capital counts, not just the first letters of words. The walk stops
 * after the fifth word back, or after a word that does not start with a capital: a name holds
 * such a word only as its first (the regex tried at every capital of the clause before it cost
 * more than the rest of the people stage's regexes).
 */
function nameStarts(s: string, end: number, floor: number, out: number[]): void {
  const from = out.length;
  let i = end;
  /** Whether the walk is inside a word, the kind of the word's leftmost character so far, and the words left behind. */
  let inWord = false;
  let firstKind = 0;
  let words = 0;
  while (i > floor) {
    const c = s.charCodeAt(i - 1);
    let kind: number;
    let width = 1;
    if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= floor && isHighSurrogate(s.charCodeAt(i - 2))) {
      kind = charKind(s.codePointAt(i - 2)!);
      width = 2;
    } else {
      kind = c < 128 ? ASCII_KIND[c]! : charKind(c);
    }
    if (!kind) break;
    if (kind === SPACE) {
      if (inWord) {
        // A word's start: a name goes on to the left only past a capitalised word, and five at most.
        if (firstKind !== UPPER || ++words === 5) break;
        inWord = false;
      }
    } else {
      inWord = true;
      firstKind = kind;
    }
    i -= width;
    if (kind === UPPER) out.push(i);
  }
  // Pushed right to left: put this run's candidates in ascending order.
  for (let a = from, b = out.length - 1; a < b; a++, b--) { const t = out[a]!; out[a] = out[b]!; out[b] = t; }
}

const isHighSurrogate = (h: number): boolean => h >= 0xd800 && h <= 0xdbff;

/** Character kinds for names: not a name character, another name character, a capital (\p{Lu}), white space. */
const OTHER = 1;
const UPPER = 2;
const SPACE = 3;
const ASCII_KIND = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_KIND[c] = c >= 65 && c <= 90 ? UPPER : isSpace(c) ? SPACE : (c >= 97 && c <= 122) || c === 39 || c === 45 ? OTHER : 0;

const kinds = new Map<number, number>();
const LETTER = /^\p{L}$/u;
const CAPITAL = /^\p{Lu}$/u;
const WHITE = /^\s$/u;
function charKind(cp: number): number {
  let k = kinds.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = CAPITAL.test(ch) ? UPPER : WHITE.test(ch) ? SPACE : LETTER.test(ch) || ch === '’' ? OTHER : 0;
    kinds.set(cp, k);
  }
  return k;
}
