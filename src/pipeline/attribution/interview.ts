// Interview answers printed without quotation marks ("Q: Who holds the camp now? / A: Our troops
// are in the camp."): each answer is the interviewee's own words, a direct quote. The interviewee
// is the person the story names last before its first question ("… asked X, who speaks for …").
import type { QuoteOut } from '../../core/schema.js';
import type { Block } from '../layers.js';
import type { Person } from '../people/index.js';
import { personOut } from '../output.js';

const QUESTION = /^(?:Q|Question)\s*([.:–—-])\s*\S/;
const ANSWER = /^(?:A|Answer)\s*[:–—-]\s*/;
// "A." opens names ("A. Smith said …") as often as answers: it is an answer only where the questions are "Q.".
const ANSWER_DOT = /^(?:A|Answer)\s*[.:–—-]\s*/;

/** The answers of a question-and-answer passage, as direct quotes of its interviewee. */
export function interviewAnswers(text: string, blocks: readonly Block[], story: readonly Person[], quotes: readonly QuoteOut[]): QuoteOut[] {
  const out: QuoteOut[] = [];
  let interviewee: Person | undefined;
  let asked = false;
  let dotted = false;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const line = text.slice(b.start, b.end);
    const question = QUESTION.exec(line);
    if (question) {
      interviewee ??= story.findLast((p) => p.end <= b.start);
      asked = true;
      dotted = question[1] === '.';
      continue;
    }
    const label = asked && interviewee ? (dotted ? ANSWER_DOT : ANSWER).exec(line) : null;
    if (!label || !interviewee) continue;
    const start = b.start + label[0].length;
    let end = b.end;
    while (end > start && /\s/.test(text.charAt(end - 1))) end--;
    if (end - start < 2 || quotes.some((q) => q.span && q.span.start < end && q.span.end > start)) continue;
    const words = text.slice(start, end);
    out.push({ text: words, direct: true, speaker: personOut(interviewee), evidence: words, span: { start, end } });
  }
  return out;
}
