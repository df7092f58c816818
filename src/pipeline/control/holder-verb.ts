// The verb of "<actor> (now) holds/controls/keeps its administration in <places>", found without
// trying its word boundary, look-behind and alternation at every position of the sentence.

/** The verb and what may stand between it and the places held. */
const HOLDER_VERB = /\b(?:now\s+|still\s+)?(?:holds?|(?<=\b(?:leav(?:es|e|ing)|left)\s+(?:[\w'’-]+\s+){1,4})holding|controls?|(?:has|have|had)\s+(?:long\s+|since\s+)?(?:held|controlled|administered)|keeps?\s+(?:its|their)\s+administration\s+in|administers?|runs?)\s+(?:only\s+)?(?:the\s+towns?\s+of\s+)?/;
const HOLDER_VERB_AT = new RegExp(HOLDER_VERB.source, 'y');
/** Every match of HOLDER_VERB starts with one of these words: a plain alternation, which V8 scans
 * several times faster than HOLDER_VERB itself (measured about 5x on the sentences it runs on). */
const HOLDER_WORDS = /now|still|hold|control|ha[sdv]|keep|administ|run/g;

/** `sent.matchAll(/HOLDER_VERB/g)`: HOLDER_VERB tried only where one of its words starts. */
export function holderVerbs(sent: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  HOLDER_WORDS.lastIndex = 0;
  for (let w = HOLDER_WORDS.exec(sent); w; w = HOLDER_WORDS.exec(sent)) {
    HOLDER_VERB_AT.lastIndex = w.index;
    const m = HOLDER_VERB_AT.exec(sent);
    // After a match the search goes on from its end (it is never empty), as matchAll's would.
    HOLDER_WORDS.lastIndex = m ? m.index + m[0].length : w.index + 1;
    if (m) out.push(m);
  }
  return out;
}
