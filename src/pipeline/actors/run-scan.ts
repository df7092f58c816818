// Matches of a global pattern whose matches are a run of name words ending in a noun (ORG: "Chin
// National Front", FIGHTERS: "M23 rebels"), as its exec loop finds them, without running the
// pattern over the whole text: such patterns try several words and dozens of nouns at every
// capital, and were the costliest actors patterns. The nouns are rare; the pattern runs only
// around them.

/**
 * `cues` (global) finds in every match the white space before its noun. Everything a match
 * holds before that is name characters (letters, digits, '’-, white space), so a match with a
 * cue starts in the run of name characters around the cue and ends in it or at most `tail`
 * characters after it. So `window` (the pattern, global) runs per cue on that run and `tail`
 * after it (and one character before, for `\b`), from the end of the last match on, in order.
 * A match found starting after the run is dropped: it is found again, whole, from its own cue.
 * (test/pipeline/actors-scan.test.ts compares this with the exec loop.)
 */
export function matchesInRuns(s: string, cues: RegExp, window: RegExp, tail: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let last = 0; // end of the last match: the exec loop's lastIndex
  let runEnd = 0; // end of the last run read
  cues.lastIndex = 0;
  for (let c = cues.exec(s); c; c = cues.exec(s)) {
    const q = c.index;
    // A cue inside the last match or in a run already read without a match has no match of its own.
    if (q < last || q < runEnd) continue;
    let w = q;
    while (w > last && isNameChar(s.charCodeAt(w - 1))) w--;
    if (w === q) continue; // no word before the cue
    runEnd = q;
    while (runEnd < s.length && isNameChar(s.charCodeAt(runEnd))) runEnd++;
    const base = Math.max(0, w - 1);
    window.lastIndex = w - base;
    const m = window.exec(s.slice(base, runEnd + tail));
    if (!m || base + m.index >= runEnd) continue;
    m.index += base;
    out.push(m);
    last = m.index + m[0].length;
    // More matches may start in the same run after this one.
    runEnd = Math.min(runEnd, last);
  }
  return out;
}

/** A superset of the characters of a match before its noun: letters, digits, '’- and `\s` (any
 * non-ASCII character counts: a superset only widens the window). */
function isNameChar(c: number): boolean {
  if (c >= 128) return true;
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 32 || (c >= 9 && c <= 13);
}
