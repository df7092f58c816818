// The speech verbs of a sentence (statements.ts reads them left to right): VERB, found without
// trying its look-behind and word boundaries at every position of the sentence.
import { SPEECH_VERBS } from './lexicon.js';

// ", saying security forces had …": "saying", "claiming" and "alleging" after a comma report
// speech whatever follows; "adding" and "reporting" only before a clause ("adding to the tension").
// "The paper quoted General X as saying …": the person before "as saying" speaks (group 4; the
// loop checks the "as", a look-behind tried at every position cost more than the rest of VERB).
// "wrote" reports only with its clause ("wrote on social media that …", not "wrote a letter").
export const VERB = new RegExp(`\\b(${SPEECH_VERBS}|wrote(?=[^.;"“”]{0,60}?\\bthat\\b))\\b|(?<=,\\s)(?:(saying|claiming|alleging)(?=\\s+[\\w"“‘])|((?:reporting|adding)(?=\\s+(?:that|it|its|they|their|he|she|the)\\b)|telling(?=\\s[^.;"“”]{1,60}?\\bthat\\b)))|\\b(saying|claiming)(?=\\s+[\\w"“‘])`, 'g');
const VERB_AT = new RegExp(VERB.source, 'y');
/** Every match of VERB starts with one of these words: a plain alternation V8 scans several
 * times faster than VERB, whose look-behind and \b it tries at every position. */
const VERB_WORDS = new RegExp(`${SPEECH_VERBS}|wrote|saying|claiming|alleging|reporting|adding|telling`, 'g');

/** `VERB.exec(body)` with `VERB.lastIndex = from`: VERB tried only where one of its words starts. */
export function nextVerb(body: string, from: number): RegExpExecArray | null {
  VERB_WORDS.lastIndex = from;
  for (let w = VERB_WORDS.exec(body); w; w = VERB_WORDS.exec(body)) {
    VERB_AT.lastIndex = w.index;
    const m = VERB_AT.exec(body);
    if (m) return m;
    VERB_WORDS.lastIndex = w.index + 1;
  }
  return null;
}
