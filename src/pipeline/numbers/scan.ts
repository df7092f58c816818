// Where a number can start, so that the number pattern runs only there: V8 tried its long
// alternation (digits and some forty number words, flag i) at every offset of the story.
import { isSpace } from '../../core/chars.js';

/** A three-letter key of ASCII characters, each read lower-case (`| 32`): a false key only costs a try. */
const key = (a: number, b: number, c: number): number => ((a | 32) << 16) | ((b | 32) << 8) | (c | 32);

/** The first three letters of every number word the pattern reads ("half a dozen", "several",
 * "twenty-one", "thousands"…); "a dozen", "a couple of", "a handful of", "a few" start with "a ". */
const PREFIXES = new Set(['hal', 'two', 'thr', 'fou', 'fiv', 'six', 'sev', 'eig', 'nin', 'ten', 'doz', 'hun', 'tho', 'sco', 'twe', 'thi', 'for', 'fif', 'one', 'ele']
  .map((w) => key(w.charCodeAt(0), w.charCodeAt(1), w.charCodeAt(2))));

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * The matches of `sticky` (the pattern with flag y instead of g) in `s`, as the global pattern's
 * exec loop gives them. Every match starts with `\b` then a digit, "a" and white space, or one
 * of PREFIXES (ASCII case ignored: without flag u no other character folds to an ASCII letter);
 * those starts are tried in order, from the end of the last match on.
 */
export function numberMatches(s: string, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const n = s.length;
  let prevWord = false;
  for (let p = 0; p < n; p++) {
    const c = s.charCodeAt(p);
    const word = isWordChar(c);
    if (!word || prevWord) { prevWord = word; continue; }
    prevWord = true;
    const lc = c | 32;
    if (!((c >= 48 && c <= 57) || (lc === 97 && isSpace(s.charCodeAt(p + 1))) || PREFIXES.has(key(c, s.charCodeAt(p + 1), s.charCodeAt(p + 2))))) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(s);
    if (!m) continue;
    out.push(m);
    // Go on from the match's end (never empty): the character before it is the match's last.
    p += m[0].length - 1;
    prevWord = isWordChar(s.charCodeAt(p));
  }
  return out;
}

/** Whether `t` ends in white space after one of `words` (lower-case ASCII letters), ASCII case
 * ignored: a superset of what a /i pattern "(…|word)\s+$" ending in one of them matches. */
export function endsInWordAndSpace(t: string, words: readonly string[]): boolean {
  let end = t.length;
  while (end > 0 && isSpace(t.charCodeAt(end - 1))) end--;
  if (end === t.length) return false;
  for (const w of words) {
    const from = end - w.length;
    if (from < 0) continue;
    let i = 0;
    while (i < w.length && (t.charCodeAt(from + i) | 32) === w.charCodeAt(i)) i++;
    if (i === w.length) return true;
  }
  return false;
}
