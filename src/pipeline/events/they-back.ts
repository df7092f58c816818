// "Junta troops entered the village on Monday. They set fire to 40 houses", "A: They came with 300
// men … When they withdrew, they set fire to the village": a deed whose subject is "they", with no
// side named in its own sentence, is the last armed side the sentences just before it named.
import type { ActorEntry } from '../../core/pack.js';
import type { SubEventType } from '../../core/schema.js';
import type { ActorMention, Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { sentencesBefore } from '../structure/sentences.js';

/** Deeds done in person, whose doer a pronoun may stand for. */
const PRONOUN_DEEDS = new Set<SubEventType>(['Looting/property destruction', 'Attack', 'Abduction/forced disappearance', 'Arrests', 'Sexual violence']);
/** "they (had) (also) set fire": the pronoun right before the verb. */
const THEY_BEFORE = /\b[Tt]hey\s+(?:(?:had|have|also|then|later|reportedly|allegedly|again)\s+)*$/;
/** The state's men named without a registry name: "soldiers", "the column". */
const STATE_MEN = /\b(?:soldiers|troops|columns?|battalions?)\b/gi;
const ARMED = new Set<ActorEntry['kind']>(['state_force', 'rebel', 'militia', 'alliance']);
/** How many sentences back the antecedent may stand (an interview answer may tell five of its own after the question naming the side). */
const BACK = 6;

export function theyBack(text: string, c: Candidate, layers: Layers, stateForce: ActorEntry | undefined): ActorEntry | null {
  if (!PRONOUN_DEEDS.has(c.sub) || !THEY_BEFORE.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 40), c.trigger.start))) return null;
  const back = sentencesBefore(layers.sentences, c.sentence.start, BACK);
  if (!back.length) return null;
  const from = back[0]!.start;
  const last: ActorMention | undefined = layers.actors.findLast((a) => a.start >= from && a.end <= c.sentence.start && ARMED.has(a.actor.kind));
  let men = -1;
  const before = text.slice(from, c.sentence.start);
  STATE_MEN.lastIndex = 0;
  for (let m = STATE_MEN.exec(before); m; m = STATE_MEN.exec(before)) if (!/\b(?:its|their|our|his)\s+$/i.test(before.slice(Math.max(0, m.index - 7), m.index))) men = from + m.index;
  if (stateForce && men >= 0 && (!last || men > last.start)) return stateForce;
  return last?.actor ?? null;
}
