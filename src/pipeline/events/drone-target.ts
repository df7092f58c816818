// "Drones struck an army outpost near Dan Taing", "a drone attack hit a junta base", "bombs dropped
// from drones on a military camp": at home only the state flies aircraft, but anyone flies drones,
// and the state's outpost, base or checkpoint after the verb is what was hit, not who struck. The
// doer is the story's main armed group (focus-actor.ts), or unidentified when it names none.
import type { ActorEntry } from '../../core/pack.js';
import type { Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { focusActor } from './focus-actor.js';
import { unidentifiedGroup } from './unnamed-fighters.js';

const DRONE = /\bdrones?\b/i;
/** Anything in the sentence that only a state flies. */
const AIRCRAFT = /\b(?:air ?strikes?|air raids?|air force|jets?|aircraft|warplanes?|helicopters?|gunships?|bombers?|planes?)\b/i;
/** Before the state's name: the object's article, after the verb or "on"/"at" ("struck an army outpost", "on a junta base"). */
const OBJECT_BEFORE = /\b(?:on|at|against|hit|struck|targeted|attacked|bombed|strikes?|attacks?)\s+(?:an?|the|two|three|several)\s+(?:[\w-]+\s+)?$/i;
/** After it: a site or unit of the forces. */
const SITE_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:outposts?|bases?|camps?|positions?|checkpoints?|posts?|stations?|garrisons?|barracks|columns?|convoys?|headquarters|bunkers?|trenches|vehicles?)\b/i;

const focusOf = new WeakMap<Layers, ActorEntry | null>();

/** The actors with the state moved to target and the doer put first, when the drone strike's only
 * state side is the site it hit; else null. */
export function droneOnState(text: string, c: Candidate, layers: Layers, actors: readonly ActorEntry[], stateForce: ActorEntry | undefined, home: string): ActorEntry[] | null {
  if (c.sub !== 'Air/drone strike' || !stateForce || actors[0] !== stateForce || actors.some((a) => a !== stateForce && a.kind !== 'civilian')) return null;
  const sentence = text.slice(c.sentence.start, c.sentence.end);
  if (!DRONE.test(sentence) || AIRCRAFT.test(sentence)) return null;
  const state = layers.actors.filter((m) => m.actor === stateForce && m.start >= c.sentence.start && m.end <= c.sentence.end);
  if (!state.length || !state.every((m) => m.start >= c.trigger.start && OBJECT_BEFORE.test(text.slice(Math.max(c.sentence.start, m.start - 40), m.start)) && SITE_AFTER.test(text.slice(m.end, m.end + 30)))) return null;
  let focus = focusOf.get(layers);
  if (focus === undefined) focusOf.set(layers, focus = focusActor(text, layers) ?? null);
  const doer = focus && (focus.country ?? home) === home ? focus : unidentifiedGroup(home);
  return [doer, ...actors];
}
