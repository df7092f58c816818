// The speech verbs of a sentence (statements.ts reads them left to right): VERB, found without
// trying its look-behind and word boundaries at every position of the sentence.
import { SPEECH_VERBS } from './lexicon.js';
import { firstAt } from '../lexicon/sticky-at.js';

// ", saying security forces had …": "saying", "claiming" and "alleging" after a comma report
// speech whatever follows; "adding" and "reporting" only before a clause ("adding to the tension").
// "The paper quoted General X as saying …": the person before "as saying" speaks (group 4; the
// loop checks the "as", a look-behind tried at every position cost more than the rest of VERB).
// "wrote" reports only with its clause ("wrote on social media that …", not "wrote a letter").
export const VERB = new RegExp(`\\b(${SPEECH_VERBS}|wrote(?=[^.;"“”]{0,60}?\\bthat\\b))\\b|(?<=,\\s)(?:(saying|claiming|alleging)(?=\\s+[\\w"“‘])|((?:reporting|adding)(?=\\s+(?:that|it|its|they|their|he|she|the)\\b)|telling(?=\\s[^.;"“”]{1,60}?\\bthat\\b)))|\\b(saying|claiming)(?=\\s+[\\w"“‘])`, 'g');
const VERB_AT = new RegExp(VERB.source, 'y');
/** `VERB.exec(body)` with `VERB.lastIndex = from`, VERB tried only where one of its leading words
 * starts (`at`: their offsets in the text, found once per document by cues.ts; `base`: the body's
 * offset in the text). A scan of each sentence for those words (an alternation V8 tries at every
 * position) was most of the cost. */
export function nextVerb(body: string, base: number, from: number, at: readonly number[]): RegExpExecArray | null {
  return firstAt(VERB_AT, body, base, from, at);
}
