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

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Map<number, Map<string, T[]>>>();
  private maxLen = 1;

  add(phrase: string, value: T): void {
    const key = nameKey(phrase);
    if (!key) return;
    const parts = key.split(' ');
    const first = parts[0]!;
    let byLen = this.byFirst.get(first);
    if (!byLen) this.byFirst.set(first, (byLen = new Map()));
    let byKey = byLen.get(parts.length);
    if (!byKey) byLen.set(parts.length, (byKey = new Map()));
    const list = byKey.get(key);
    if (!list) byKey.set(key, [value]);
    else if (!list.includes(value)) list.push(value);
    if (parts.length > this.maxLen) this.maxLen = parts.length;
  }

  lookup(phrase: string): readonly T[] {
    const key = nameKey(phrase);
    const parts = key.split(' ');
    return this.byFirst.get(parts[0]!)?.get(parts.length)?.get(key) ?? [];
  }

  match(tokens: readonly Token[], text: string, opts: MatchOptions = {}): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < tokens.length; ) {
      const t = tokens[i]!;
      const byLen = this.byFirst.get(t.norm);
      let hit: PhraseMatch<T> | null = null;
      if (byLen && (!opts.capitalised || t.cap)) {
        for (let n = Math.min(this.maxLen, tokens.length - i); n >= 1 && !hit; n--) {
          const byKey = byLen.get(n);
          if (!byKey || !adjacent(tokens, i, n, text)) continue;
          let key = t.norm;
          for (let k = 1; k < n; k++) key += ' ' + tokens[i + k]!.norm;
          const values = byKey.get(key);
          if (values) hit = { start: t.start, end: tokens[i + n - 1]!.end, from: i, to: i + n, key, values };
        }
      }
      if (hit) { out.push(hit); i = hit.to; } else i++;
    }
    return out;
  }
}

/** Tokens i..i+n-1 are one phrase: only spaces, hyphens, slashes, dots, '&' or a possessive between them. */
function adjacent(tokens: readonly Token[], i: number, n: number, text: string): boolean {
  for (let k = 1; k < n; k++) {
    const gap = text.slice(tokens[i + k - 1]!.end, tokens[i + k]!.start);
    // A possessive stays inside a name: "People's Defence Force" (the tokeniser drops the 's).
    if (gap.length > 4 || !/^(?:['’]s)?[\s\-\u2013/.&]*$/.test(gap) || gap.includes('\n')) return false;
  }
  return true;
}
