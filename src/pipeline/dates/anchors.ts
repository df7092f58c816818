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

// Every month alternative of MONTH_PATTERN starts with one of these (flags gi as the rules: no u,
// so no non-ASCII character folds to an ASCII one). Two can overlap ("jaNOV"): scanned one by one.
// (A char-code loop over the text was no faster than this pattern.)
const MONTH_START = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/gi;
/** The same starts as words, for a WordStarts scan (find.ts). */
export const MONTH_STARTS = MONTH_START.source.split('|');

/** Start offsets of every possible month name in `s`, ascending. */
export function monthAnchors(s: string): number[] {
  const out: number[] = [];
  MONTH_START.lastIndex = 0;
  for (let m = MONTH_START.exec(s); m; m = MONTH_START.exec(s)) {
    out.push(m.index);
    MONTH_START.lastIndex = m.index + 1;
  }
  return out;
}

/** Offsets of "19" and "20": every year the year rule reads starts with one. */
export function yearAnchors(s: string): number[] {
  const out: number[] = [];
  for (let i = s.indexOf('19'), j = s.indexOf('20'); i >= 0 || j >= 0; ) {
    if (j < 0 || (i >= 0 && i < j)) { out.push(i); i = s.indexOf('19', i + 1); } else { out.push(j); j = s.indexOf('20', j + 1); }
  }
  return out;
}

/** Offsets of "day" in `s`: every weekday name ends with it, 3 to 6 characters in. */
export function dayAnchors(s: string): number[] {
  const out: number[] = [];
  for (let i = s.indexOf('day'); i >= 0; i = s.indexOf('day', i + 1)) out.push(i);
  return out;
}


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
