// The tokens stage: the document's word tokens, computed once. Actors, places and the pack's
// document view all read words of the same story blocks; each used to tokenise them again (with
// `nameKey`, a tenth of extraction time). `DocTokens.in` gives the tokens of a region exactly as
// `tokenize(text, from, to)` would, without scanning the text again.
import type { Stage } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';
import type { Layers } from '../layers.js';
import { scan, tokenize, type Token } from '../lexicon/tokens.js';
import { firstIndex } from '../../core/search.js';

export class DocTokens {
  /** Every word of the text, in order. */
  readonly all: readonly Token[];
  /** Where each word's match ended before a possessive "'s" came off (a region must not cut one). */
  private readonly rawEnds: number[] = [];

  constructor(private readonly text: string) {
    this.all = scan(text, 0, text.length, this.rawEnds);
  }

  /** The tokens of text[from, to): the same as `tokenize(text, from, to)`. */
  in(from: number, to: number): Token[] {
    const a = this.firstEndingAfter(from);
    // A region boundary inside a word makes other words: tokenise the region itself then.
    if (a < this.all.length && this.all[a]!.start < from) return tokenize(this.text, from, to);
    const b = this.firstEndingAfter(to);
    if (b < this.all.length && this.all[b]!.start < to) return tokenize(this.text, from, to);
    return this.all.slice(a, b);
  }

  /** Tokens of each region, in order. */
  of(regions: readonly Span[]): Token[][] {
    return regions.map((r) => this.in(r.start, r.end));
  }

  /** Index of the first word whose match ends after `pos` (binary search). */
  private firstEndingAfter(pos: number): number {
    const ends = this.rawEnds;
    return firstIndex(ends.length, (i) => ends[i]! > pos);
  }
}

export const tokensStage: Stage<Layers> = {
  name: 'tokens',
  requires: [],
  assigns: ['tokens'],
  run: (ctx) => { ctx.layers.tokens = new DocTokens(ctx.doc.text); },
};
