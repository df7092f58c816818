// Parts of a sentence whose triggers are told apart from the rest: a tally's "since" clause that
// dates a capture ("Since we took the town in December 2024 they have bombed it 40 times": the
// capture counts, the tally does not), and a report the text calls false ("Reports that junta
// troops had re-entered the town were false": nothing in it happened).
import type { SubEventType } from '../../core/schema.js';
import { MONTH } from './background.js';
import { CAPTURES } from './date-words.js';

/** A span of the sentence (offsets into it); `to` is exclusive. */
export interface Part { from: number; to: number }

const SINCE_CAPTURE = new RegExp(String.raw`\b[Ss]ince\s+[^,;.]{0,40}?\b(?:took|captured|seized|overran|retook|recaptured|liberated|capture\s+of|seizure\s+of|fall\s+of)\b[^,;.]{0,60}?\b(?:in|on)\s+(?:(?:early|late|mid-?)\s*)?(?:${MONTH}\s+)?(?:\d{1,2},?\s+)?\d{4}\b`);
const FALSE_REPORT = /\b(?:[Rr]eports?|[Cc]laims?|[Rr]umou?rs?|[Aa]ccounts?)\s+that\s+([^.;]*?)\s+(?:(?:was|were|is|are)\s+(?:false|untrue|baseless|unfounded|fabricated|incorrect|wrong)|(?:was|were|has been|have been)\s+(?:denied|dismissed))\b/;

/** In a tally sentence, the "since" clause that dates a capture; null when it has none (the sentence names no event). */
export function sinceCapture(sentence: string): Part | null {
  const m = SINCE_CAPTURE.exec(sentence);
  return m ? { from: m.index, to: m.index + m[0].length } : null;
}

/** Whether a trigger of `sub` at `at` counts in a tally sentence whose dated capture clause is `part`. */
export const countsInTally = (part: Part, sub: SubEventType, at: number): boolean => CAPTURES.has(sub) && at >= part.from && at < part.to;

/** What the sentence reports and calls false, or null. */
export function falseReport(sentence: string): Part | null {
  const m = sentence.includes(' that ') ? FALSE_REPORT.exec(sentence) : null;
  if (!m) return null;
  const from = m.index + m[0].indexOf(m[1]!);
  return { from, to: from + m[1]!.length };
}
