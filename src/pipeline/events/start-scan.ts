// Where trigger patterns may match: one pass over a sentence finds every place where one of a
// pattern's leading words (leading-words.ts) starts, for all patterns at once (Aho-Corasick over
// ASCII, as PatternFilter in lexicon/prefilter.ts, which only tells whether a word occurs). A
// pattern is then tried as a sticky regex at those places only: "led" inside "killed" costs one
// failed try, not a walk of the sentence. Exact: every match starts at one of the places.
import { asciiAutomaton, recordStarts, type AsciiAutomaton } from '../lexicon/ascii-automaton.js';

const APOSTROPHE = 39, RIGHT_QUOTE = 0x2019;

function lowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

export class StartScan {
  /** The automaton of the patterns' leading words (its `out` as typed arrays below). */
  private readonly table: AsciiAutomaton;
  /** Per state: pattern, word length, pattern, word length … of the words ending there. */
  private readonly out: Int32Array[];

  /** `words[p]`: lower-case ASCII strings one of which starts every match of pattern p ("'" also
   * stands for "’"); null: the pattern's places are unknown, and `scan` reports none for it. */
  constructor(readonly size: number, words: readonly (readonly string[] | null)[]) {
    const entries: [string, number[]][] = [];
    words.forEach((ws, id) => {
      for (const w of ws ?? []) {
        if (!lowerAscii(w)) throw new Error(`StartScan: not lower-case ASCII: ${w}`);
        entries.push([w, [id, w.length]]);
      }
    });
    // A state's pairs and its failure state's: all kept, each pair a word ending here.
    this.table = asciiAutomaton(entries, (own, inherited) => [...own, ...inherited]);
    this.out = this.table.out.map((o) => Int32Array.from(o));
  }

  /**
   * Per pattern, the offsets in `text` (from `from` to `to`) where one of its words starts,
   * ascending and distinct; undefined for a pattern with none. ASCII letters are lower-cased as
   * read; "’" reads as "'"; any other non-ASCII character matches no word character.
   */
  scan(text: string, from: number, to: number): (number[] | undefined)[] {
    const starts = new Array<number[] | undefined>(this.size);
    const { delta, columnOf, shift, ends } = this.table;
    let state = 0;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        if (c !== RIGHT_QUOTE) { state = 0; continue; }
        c = APOSTROPHE;
      } else if (c >= 65 && c <= 90) c += 32;
      state = delta[(state << shift) + columnOf[c]!]!;
      if (!ends[state]) continue;
      recordStarts(starts, this.out[state]!, i + 1);
    }
    return starts;
  }
}
