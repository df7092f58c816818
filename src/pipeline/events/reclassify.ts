// The sub-event a candidate's words and sentence make it, over the trigger's own: a capture by the
// state is a retaking, one under a deal a handover, a round-up for conscription an abduction, a
// detention that ends in killing an attack … Some of these name a side, added to the actors. And
// the detention told before that a later sentence makes a disappearance. Split from index.ts.
import type { ActorEntry } from '../../core/pack.js';
import { typeOfSubEvent, type ActorOut, type EventOut, type SubEventType } from '../../core/schema.js';
import { actorOut } from '../output.js';
import type { Layers } from '../layers.js';
import { describedFrom } from './apposed-capture.js';
import { RELATIVE_PAST, SPAN_AFTER, type Candidate } from './clauses.js';
import { DIED_IN_FIRE } from './dedupe.js';
import { tookAfterWithdrawal } from './withdrew-first.js';
import { securityVictims } from './security-victims.js';
import { diedInCustody } from './custody-deaths.js';
import { stormedAndTaken } from './stormed-taken.js';
import { AMBUSH_FIGHT } from './model/plain-wordings.js';
import { AIR_DEFENCE, EVASION, FORCED_SERVICE, NEGOTIATED, POLICE_TOOK, TERRITORY, THEN_KILLED, TO_TRAINING } from './stage-words.js';
import { NON_STATE_ARMED_KINDS } from '../../core/actor-kinds.js';

/** `sentence`: the candidate's sentence's text; `stateMen`: stateMenNamed(pack); `draftLead`: draftLeadOf's. */
export function reclassified(text: string, c: Candidate, sentence: string, actors: ActorEntry[], taker: ActorEntry | null, layers: Layers, stateForce: ActorEntry | undefined, stateMen: RegExp, draftLead: () => boolean): SubEventType {
  let sub = c.sub;
  // "stormed the camp … the rest fled": the storming took the place (the state's side retakes it).
  if (stormedAndTaken(text, c, layers.sentences)) sub = actors[0]?.kind === 'state_force' ? 'Government regains territory' : 'Non-state actor overtakes territory';
  if (sub === 'Non-state actor overtakes territory' && taker && (taker === stateForce || taker.kind === 'state_force')) sub = 'Government regains territory';
  // A place changing hands under a deal is a handover, not a battle.
  // ("pulled out of X, a town that it had seized in March 2024, under a deal": the capture in the relative clause was no deal;
  // "handed Lashio, the regional capital it had seized in August 2024, back" likewise, and "handed
  // back, two years after the group drove out the garrison".)
  if (TERRITORY.has(sub) && sub !== 'Non-violent transfer of territory' && NEGOTIATED.test(sentence) && !RELATIVE_PAST.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 50), c.trigger.start)) && !SPAN_AFTER.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 90), c.trigger.start)) && describedFrom(text.slice(Math.max(c.sentence.start, c.trigger.start - 70), c.trigger.start)) < 0) sub = 'Non-violent transfer of territory';
  const leftBy = sub === 'Government regains territory' || sub === 'Non-state actor overtakes territory' ? tookAfterWithdrawal(text, c) : -1;
  if (leftBy >= 0) {
    sub = 'Non-violent transfer of territory';
    // (The side that withdrew gave the place up: "after the AA withdrew".)
    for (const m of layers.actors) if (m.start > c.trigger.end && m.end <= leftBy && NON_STATE_ARMED_KINDS.has(m.actor.kind) && !actors.includes(m.actor)) actors.push(m.actor);
    // (A retaking whose taker the text leaves out, from an armed group that withdrew: the state's.)
    if (stateForce && actors.length && actors.every((a) => NON_STATE_ARMED_KINDS.has(a.kind))) actors.unshift(stateForce);
  }
  // Rounding people up for conscription or as porters is abduction, not arrest.
  if (sub === 'Arrests' && FORCED_SERVICE.test(sentence) && !EVASION.test(sentence)) sub = 'Abduction/forced disappearance';
  // "taken away in a police truck", "taken away by police": police who take people away arrest them.
  if (sub === 'Abduction/forced disappearance' && POLICE_TOOK.test(text.slice(c.clause.start, c.clause.end)) && !FORCED_SERVICE.test(sentence)) sub = 'Arrests';
  // "Police raided a shop and took away nine people, accusing them of printing leaflets": the state's forces
  // taking people on a charge arrest them (an armed group doing the same abducts them).
  if (sub === 'Abduction/forced disappearance' && (actors[0]?.kind === 'state_force' || (!actors.some((a) => NON_STATE_ARMED_KINDS.has(a.kind)) && STATE_TAKER.test(text.slice(c.clause.start, c.trigger.start)))) && ON_A_CHARGE.test(text.slice(c.trigger.end, c.sentence.end)) && !FORCED_SERVICE.test(sentence)) sub = 'Arrests';
  // "at least 25 men were detained": with no doer named, the state detains.
  if (sub === 'Arrests' && stateForce && !actors.some((a) => a.kind === 'state_force' || NON_STATE_ARMED_KINDS.has(a.kind))) actors.unshift(stateForce);
  // "drones … shot down by air defence units", "air defences intercepted four drones": air defences are the state's.
  if (sub === 'Disrupted weapons use' && stateForce && !actors.some((a) => a.kind === 'state_force') && AIR_DEFENCE.test(sentence)) actors.unshift(stateForce);
  // A story whose lead is about conscription ("detained 60 young men … to fill conscription quotas"): its detentions with no doer named are that.
  if (sub === 'Arrests' && actors[0] === stateForce && /\b(?:men|youths|boys)\b/i.test(sentence) && !stateMen.test(sentence) && !EVASION.test(sentence) && draftLead()) sub = 'Abduction/forced disappearance';
  // "At least 30 houses were burned and an elderly man … died in the flames": arson that kills is an attack on civilians.
  if (sub === 'Looting/property destruction' && DIED_IN_FIRE.test(sentence)) sub = 'Attack';
  if (sub === 'Attack' && securityVictims(text, c)) sub = 'Armed clash';
  // "detained by militia members on March 20 and executed the same night": a detention that ends in killing is the attack.
  if ((sub === 'Arrests' || sub === 'Abduction/forced disappearance') && THEN_KILLED.test(text.slice(c.trigger.end, c.sentence.end))) sub = 'Attack';
  if (sub === 'Remote explosive/landmine/IED' && /detonat/i.test(text.slice(c.trigger.start, c.trigger.end)) && AMBUSH_FIGHT.test(sentence)) sub = 'Armed clash';
  // "executed four men they had detained", "a man detained by troops was found dead": the detention only names the dead.
  if ((sub === 'Arrests' || sub === 'Abduction/forced disappearance') && diedInCustody(text, c)) sub = 'Attack';
  // A militia that carries men off to its training camp abducts them; police who send them there arrest them.
  if (sub === 'Arrests' && TO_TRAINING.test(sentence) && !actors.some((a) => a.kind === 'state_force')) sub = 'Abduction/forced disappearance';
  return sub;
}

/** Whether the story's lead is about conscription, read once, when a detention first asks. */
export function draftLeadOf(text: string, layers: Layers): () => boolean {
  let draftLead: boolean | undefined;
  return () => (draftLead ??= FORCED_SERVICE.test(leadOf(text, layers)));
}

/** The story's first paragraph. */
function leadOf(text: string, layers: Layers): string {
  const b = layers.blocks.find((x) => x.kind === 'paragraph');
  return b ? text.slice(b.start, b.end) : '';
}

/** The detention told just before was a disappearance, of civilians. (Its own function: the rare
 * read of that event's actors, arrays of several shapes, deoptimised run() when inlined there.) */
export function disappeared(gone: EventOut, civilians: ActorEntry): void {
  gone.sub_event_type = 'Abduction/forced disappearance';
  gone.event_type = typeOfSubEvent(gone.sub_event_type);
  if (!Array.prototype.some.call(gone.actors, (a: ActorOut) => a.kind === 'civilian')) gone.actors.push(actorOut(civilians));
}

/** After the taking: the charge it is made on. */
const ON_A_CHARGE = /\b(?:accus(?:ing|ed) (?:them|him|her|the \w+) of|on (?:suspicion|charges?) of|suspected of|charg(?:ing|ed) (?:them|him|her) with|for allegedly)\b/i;
/** Before the taking, with no armed group among its doers: the state's men. */
const STATE_TAKER = /\b(?:police(?:men)?|soldiers|troops|security forces|junta|regime|military)\b/i;
