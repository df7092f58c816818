// Whose air strike, when the text names no doer: the state's, unless the paragraph tells only of
// drones (which anyone may fly); a drone raid on a named village in a story that told the state's
// aircraft bombing before is the state's air war again (eventActors, actors.ts).
import type { Block } from '../layers.js';
import type { Candidate } from './clauses.js';

const DRONE = /\bdrones?\b/i;
/** ("air" covers "air force", "air strikes", "air raids", "air and drone attacks".) */
const AIRCRAFT = /\b(?:air|airstrikes?|jets?|aircraft|planes?|helicopters?|paragliders?|gunships?|warplanes?|bombers?)\b/i;
/** A paragraph about drones and nothing that flies for a state ("air and drone attacks" does). */
const DRONE_ONLY = (paragraph: string): boolean => DRONE.test(paragraph) && !AIRCRAFT.test(paragraph);
/** "a drone dropped bombs on Kyauk Ka village, killing two farmers", in a story that told the state's
 * aircraft bombing before: a raid on a village goes on the state's air war (a drone near a polling
 * station, a truck yard or a checkpoint may be anyone's, and stays so). */
const ON_VILLAGE = /^[^.;]{0,40}?\b(?:on|hit|struck|bombed|at)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){1,3}village\b/u;
const STATE_AIR_BEFORE = /\b(?:junta|military|regime|army|air force)\s+(?:[\w-]+\s+)?(?:aircraft|jets?|warplanes?|planes?|helicopters?|bombers?)\b|\bair ?strikes?\b/i;
const droneRaidOnVillage = (text: string, c: Candidate): boolean => ON_VILLAGE.test(text.slice(c.trigger.start, c.sentence.end))
  && STATE_AIR_BEFORE.test(text.slice(0, c.sentence.start));
const paragraphOf = (text: string, blocks: readonly Block[], c: Candidate): string => {
  const b = blocks[c.sentence.block];
  return b ? text.slice(b.start, b.end) : text.slice(c.sentence.start, c.sentence.end);
};

/** An air strike with no doer named is the state's. */
export function impliesStateAir(text: string, blocks: readonly Block[], c: Candidate): boolean {
  return !DRONE_ONLY(paragraphOf(text, blocks, c)) || droneRaidOnVillage(text, c);
}
