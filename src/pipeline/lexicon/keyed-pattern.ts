// Runs a global pattern only around the words its matches need, instead of at every position
// of the text. V8 tries a pattern such as "\b(?:about\s+)?(a|an|one|…)\s+days?\s+later\b" at
// every offset of a 4 KB story; the story has "later" a few times, if at all.
//
// Exact for a pattern (flag g, not u) whose every match (1) starts with `\b` then an ASCII letter
// or digit and (2) holds only ASCII letters, digits and white space (`\s`; look-arounds may read
// anything). Every match also holds one of its required words (required-words.ts), so it starts
// at a word start in the run of letters, digits and spaces that ends at, or goes on past, one of
// those words. Those starts are tried in order with the sticky form of the pattern, from the end
// of the last match on: the matches the global pattern's exec loop finds.
import { isAsciiAlnum, isSpace } from '../../core/chars.js';
import { requiredWords } from './required-words.js';

export class KeyedPattern {
  private readonly sticky: RegExp;
  /** Lower-case ASCII words, one of which every match holds. */
  readonly keys: readonly string[];

  /** `re`: global, meeting (1) and (2) above. Throws when no required word can be read off it. */
  constructor(readonly re: RegExp) {
    if (!re.global || re.unicode) throw new Error(`KeyedPattern: needs a global pattern without flag u: ${re}`);
    const keys = requiredWords(re);
    if (!keys) throw new Error(`KeyedPattern: no required word in ${re}`);
    this.keys = keys;
    this.sticky = new RegExp(re.source, re.flags.replace('g', 'y'));
  }

  /**
   * The global pattern's matches in `s`, in order, given `at`: the offsets where one of `keys`
   * starts in `s` (ASCII case ignored), ascending (WordStarts.scan gives them).
   */
  matchesAt(s: string, at: readonly number[] | undefined): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    if (!at) return out;
    const sticky = this.sticky;
    let p = 0; // the next start to try: at or after the end of the last match
    for (const k of at) {
      if (k < p) continue;
      let lo = k;
      while (lo > p && inMatch(s.charCodeAt(lo - 1))) lo--;
      for (p = lo; p <= k; ) {
        if (!wordStart(s, p)) { p++; continue; }
        sticky.lastIndex = p;
        const m = sticky.exec(s);
        if (m) { out.push(m); p += m[0].length; } else p++;
      }
    }
    return out;
  }
}

/** A character a match may hold: an ASCII letter or digit, or white space. */
const inMatch = (c: number): boolean => isAsciiAlnum(c) || isSpace(c);

/** Where `\b` then a letter or digit can match: a letter or digit after no word character. */
export function wordStart(s: string, p: number): boolean {
  if (!isAsciiAlnum(s.charCodeAt(p))) return false;
  if (p === 0) return true;
  const b = s.charCodeAt(p - 1);
  return !(isAsciiAlnum(b) || b === 95);
}
