// Where listed words start in a text, for several lists at once: one pass (Aho-Corasick over
// ASCII, ascii-automaton.ts) instead of an `indexOf` loop per word, or a regex per list, over the
// same text. The dates stage scans its anchors and rules' words with it; the events stage the
// leading words of its trigger patterns and its gated patterns' words (reading "’" as "'").
import { asciiAutomaton, recordStarts, type AsciiAutomaton } from './ascii-automaton.js';

const APOSTROPHE = 39, RIGHT_QUOTE = 0x2019;

function lowerAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128 || (c >= 65 && c <= 90)) return false;
  }
  return w.length > 0;
}

export interface WordStartsOptions {
  /** Read "’" as "'" ("Lashio’s" holds "'s"); otherwise it matches no word character. */
  readonly rightQuoteAsApostrophe?: boolean;
}

export class WordStarts {
  private readonly table: AsciiAutomaton;
  /** Per state: list, word length, list, word length … of the words ending there. */
  private readonly out: Int32Array[];
  /** The table's columnOf with each capital read as its small letter: lower-casing in the table
   * instead of a test per character halved the scan's time. */
  private readonly columnOf = new Uint8Array(128);
  private readonly rightQuote: boolean;
  readonly size: number;

  /** `lists[k]`: lower-case ASCII words (digits, spaces and "'" allowed); null: a list with no
   * words, which `scan` reports none for. */
  constructor(lists: readonly (readonly string[] | null)[], opts: WordStartsOptions = {}) {
    this.size = lists.length;
    this.rightQuote = opts.rightQuoteAsApostrophe ?? false;
    const entries: [string, number[]][] = [];
    lists.forEach((ws, id) => {
      for (const w of ws ?? []) {
        if (!lowerAscii(w)) throw new Error(`WordStarts: not lower-case ASCII: ${w}`);
        entries.push([w, [id, w.length]]);
      }
    });
    // A state's pairs and its failure state's: all kept, each pair a word ending here.
    this.table = asciiAutomaton(entries, (own, inherited) => [...own, ...inherited]);
    this.out = this.table.out.map((o) => Int32Array.from(o));
    for (let c = 0; c < 128; c++) this.columnOf[c] = this.table.columnOf[c >= 65 && c <= 90 ? c + 32 : c]!;
  }

  /**
   * Per list, the offsets in `text` (from `from` to `to`) where one of its words starts, ascending
   * and distinct; undefined for a list with none. ASCII letters are lower-cased as read (what a
   * pattern with flag i and without u matches); no other non-ASCII character matches a word character.
   */
  scan(text: string, from: number, to: number): (number[] | undefined)[] {
    const starts = new Array<number[] | undefined>(this.size);
    const { delta, shift, ends } = this.table;
    const columnOf = this.columnOf, out = this.out;
    let state = 0;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) {
        if (c !== RIGHT_QUOTE || !this.rightQuote) { state = 0; continue; }
        c = APOSTROPHE;
      }
      state = delta[(state << shift) + columnOf[c]!]!;
      if (ends[state] === 0) continue;
      recordStarts(starts, out[state]!, i + 1);
    }
    return starts;
  }
}
