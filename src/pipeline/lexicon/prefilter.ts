// A cheap necessary condition for regexes: stages run dozens of patterns over every sentence or
// paragraph, and most texts contain none of the words a pattern needs (required-words.ts). One
// pass over the lower-cased text tells which patterns may match at all; the others are not run.
// Exact by construction: a pattern is skipped only when a match is impossible.
export { requiredWords } from './required-words.js';

/**
 * For a list of patterns, which may match a text: one pass over the lower-cased text finds every
 * pattern's required words at once (Aho-Corasick, as a table over ASCII: required words are
 * ASCII, so any other character goes back to the start), instead of one `includes` per word.
 */
export class PatternFilter {
  /** delta[state * 128 + c]: the next state. */
  private readonly delta: Int32Array;
  /** Per state: the patterns one of whose words ends here. */
  private readonly out: number[][];
  private readonly always: number[] = [];
  /** Per state: 1 if some pattern's word ends there (most states: none, and no array to read). */
  private readonly ends: Uint8Array;

  constructor(private readonly size: number, words: readonly (readonly string[] | null)[]) {
    const next: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    words.forEach((ws, id) => {
      if (!ws) { this.always.push(id); return; }
      for (const w of ws) {
        let state = 0;
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          let to = next[state]!.get(c);
          if (to === undefined) { to = next.length; next.push(new Map()); out.push([]); next[state]!.set(c, to); }
          state = to;
        }
        out[state]!.push(id);
      }
    });
    // Breadth first: a state's failure state is shallower, so its row is complete when needed.
    this.delta = new Int32Array(next.length * 128);
    const fail = new Int32Array(next.length);
    for (const [c, t] of next[0]!) this.delta[c] = t;
    const queue = [...next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      out[s] = [...new Set([...out[s]!, ...out[fail[s]!]!])];
      for (let c = 0; c < 128; c++) {
        const t = next[s]!.get(c);
        if (t === undefined) this.delta[s * 128 + c] = this.delta[fail[s]! * 128 + c]!;
        else { this.delta[s * 128 + c] = t; fail[t] = this.delta[fail[s]! * 128 + c]!; queue.push(t); }
      }
    }
    this.out = out;
    this.ends = Uint8Array.from(out, (o) => (o.length ? 1 : 0));
  }

  /** Flags per pattern: false only when the text has none of its required words. */
  mayMatch(lower: string): boolean[] {
    const flags = new Array<boolean>(this.size).fill(false);
    for (const id of this.always) flags[id] = true;
    const delta = this.delta;
    const ends = this.ends;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (c >= 128) {
        // "ſ" (long s) matches "s" under the i and u flags but lower-cases to itself.
        if (c === 0x17f) return flags.fill(true);
        state = 0;
        continue;
      }
      state = delta[state * 128 + c]!;
      if (ends[state]) this.flag(flags, state);
    }
    return flags;
  }

  private flag(flags: boolean[], state: number): void {
    const o = this.out[state]!;
    for (let k = 0; k < o.length; k++) flags[o[k]!] = true;
  }
}
