// The qualifier before a number ("at least", "about") tested by its last word first: MIN and
// APPROX are anchored at the end, and V8 tries such a pattern at every offset before the number.
// (A scan for where a number can start, trying NUM only there, was slower than NUM itself: a
// JavaScript loop over the characters costs more than V8's own scan for its first characters.)
import { isSpace } from '../../core/chars.js';

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
