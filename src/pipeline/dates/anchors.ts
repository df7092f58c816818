// Runs a date rule only where a match can start, instead of over the whole text. Most date rules
// hold a month name, one holds a weekday: their matches start at the name or a few characters
// before it. Exact by construction: `matchesNear` gives the matches a global `exec` loop gives,
// because every match starts inside a candidate window and the windows are tried in order with
// the sticky form of the same pattern (see test/pipeline/dates-anchors.test.ts).
import { isSpace } from '../../core/chars.js';
import { wordStart } from '../lexicon/keyed-pattern.js';

/** Where matches of a rule can start, relative to the anchors of the text. */
export type Anchor =
  /** A month name starts the match, or only characters `before` accepts stand between. */
  | { kind: 'month'; before: (c: number) => boolean }
  /** A case-sensitive weekday name ("Monday") starts the match. */
  | { kind: 'weekday' }
  /** A year "19xx" or "20xx" ends the match, after only characters `before` accepts. */
  | { kind: 'year'; before: (c: number) => boolean };

// Where each kind of anchor starts, as words for a WordStarts scan (find.ts; ASCII case ignored,
// no non-ASCII character folds to an ASCII one, as under the rules' flags gi without u):
// - month: every month alternative of MONTH_PATTERN starts with one of these three letters;
//   two can overlap ("jaNOV"), and the scan reports both;
// - weekday: "day", which every weekday name ends with, 3 to 6 characters in;
// - year: "19" and "20", which every year the year rule reads starts with.
export const ANCHOR_WORDS: Readonly<Record<Anchor['kind'], readonly string[]>> = {
  month: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  weekday: ['day'],
  year: ['19', '20'],
};

/** A character set of ASCII letters (either case) and digits, plus `extra` code points and `\s`. */
export function charSet(letters: string, extra = ''): (c: number) => boolean {
  const ascii = new Uint8Array(128);
  for (const ch of letters.toLowerCase() + letters.toUpperCase() + '0123456789' + extra) if (ch.charCodeAt(0) < 128) ascii[ch.charCodeAt(0)] = 1;
  const wide = new Set([...extra].map((ch) => ch.charCodeAt(0)).filter((c) => c >= 128));
  return (c) => (c < 128 ? ascii[c] === 1 : wide.has(c)) || isSpace(c);
}

/**
 * Every match of `sticky` (a rule's pattern with flag y instead of g) in `s`, as the global
 * pattern's exec loop finds them. `anchors` come from monthAnchors/dayAnchors for `at`. The
 * pattern must start with `\b` then an ASCII letter or digit, as every date rule's does.
 */
export function matchesNear(s: string, sticky: RegExp, at: Anchor, anchors: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let p = 0; // the next start to try: at or after the end of the last match
  for (const a of anchors) {
    // The window of possible starts for this anchor: [lo, hi].
    let lo: number, hi: number;
    if (at.kind === 'weekday') { lo = a - 6; hi = a - 3; }
    else if (at.kind === 'year') { lo = hi = a - 1; while (lo > p && at.before(s.charCodeAt(lo - 1))) lo--; }
    else { lo = a; hi = a; while (lo > p && at.before(s.charCodeAt(lo - 1))) lo--; }
    if (hi < p) continue;
    if (lo > p) p = lo;
    while (p <= hi) {
      // Every rule's pattern starts with \b and a letter or digit: other places need no try
      // (most month anchors are inside words: "junta", "market", "doctor").
      if (!wordStart(s, p)) { p++; continue; }
      sticky.lastIndex = p;
      const m = sticky.exec(s);
      if (m) { out.push(m); p += m[0].length; } else p++;
    }
  }
  return out;
}
