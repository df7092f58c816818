// The labels of an interview's question and answer lines ("Q:", "Question –", "A.", "Answer:"), read
// by the stages that treat an answer's "we" and "they" as the interviewee's side and its enemy.

/** A line of the text that opens on a question label (any line: the `m` flag). */
export const QUESTION_LINE = /^[ \t]*(?:Q|Question|Interviewer)[ \t]*[:.\-–—]/m;
/** A block that opens on an answer label. */
export const ANSWER_OPEN = /^\s*(?:A|Answer)\s*[:.\-–—]/;
