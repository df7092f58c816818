// A cheap necessary condition for regexes: stages run dozens of patterns over every sentence or
// paragraph, and most texts contain none of the words a pattern needs (required-words.ts). One
// pass over the lower-cased text tells which patterns may match at all; the others are not run.
// Exact by construction: a pattern is skipped only when a match is impossible.
import { asciiAutomaton, type AsciiAutomaton } from './ascii-automaton.js';

export { requiredWords } from './required-words.js';

/**
 * For a list of patterns, which may match a text: one pass over the lower-cased text finds every
 * pattern's required words at once (Aho-Corasick, as a table over ASCII: required words are
 * ASCII, so any other character goes back to the start), instead of one `includes` per word.
 */
export class PatternFilter {
  /** The patterns' required words; a state's `out`: the patterns one of whose words ends there. */
  private readonly table: AsciiAutomaton;
  private readonly always: number[] = [];

  constructor(private readonly size: number, words: readonly (readonly string[] | null)[]) {
    const entries: [string, number[]][] = [];
    words.forEach((ws, id) => {
      if (!ws) this.always.push(id);
      else for (const w of ws) entries.push([w, [id]]);
    });
    this.table = asciiAutomaton(entries, (own, inherited) => [...new Set([...own, ...inherited])]);
  }

  /** Flags per pattern: false only when the text has none of its required words. */
  mayMatch(lower: string): boolean[] {
    const flags = new Array<boolean>(this.size).fill(false);
    for (const id of this.always) flags[id] = true;
    const { delta, columnOf, shift, ends } = this.table;
    let state = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      if (c >= 128) {
        // "ſ" (long s) matches "s" under the i and u flags but lower-cases to itself.
        if (c === 0x17f) return flags.fill(true);
        state = 0;
        continue;
      }
      state = delta[(state << shift) + columnOf[c]!]!;
      if (ends[state]) this.flag(flags, state);
    }
    return flags;
  }

  private flag(flags: boolean[], state: number): void {
    const o = this.table.out[state]!;
    for (let k = 0; k < o.length; k++) flags[o[k]!] = true;
  }
}
