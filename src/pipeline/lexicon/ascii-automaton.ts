// Aho–Corasick over ASCII as a dense table: one pass over a text finds every listed word ending at
// each offset. Shared by PatternFilter (which patterns may match) and WordStarts (where words
// start); each attaches its own numbers to a word.

export interface AsciiAutomaton {
  /** columnOf[c]: the column of ASCII character c in `delta`; 0 for every character no word
   * holds (those all lead back to the start). */
  readonly columnOf: Uint8Array;
  /** delta[(state << shift) + columnOf[c]]: the next state (any character >= 128 is the caller's
   * to handle). A row has a column per character the words hold, not 128: the table of a large
   * word list is then small enough to stay in cache while a text is read (a quarter of the
   * events stage's trigger scan went to reading the 128-wide one; 16-bit states halve it again). */
  readonly delta: Uint16Array;
  readonly shift: number;
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
  // The characters the words hold get columns 1…; column 0 stands for all the others.
  const columnOf = new Uint8Array(128);
  const chars: number[] = [0];
  for (const [w] of words) for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128 && !columnOf[c]) { columnOf[c] = chars.length; chars.push(c); }
  }
  let shift = 0;
  while (1 << shift < chars.length) shift++;
  const width = 1 << shift;
  // Breadth first: a state's failure state is shallower, so its row is complete when needed.
  if (next.length > 0xffff) throw new Error(`asciiAutomaton: ${next.length} states, more than 16-bit states hold`);
  const delta = new Uint16Array(next.length * width);
  const fail = new Int32Array(next.length);
  for (const [c, t] of next[0]!) delta[columnOf[c]!] = t;
  const queue = [...next[0]!.values()];
  for (let q = 0; q < queue.length; q++) {
    const s = queue[q]!;
    out[s] = merge(out[s]!, out[fail[s]!]!);
    for (let k = 1; k < chars.length; k++) {
      const t = next[s]!.get(chars[k]!);
      if (t === undefined) delta[s * width + k] = delta[fail[s]! * width + k]!;
      else { delta[s * width + k] = t; fail[t] = delta[fail[s]! * width + k]!; queue.push(t); }
    }
  }
  return { columnOf, delta, shift, out, ends: Uint8Array.from(out, (o) => (o.length ? 1 : 0)) };
}

/**
 * Records the words ending at `end` (an output's [list id, word length] pairs) as start offsets
 * in their list: ascending and distinct, as the scans that share this promise.
 */
export function recordStarts(starts: (number[] | undefined)[], pairs: Int32Array, end: number): void {
  for (let k = 0; k < pairs.length; k += 2) {
    const at = end - pairs[k + 1]!;
    const list = starts[pairs[k]!];
    if (!list) starts[pairs[k]!] = [at];
    else if (list[list.length - 1]! < at) list.push(at);
    else insertStart(list, at);
  }
}

/** A shorter word ending later may start earlier: keep the list sorted and distinct. Rare, and
 * kept out of recordStarts: inlined into the hot scans, its unvisited code had no type feedback
 * and threw their optimised code out the first time it ran (a 100–200 ms recompile). */
function insertStart(list: number[], at: number): void {
  if (list.includes(at)) return;
  let i = list.length;
  while (i > 0 && list[i - 1]! > at) i--;
  list.splice(i, 0, at);
}
