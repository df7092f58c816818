// Where trigger patterns may match: one pass over a sentence finds every place where one of a
// pattern's leading words (leading-words.ts) starts, for all patterns at once (Aho-Corasick over
// ASCII, as PatternFilter in lexicon/prefilter.ts, which only tells whether a word occurs). A
// pattern is then tried as a sticky regex at those places only: "led" inside "killed" costs one
// failed try, not a walk of the sentence. Exact: every match starts at one of the places.

const APOSTROPHE = 39, RIGHT_QUOTE = 0x2019;

export class StartScan {
  /** delta[state * 128 + c]: the next state. */
  private readonly delta: Int32Array;
  /** Per state: pattern, word length, pattern, word length … of the words ending there. */
  private readonly out: Int32Array[];
  private readonly ends: Uint8Array;

  /** `words[p]`: lower-case ASCII strings one of which starts every match of pattern p ("'" also
   * stands for "’"); null: the pattern's places are unknown, and `scan` reports none for it. */
  constructor(readonly size: number, words: readonly (readonly string[] | null)[]) {
    const next: Map<number, number>[] = [new Map()];
    const out: number[][] = [[]];
    words.forEach((ws, id) => {
      for (const w of ws ?? []) {
        let state = 0;
        for (let i = 0; i < w.length; i++) {
          const c = w.charCodeAt(i);
          if (c >= 128 || (c >= 65 && c <= 90)) throw new Error(`StartScan: not lower-case ASCII: ${w}`);
          let to = next[state]!.get(c);
          if (to === undefined) { to = next.length; next.push(new Map()); out.push([]); next[state]!.set(c, to); }
          state = to;
        }
        out[state]!.push(id, w.length);
      }
    });
    // Breadth first: a state's failure state is shallower, so its row is complete when needed.
    this.delta = new Int32Array(next.length * 128);
    const fail = new Int32Array(next.length);
    for (const [c, t] of next[0]!) this.delta[c] = t;
    const queue = [...next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      out[s] = [...out[s]!, ...out[fail[s]!]!];
      for (let c = 0; c < 128; c++) {
        const t = next[s]!.get(c);
        if (t === undefined) this.delta[s * 128 + c] = this.delta[fail[s]! * 128 + c]!;
        else { this.delta[s * 128 + c] = t; fail[t] = this.delta[fail[s]! * 128 + c]!; queue.push(t); }
      }
    }
    this.out = out.map((o) => Int32Array.from(o));
    this.ends = Uint8Array.from(out, (o) => (o.length ? 1 : 0));
  }

  /**
   * Per pattern, the offsets in `text` (from `from` to `to`) where one of its words starts,
   * ascending and distinct; undefined for a pattern with none. ASCII letters are lower-cased as
   * read; "’" reads as "'"; any other non-ASCII character matches no word character.
   */
  scan(text: string, from: number, to: number): (number[] | undefined)[] {
    const starts = new Array<number[] | undefined>(this.size);
    const { delta, ends } = this;
    let state = 0;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        if (c !== RIGHT_QUOTE) { state = 0; continue; }
        c = APOSTROPHE;
      } else if (c >= 65 && c <= 90) c += 32;
      state = delta[state * 128 + c]!;
      if (!ends[state]) continue;
      const o = this.out[state]!;
      for (let k = 0; k < o.length; k += 2) {
        const at = i + 1 - o[k + 1]!;
        const list = starts[o[k]!];
        if (!list) starts[o[k]!] = [at];
        else if (list[list.length - 1]! < at) list.push(at);
        // A shorter word ending later may start earlier: keep the list sorted and distinct.
        else if (!list.includes(at)) { list.push(at); list.sort((a, b) => a - b); }
      }
    }
    return starts;
  }
}
