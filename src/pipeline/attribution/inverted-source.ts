// A source standing after its verb, ending the sentence ("…, said a shopkeeper in the town"), and
// whether a quotation is the clause before it. Split from statements.ts.
import { sourceAfter } from './leading-source.js';
import type { Source } from './source.js';
import type { Ctx } from './statements.js';

/** The source standing after an inverted verb, when nothing else follows it. */
export function invertedSource(text: string, from: number, to: number, layers: Ctx): Source | null {
  const src = sourceAfter(text, from, to, layers);
  // Only a source that ends the sentence ("said a shopkeeper in the town who asked not to be named.").
  const rest = text.slice(src?.end ?? to, to);
  if (src?.kind === 'person' && /^\s*,\s*(?:a|an|the)\b[^"“”]*$/.test(rest)) return src; // "said X, a nurse at …"
  return src && /^\s*(?:(?:in|from|at|of|with|near)\s+[\p{L}\s'’-]{1,40}?)?\s*(?:,?\s*who\b[^.]*)?[.\s]*$/u.test(rest) ? src : null;
}

/** Whether quotation `q` is the clause's direct quote (it opens the clause or fills half of it),
 * not a phrase quoted inside it ("nine terrorists were \"sent to hell\" as troops …, the ISPR said"). */
export function quotesClause(q: { start: number; end: number }, from: number, to: number): boolean {
  return q.start <= from + 2 || (q.end - q.start) * 2 > to - from;
}
