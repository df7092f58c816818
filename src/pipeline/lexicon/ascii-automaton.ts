// Aho–Corasick over ASCII as a dense table: one pass over a text finds every listed word ending at
// each offset. Shared by PatternFilter (which patterns may match) and the events stage's StartScan
// (where trigger words start); each attaches its own numbers to a word.

export interface AsciiAutomaton {
  /** delta[state * 128 + c]: the next state (any character >= 128 is the caller's to handle). */
  readonly delta: Int32Array;
  /** Per state: the numbers of the words ending there, its failure states' included (see `merge`). */
  readonly out: number[][];
  /** Per state: 1 if some word ends there (most states: none, and no array to read). */
  readonly ends: Uint8Array;
}

/** `merge(own, inherited)`: a state's numbers and its failure state's, as the caller wants them kept. */
export function asciiAutomaton(words: readonly (readonly [string, readonly number[]])[],
  merge: (own: number[], inherited: number[]) => number[]): AsciiAutomaton {
  const next: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  for (const [w, data] of words) {
    let state = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let to = next[state]!.get(c);
      if (to === undefined) { to = next.length; next.push(new Map()); out.push([]); next[state]!.set(c, to); }
      state = to;
    }
    out[state]!.push(...data);
  }
  // Breadth first: a state's failure state is shallower, so its row is complete when needed.
  const delta = new Int32Array(next.length * 128);
  const fail = new Int32Array(next.length);
  for (const [c, t] of next[0]!) delta[c] = t;
  const queue = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    out[s] = merge(out[s]!, out[fail[s]!]!);
    for (let c = 0; c < 128; c++) {
      const t = next[s]!.get(c);
      if (t === undefined) delta[s * 128 + c] = delta[fail[s]! * 128 + c]!;
      else { delta[s * 128 + c] = t; fail[t] = delta[fail[s]! * 128 + c]!; queue.push(t); }
    }
  }
  return { delta, out, ends: Uint8Array.from(out, (o) => (o.length ? 1 : 0)) };
}
