// "Regime soldiers burned down Kyauk Chet village on Tuesday. At least three villagers who could not
// flee were killed", "Junta troops raided the village. A man was found shot dead the next morning":
// a killing or abduction told in the passive, naming no doer, right after sentences in which the
// state's men alone did the violence, is theirs. (With a group named there too, "killed in the
// crossfire" of a battle, the doer stays unknown.)
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import type { SubEventType } from '../../core/schema.js';
import type { Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { sentencesBefore } from '../structure/sentences.js';
import { namesStateDoer } from './state-doers.js';
import { NON_STATE_ARMED_KINDS } from '../../core/actor-kinds.js';

const DEEDS = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
/** The passive right before the verb: "were (later) killed", "was found", "had been seized". */
const PASSIVE = /\b(?:was|were|been)\s+(?:[\w-]+ly\s+)?(?:found\s+)?$/i;
/** How many sentences back the state's men may be told. */
const BACK = 2;

export function passiveBack(text: string, c: Candidate, layers: Layers, stateForce: ActorEntry | undefined, pack: DomainPack): ActorEntry | null {
  if (!stateForce || !DEEDS.has(c.sub) || !PASSIVE.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 24), c.trigger.start))) return null;
  const back = sentencesBefore(layers.sentences, c.sentence.start, BACK);
  if (!back.length) return null;
  const from = back[0]!.start;
  if (layers.actors.some((a) => a.start >= from && a.end <= c.sentence.end && NON_STATE_ARMED_KINDS.has(a.actor.kind))) return null;
  // (At home only: abroad "troops from the two countries" are no one's in particular.)
  if (layers.places.some((p) => p.start >= from && p.end <= c.sentence.end && p.location && p.location.country !== stateForce.country)) return null;
  return back.some((s) => namesStateDoer(text.slice(s.start, s.end), pack)) ? stateForce : null;
}
