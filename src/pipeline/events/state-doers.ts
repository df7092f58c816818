// States named as the doers of violence: "Russia struck Kharkiv with drones" is the Military
// Forces of Russia (ACLED codes a state's strikes and battles to its military, never to the
// state itself), and in a cross-border war a strike the sentence leaves unattributed ("drones hit
// port infrastructure in Odesa") is the one foreign force the story names striking that country.
import type { ActorEntry } from '../../core/pack.js';
import type { EventOut, SubEventType } from '../../core/schema.js';
import type { ActorMention } from '../layers.js';
import { stateForceActor } from '../actors/foreign-forces.js';
import { stateForceName } from '../../core/countries.js';
import type { Candidate } from './clauses.js';

/** Acts a state does through its armed forces. */
const STATE_ACTS = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Armed clash', 'Non-state actor overtakes territory', 'Government regains territory']);
/** Nothing but auxiliaries and adverbs between the state and the verb: "Russia (had) (again) struck". */
const SUBJECT_GAP = /^\s+(?:(?:had|has|have|also|then|again|later|reportedly|allegedly|repeatedly|overnight)\s+)*$/i;

/** A state (a `foreign_state` registry entry) right before a strike or battle verb: its military. */
export function stateAsDoer(text: string, c: Candidate, a: ActorMention, stateForce: ActorEntry | undefined): ActorMention {
  const iso = a.actor.country;
  if (a.actor.kind !== 'foreign_state' || !iso || !STATE_ACTS.has(c.sub) || a.end > c.trigger.start || !SUBJECT_GAP.test(text.slice(a.end, c.trigger.start))) return a;
  return { ...a, actor: iso === stateForce?.country ? stateForce : stateForceActor('Military', iso) };
}

const REMOTE = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack']);
const isForce = (name: string): boolean => name.startsWith('Military Forces of ');

/** Strikes with an unidentified doer in a country that the story shows one other country's
 * military striking ("Russian forces launched drones …", "Russia struck Kharkiv …") are that
 * military's. Two foreign forces striking there, or none, leave the doer unidentified. */
export function foreignStriker(events: EventOut[]): void {
  const strikers = new Map<string, Set<string>>();
  for (const e of events) {
    const doer = e.actors[0], country = e.location?.country;
    if (!doer || !country || !REMOTE.has(e.sub_event_type) || !isForce(doer.name) || doer.name === stateForceName('Military', country)) continue;
    if (!strikers.has(country)) strikers.set(country, new Set());
    strikers.get(country)!.add(doer.name);
  }
  for (const e of events) {
    const country = e.location?.country;
    const only = country ? strikers.get(country) : undefined;
    if (!only || only.size !== 1 || !REMOTE.has(e.sub_event_type) || !e.actors[0]?.name.startsWith('Unidentified Armed Group')) continue;
    const force = events.flatMap((x) => x.actors).find((a) => a.name === [...only][0])!;
    e.actors[0] = force;
  }
}
