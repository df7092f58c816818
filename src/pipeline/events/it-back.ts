// "The AA has fought the junta since 2023. It took Maungdaw in December 2024, after overrunning the
// last base of the Border Guard Police": a deed whose subject is "it" or "the group" is the armed
// group the sentences just before named, not a side the clause names after its verb (the loser, or
// a side in an "after …" clause). "It" is never the state's men ("they" may be: they-back.ts).
import type { ActorEntry } from '../../core/pack.js';
import type { Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { sentencesBefore } from '../structure/sentences.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

const SUBJECT = /^\s*(?:[Ii]t|[Tt]he (?:group|movement|organi[sz]ation|alliance|army))\s+(?:(?:had|has|have|also|then|later|finally|eventually|quickly|briefly|first|again)\s+)*$/;
const SENTENCE_SUBJECT = /^\s*(?:It|The (?:group|movement|organi[sz]ation|alliance|army))\s[^;]*?\b(?:after|before|since|while|upon)\s+$/;
/** How many sentences back the group may stand. */
const BACK = 3;

export function itBack(text: string, c: Candidate, layers: Layers): ActorEntry | null {
  // (Or the sentence's subject, for a participle hanging on it: "It took Maungdaw, after overrunning …".)
  if (!SUBJECT.test(text.slice(c.clause.start, c.trigger.start)) && !(SENTENCE_SUBJECT.test(text.slice(c.sentence.start, c.trigger.start)) && /ing$/i.test(text.slice(c.trigger.start, c.trigger.end)))) return null;
  const back = sentencesBefore(layers.sentences, c.sentence.start, BACK);
  if (!back.length) return null;
  const from = back[0]!.start;
  return layers.actors.findLast((a) => a.start >= from && a.end <= c.sentence.start && ARMED_GROUP_KINDS.has(a.actor.kind))?.actor ?? null;
}
