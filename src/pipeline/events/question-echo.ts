// An interview's question that names an event the answer then tells ("Q: There were reports of a
// drone strike on a market last week. / A: Yes, on Thursday a drone dropped two bombs on the market
// in …"): the answer's telling, with its own day and place, is the event; the question only points at
// it. (A question whose answer tells no such event, an accusation denied, keeps its own.)
import type { Candidate } from './clauses.js';

const QUESTION_LINE = /^\s*(?:Q|Question|Interviewer)\s*[:.\-–—]/;
/** How far after the question the answer's telling may come (its first lines). */
const ANSWER_REACH = 600;

export function echoedByAnswer(text: string, c: Candidate, cands: readonly Candidate[]): boolean {
  if (!QUESTION_LINE.test(text.slice(c.sentence.start, c.sentence.end))) return false;
  return cands.some((o) => o.sub === c.sub && o.sentence.start >= c.sentence.end && o.sentence.start - c.sentence.end < ANSWER_REACH
    && !QUESTION_LINE.test(text.slice(o.sentence.start, o.sentence.end))
    && !/\n\s*(?:Q|Question|Interviewer)\s*[:.\-–—]/.test(text.slice(c.sentence.end, o.sentence.start)));
}
