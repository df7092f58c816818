// A person's reported words that are a claim as well as a quote: a party's spokesman denying a deed
// and laying it on another or rebutting reports, and words giving a toll (hedged when the text
// doubts it). Split from index.ts.
import type { ActorOut, ClaimOut, QuoteOut } from '../../core/schema.js';
import type { Sentence } from '../layers.js';
import { FIGURE_DOUBT, hedges, MISSING } from './lexicon.js';
import type { PartTests } from './part-tests.js';
import { DEATHS, DEATH_DOUBT, TOLL, TOLL_DOUBT, TOLL_WORDS, killingToll } from './tolls.js';
import { rebuts } from './rebuttal.js';

/** A denial of a deed or a presence ("had not used", "there were no fighters") and another party made the doer. */
const DENIAL = /\b(?:had|has|have|did|was|were)\s+not\b|\bthere\s+(?:were|was)\s+no\b/i;
// (…laid on a party by name, "by the military": stateWords(pack).blame.)
/** An aside right after a person's words that weighs them: ", a figure we could not verify", ", a claim that could not be confirmed". */
const TRAILING_DOUBT = /^\s*,\s*(?:a|an|which\s+is\s+a)\s+(?:figure|number|toll|claim|count|total|tally|estimate|account)\b[^;]*$/i;

/** How many sentences on a doubt may weigh a person's toll when only their own words stand between. */
const DOUBT_REACH = 4;
const sameSpeaker = (a: QuoteOut, b: QuoteOut): boolean => !!a.speaker && !!b.speaker && a.speaker.name === b.speaker.name;

/** Adds to `claims` the quotes that claim too; `blame`: the words that lay a deed on a party (stateWords(pack).blame). */
export function quoteClaims(text: string, sentences: readonly Sentence[], quotes: readonly QuoteOut[], claims: ClaimOut[], part: PartTests, outlet: ActorOut | null, blame: RegExp): void {
  /** Whether a sentence soon after the words' sentence doubts a figure or a death: the next one, or up to
   * DOUBT_REACH on when only the same speaker's words stand between ("…, he said. \"We lost two.\" The
   * number of dead could not be confirmed."); no claim and no other speaker's words between. */
  const doubtedNext = (q: QuoteOut, span: { start: number; end: number }): boolean => {
    const k = sentences.findIndex((x) => x.start <= span.start && span.start < x.end);
    if (k < 0) return false;
    for (let j = k + 1; j <= k + DOUBT_REACH && j < sentences.length; j++) {
      const next = sentences[j]!;
      if (claims.some((c) => c.span && c.span.start >= span.end && c.span.end <= next.end)) return false;
      if (j > k + 1 && quotes.some((o) => o.span && o.span.start >= sentences[j - 1]!.start && o.span.start < next.start && !sameSpeaker(o, q))) return false;
      if (!part.doubts(next.start, next.end)) {
        if (next.block !== sentences[k]!.block && !quotes.some((o) => o.span && o.span.start < next.end && o.span.end > next.start && sameSpeaker(o, q))) return false;
        continue;
      }
      const doubt = text.slice(next.start, next.end);
      return (j === k + 1 ? next.block === sentences[k]!.block : true) && (FIGURE_DOUBT.test(doubt) || TOLL_DOUBT.test(doubt) || DEATH_DOUBT.test(doubt));
    }
    return false;
  };
  /** Whether the rest of the words' sentence is an aside that doubts them ("…, a figure we could not verify"). */
  const doubtedAfter = (span: { start: number; end: number }): boolean => {
    const k = sentences.findIndex((x) => x.start <= span.start && span.start < x.end);
    const end = k >= 0 ? sentences[k]!.end : span.end;
    return end - span.end > 10 && TRAILING_DOUBT.test(text.slice(span.end, end)) && part.doubts(span.end, end);
  };
  // A person's words that assert a contested fact (a toll) are a quote and a claim.
  for (const q of quotes) {
    if (claims.some((c) => c.span && q.span && c.span.start === q.span.start)) continue;
    // …and so do a party's spokesman's reported words denying a deed and laying it on another ("its forces had not used drones … the boat was hit by a mine laid by X").
    // …and a party's spokesman's rebuttal of reports ("dismissed the reports, saying …", "said the photos were fabricated").
    if (q.speaker && q.span && !q.direct && q.speaker.affiliation && (DENIAL.test(q.text) && blame.test(q.text) || rebuts(text, q.span.start, q.text))) claims.push({ text: q.text, claimant: q.speaker, hedged: hedges(q.text), reported_by: outlet, evidence: q.evidence, span: q.span });
    // "X, a KNLA spokesman, said nine soldiers were killed. The Herald could not confirm the figure.": the toll is doubted.
    // (", killing four people" and ", killing the driver" give the toll with the deed's participle.)
    else if (q.speaker && q.span && (TOLL_WORDS.test(q.text) && TOLL.test(q.text) && DEATHS.test(q.text) || killingToll(q.text)) && !MISSING.test(q.text)) claims.push({ text: q.text, claimant: q.speaker, hedged: hedges(q.text) || doubtedAfter(q.span) || doubtedNext(q, q.span), reported_by: outlet, evidence: q.evidence, span: q.span });
  }
}
