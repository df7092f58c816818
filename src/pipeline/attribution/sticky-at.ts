// A pattern tried (sticky) only at given offsets, for the cue places found once per document
// (cues.ts): the same match as running the pattern over the text, when the offsets include every
// place one of its matches can start.
import { firstIndex } from '../../core/search.js';

/** `re.exec(body)` from `from` on (body = text.slice(base, base + body.length)), for sticky `re`
 * tried only at the offsets of `at` (ascending, offsets in the text): the leftmost match. */
export function firstAt(re: RegExp, body: string, base: number, from: number, at: readonly number[]): RegExpExecArray | null {
  const end = base + body.length;
  for (let k = firstIndex(at.length, (i) => at[i]! >= base + from); k < at.length; k++) {
    const p = at[k]!;
    if (p >= end) return null;
    re.lastIndex = p - base;
    const m = re.exec(body);
    if (m) return m;
  }
  return null;
}

/** Whether sticky `re` matches `text` at one of the offsets of `at`. */
export function someAt(re: RegExp, text: string, at: readonly number[]): boolean {
  for (const p of at) {
    re.lastIndex = p;
    if (re.test(text)) return true;
  }
  return false;
}
