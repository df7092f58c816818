// A pattern tried (sticky) only at given offsets: where one of its leading words starts
// (leading-words.ts), found once per sentence or document by a scan (word-starts.ts). The matches
// are those a global walk of the pattern over the text finds, when the offsets include every place
// one of its matches can start: most texts hold a pattern's words in other roles ("led" in
// "killed"), and V8 cannot skip ahead for patterns opening on "\b(" and an alternation. The
// events stage takes every match of a trigger (trigger-hits.ts), attribution the first of a verb.

/**
 * The matches of sticky `re` in `body` (= text.slice(base, base + body.length)) from `from` on,
 * tried only at the offsets of `at` (ascending, offsets in the text), left to right, at most
 * `limit`. A match ends before the next try, as in a global walk (one further on an empty match).
 */
export function matchesAt(re: RegExp, body: string, base: number, from: number, at: readonly number[], limit = Infinity): RegExpExecArray[] {
  const hits: RegExpExecArray[] = [];
  const end = base + body.length;
  for (let k = firstAtOrAfter(at, base + from); k < at.length && hits.length < limit; k++) {
    const p = at[k]!;
    if (p >= end) break;
    if (p - base < from) continue;
    re.lastIndex = p - base;
    const m = re.exec(body);
    if (!m) continue;
    hits.push(m);
    from = m.index + Math.max(1, m[0].length);
  }
  return hits;
}

/** The first index of ascending `at` whose offset is at least `pos` (at.length when none): the
 * binary search of core/search.ts without its callback, as this runs per pattern and sentence. */
function firstAtOrAfter(at: readonly number[], pos: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at[mid]! >= pos) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** `re.exec(body)` from `from` on, for sticky `re` tried only at the offsets of `at`: the leftmost match. */
export function firstAt(re: RegExp, body: string, base: number, from: number, at: readonly number[]): RegExpExecArray | null {
  return matchesAt(re, body, base, from, at, 1)[0] ?? null;
}

/** Whether sticky `re` matches `text` at one of the offsets of `at`. */
export function someAt(re: RegExp, text: string, at: readonly number[]): boolean {
  for (const p of at) {
    re.lastIndex = p;
    if (re.test(text)) return true;
  }
  return false;
}
