// "stormed a junta hilltop camp near X on Thursday … Two soldiers of the garrison were killed and the
// rest fled", "stormed the hilltop position before dawn, and the last soldiers inside surrendered": an
// assault after which the defenders fled or gave up took the place (ACLED: the taker overtakes
// territory), though no capture verb is used.
import type { Sentence } from '../layers.js';
import type { Candidate } from './clauses.js';

const STORMED = /^(?:stormed|overwhelmed|assaulted|raided)\b/i;
/** The defenders gone, in the storming's sentence or the next. */
const DEFENDERS_GONE = /\b(?:the (?:rest|remaining|last|surviving|other)|(?:its|the (?:camp|post|base|outpost|position|station)['’]s) (?:garrison|defenders)|(?:soldiers|troops|defenders|garrison|policemen|police officers) (?:inside|there|stationed there|guarding it))\b[^.;]{0,40}?\b(?:fled|retreated|withdrew|surrendered|abandoned|escaped|ran away|gave up)\b/i;

export function stormedAndTaken(text: string, c: Candidate, sentences: readonly Sentence[]): boolean {
  if (c.sub !== 'Armed clash' || !STORMED.test(text.slice(c.trigger.start, c.trigger.end))) return false;
  const i = sentences.indexOf(c.sentence);
  const next = i >= 0 ? sentences[i + 1] : undefined;
  return DEFENDERS_GONE.test(text.slice(c.trigger.end, next && next.start - c.sentence.end < 3 ? next.end : c.sentence.end));
}
