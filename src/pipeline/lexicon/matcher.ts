// Longest-match dictionary lookup of multi-word phrases over tokens, left to right, without
// overlaps. Used for actor aliases, gazetteer names and cue lexicons alike.
import { nameKey, type Token } from './tokens.js';

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  /** Token index range [first, last+1). */
  readonly from: number;
  readonly to: number;
  readonly key: string;
  readonly values: readonly T[];
}

export interface MatchOptions {
  /** Require the first token of a match to be capitalised (proper names). */
  capitalised?: boolean;
}

/** The phrases starting with one word, by length; `longest` bounds how far a match looks ahead. */
interface Phrases<T> { longest: number; byLen: Map<number, Map<string, T[]>> }

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Phrases<T>>();

  add(phrase: string, value: T): void {
    const key = nameKey(phrase);
    if (!key) return;
    const parts = key.split(' ');
    const first = parts[0]!;
    let phrases = this.byFirst.get(first);
    if (!phrases) this.byFirst.set(first, (phrases = { longest: 1, byLen: new Map() }));
    let byKey = phrases.byLen.get(parts.length);
    if (!byKey) phrases.byLen.set(parts.length, (byKey = new Map()));
    const list = byKey.get(key);
    if (!list) byKey.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
    if (parts.length > phrases.longest) phrases.longest = parts.length;
  }

  lookup(phrase: string): readonly T[] {
    const key = nameKey(phrase);
    const parts = key.split(' ');
    return this.byFirst.get(parts[0]!)?.byLen.get(parts.length)?.get(key) ?? [];
  }

  match(tokens: readonly Token[], text: string, opts: MatchOptions = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    const capitalised = !!opts.capitalised;
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i]!;
      // The capital test first: it spares the map lookup for most words of a proper-name search.
      const phrases = capitalised && !t.cap ? undefined : this.byFirst.get(t.norm);
      let hit: PhraseMatch<T> | null = null;
      if (phrases) {
        const { longest, byLen } = phrases;
        // Each gap and each key prefix is computed once, not once per candidate length.
        const n0 = Math.min(longest, tokens.length - i, joinedRun(tokens, i, longest, text));
        let key = t.norm;
        const keys = [key];
        for (let k = 1; k < n0; k++) keys.push(key += ' ' + tokens[i + k]!.norm);
        for (let n = n0; n >= 1 && !hit; n--) {
          const values = byLen.get(n)?.get(keys[n - 1]!);
          if (values) hit = { start: t.start, end: tokens[i + n - 1]!.end, from: i, to: i + n, key: keys[n - 1]!, values };
        }
      }
      if (hit) { out.push(hit); i = hit.to; } else i++;
    }
    return out;
  }
}

/** How many tokens from i (at most max) are one phrase: only spaces, hyphens, slashes, dots,
 * '&' or a possessive between them. */
function joinedRun(tokens: readonly Token[], i: number, max: number, text: string): number {
  let n = 1;
  while (n < max && i + n < tokens.length && joined(tokens[i + n - 1]!, tokens[i + n]!, text)) n++;
  return n;
}

function joined(a: Token, b: Token, text: string): boolean {
  if (b.start === a.end + 1 && text.charCodeAt(a.end) === 32) return true; // one space, the usual gap
  const gap = text.slice(a.end, b.start);
  // A possessive stays inside a name: "People's Defence Force" (the tokeniser drops the 's).
  return !(gap.length > 4 || !/^(?:['’]s)?[\s\-\u2013/.&]*$/.test(gap) || gap.includes('\n'));
}
