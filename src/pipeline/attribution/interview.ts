// Interview answers printed without quotation marks: each answer is the interviewee's own words, a
// direct quote. Three layouts, as outlets print them:
// - labelled "Q: Who holds the camp now? / A: Our troops are in the camp." (also "Question –",
//   "Q." with "A.");
// - labelled by speaker, "Irrawaddy: Who holds the camp now?" then "Naw Bu: Our troops are …":
//   the label of the first question asks, another label names who answers;
// - questions alone on their line (printed in bold on the page, plain once copied), each followed
//   by its answer's paragraphs, in a story whose opening says it is an interview.
// An answer's later paragraphs, up to the next question, are its speaker's words too. The
// interviewee is the person the story names last before its first question ("… asked X, who
// speaks for …").
import type { QuoteOut } from '../../core/schema.js';
import type { Block } from '../layers.js';
import type { Person } from '../people/index.js';
import { personOut } from '../output.js';

const QUESTION = /^(?:Q|Question)\s*([.:–—-])\s*\S/;
const ANSWER = /^(?:A|Answer)\s*[:–—-]\s*/;
// "A." opens names ("A. Smith said …") as often as answers: it is an answer only where the questions are "Q.".
const ANSWER_DOT = /^(?:A|Answer)\s*[.:–—-]\s*/;
/** "Naw Bu: …", "The Irrawaddy: …", "Col. Saw Kyaw:": a speaker's label of up to five capitalised words. */
const SPEAKER_LABEL = /^((?:\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’.-]*)\s*:\s+(?=\S)/u;
/** Labels that mark a paragraph as no one's speech ("Read more: …", "Photo: …"). */
const NOT_SPEAKER = /^(?:Read|Related|Photo|Photos|Video|Note|Editor|Update|Source|Sources|Credit|Caption|Also|See|Watch|Listen|Translated|Translation|Disclaimer)\b/;
/** Labels of the one who asks. */
const ASKER = /^(?:Q|Question|Interviewer|Reporter|Editor)$/;
/** Words of an opening that announce questions and answers. */
const INTERVIEW_CUE = /\binterview(?:ed|s)?\b|\bspoke\s+(?:to|with)\b|\btalked\s+(?:to|with)\b|\basked\b|\bQ\s*&\s*A\b/i;
/** A question alone on its line: short, not itself a quotation. */
const QUESTION_MAX = 400;
const OPENS_QUOTE = /^["“‘'«]/;
/** After the last question the story may go on in its own voice ("Residents said …", "Editor's
 * note: …"): a paragraph there is still the answer's only when it speaks in the first person and
 * reports no one. */
const FIRST_PERSON = /\b(?:I|we|We|our|Our|us|my|My|me)\b/;
const REPORTS = /\b(?:said|says|told|according to|reported)\b/;
const stillAnswering = (line: string): boolean => FIRST_PERSON.test(line) && !REPORTS.test(line);

/** The answers of a question-and-answer passage, as direct quotes of their speakers. */
export function interviewAnswers(text: string, blocks: readonly Block[], story: readonly Person[], quotes: readonly QuoteOut[]): QuoteOut[] {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
  const out = labelled(text, paragraphs, story, quotes);
  return out.length ? out : unlabelled(text, paragraphs, story, quotes);
}

/** Q/A labels or speaker labels. */
function labelled(text: string, paragraphs: readonly Block[], story: readonly Person[], quotes: readonly QuoteOut[]): QuoteOut[] {
  const out: QuoteOut[] = [];
  let interviewee: Person | undefined;
  /** The asker's label once a question was seen ("Q" for Q/A layouts). */
  let asker: string | null = null;
  let dotted = false;
  /** The last question's paragraph, once the asker is known. */
  let lastAsk = -1;
  /** Who speaks in the paragraphs after an answer, up to the next question. */
  let speaking: Person | undefined;
  const asks = paragraphs.map((b) => {
    const line = text.slice(b.start, b.end);
    const question = QUESTION.exec(line);
    const label = question ? null : SPEAKER_LABEL.exec(line);
    const name = label && !NOT_SPEAKER.test(label[1]!) ? label[1]! : null;
    return { line, question, label, name };
  });
  for (let i = 0; i < paragraphs.length; i++) {
    const b = paragraphs[i]!;
    const { line, question, label, name } = asks[i]!;
    if (question || (name && (name === asker || (!asker && (ASKER.test(name) || line.trimEnd().endsWith('?')))))) {
      interviewee ??= story.findLast((p) => p.end <= b.start);
      if (asker === null) {
        asker = question ? 'Q' : name;
        lastAsk = asks.findLastIndex((a) => a.question || a.name === asker);
      }
      dotted = !!question && question[1] === '.';
      speaking = undefined;
      continue;
    }
    if (!asker || !interviewee) continue;
    const answer = asker === 'Q' ? (dotted ? ANSWER_DOT : ANSWER).exec(line) : null;
    let start = b.start;
    if (answer) { speaking = interviewee; start += answer[0].length; }
    else if (name && asker !== 'Q') { speaking = labelledSpeaker(name, story, interviewee, b.start); start += label![0].length; }
    // (An unlabelled paragraph runs the answer on when a question follows, or when it still speaks as the answer did.)
    else if (speaking && i > lastAsk && !stillAnswering(line)) speaking = undefined;
    if (!speaking) continue;
    push(out, text, start, b.end, speaking, quotes);
  }
  return out;
}

/** The person a speaker label names: one the story named before whose name ends with the label's
 * last word ("Naw Bu" for "Col. Naw Bu"); else the interviewee. */
function labelledSpeaker(label: string, story: readonly Person[], interviewee: Person, at: number): Person {
  const last = label.split(/\s+/).pop()!;
  return story.findLast((p) => p.end <= at && p.name.split(/\s+/).pop() === last) ?? interviewee;
}

/** Questions alone on their line, in a story whose opening says it is an interview. */
function unlabelled(text: string, paragraphs: readonly Block[], story: readonly Person[], quotes: readonly QuoteOut[]): QuoteOut[] {
  const isQuestion = (b: Block): boolean => {
    const line = text.slice(b.start, b.end).trim();
    return line.length <= QUESTION_MAX && line.endsWith('?') && !OPENS_QUOTE.test(line);
  };
  const first = paragraphs.findIndex(isQuestion);
  if (first < 0 || paragraphs.filter(isQuestion).length < 2) return [];
  if (!INTERVIEW_CUE.test(text.slice(paragraphs[0]!.start, paragraphs[first]!.start))) return [];
  const interviewee = story.findLast((p) => p.end <= paragraphs[first]!.start);
  if (!interviewee) return [];
  const out: QuoteOut[] = [];
  const last = paragraphs.findLastIndex(isQuestion);
  for (let i = first + 1; i < paragraphs.length; i++) {
    const b = paragraphs[i]!;
    if (isQuestion(b)) continue;
    // (The last answer's first paragraph is the answer; later ones only while they still speak as it.)
    if (i > last + 1 && !stillAnswering(text.slice(b.start, b.end))) break;
    push(out, text, b.start, b.end, interviewee, quotes);
  }
  return out;
}

/** An answer's paragraph [start, end) as a direct quote, unless a quotation already covers part of it. */
function push(out: QuoteOut[], text: string, start: number, end: number, speaker: Person, quotes: readonly QuoteOut[]): void {
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  if (end - start < 2 || quotes.some((q) => q.span && q.span.start < end && q.span.end > start)) return;
  const words = text.slice(start, end);
  out.push({ text: words, direct: true, speaker: personOut(speaker), evidence: words, span: { start, end } });
}
