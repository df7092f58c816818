// Who did what in an event: the side before the trigger is actor1 ("the KIA captured X"), except
// for triggers whose subject loses the place ("the TNLA lost X to the junta", "handed X back to
// the junta"), where the side after "to" takes it. The state force joins when implied.
import type { ActorEntry } from '../../core/pack.js';
import type { SubEventType } from '../../core/schema.js';
import type { ActorMention, Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { LOSER_SUBJECT } from './model/triggers.js';

const FIGHTING = new Set<ActorEntry['kind']>(['state_force', 'rebel', 'militia', 'alliance', 'unknown', 'political', 'election_body', 'foreign_state']);
const STATE_IMPLIED = /\b(?:air ?strikes?|aircraft|jets?|warplanes?|helicopters?|artillery|shell(?:ed|ing)|junta|regime|military|soldiers|troops|army|police)\b/i;
const STATE_SUBS = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Arrests', 'Armed clash', 'Non-state actor overtakes territory', 'Non-violent transfer of territory', 'Protest with intervention', 'Excessive force against protesters']);

export interface EventActors { actors: ActorEntry[]; taker: ActorEntry | null }

export function eventActors(text: string, c: Candidate, layers: Layers, stateForce: ActorEntry | undefined): EventActors {
  const sent = layers.actors.filter((a) => a.start >= c.sentence.start && a.end <= c.sentence.end && FIGHTING.has(a.actor.kind));
  const usable = (a: ActorMention): boolean => a.actor.kind !== 'foreign_state' || c.sub === 'Agreement';
  const before = sent.filter((a) => a.end <= c.trigger.start && usable(a)).reverse();
  const after = sent.filter((a) => a.start >= c.trigger.end && usable(a));
  let taker: ActorEntry | null = null;
  const trig = text.slice(c.trigger.start, c.trigger.end);
  if (LOSER_SUBJECT.test(trig)) {
    const to = after.find((a) => /\bto\s+(?:the\s+|a\s+|an\s+)?(?:control\s+of\s+(?:the\s+)?)?$/i.test(text.slice(Math.max(c.trigger.start, a.start - 30), a.start)));
    taker = to?.actor ?? null;
  } else {
    // The clause's subject: its leftmost actor ("Junta troops backed by the PNA retook …").
    const subject = before.filter((a) => a.start >= c.clause.start).pop();
    taker = subject?.actor ?? before[0]?.actor ?? after.find((a) => a.actor.kind !== 'state_force')?.actor ?? null;
  }
  const out: ActorEntry[] = [];
  const add = (a: ActorEntry | null | undefined): void => { if (a && !out.includes(a)) out.push(a); };
  add(taker);
  for (const a of [...before, ...after]) add(a.actor);
  if (stateForce && !out.includes(stateForce) && STATE_SUBS.has(c.sub)) {
    if (c.sub === 'Air/drone strike' && !before.length) out.unshift(stateForce);
    else if (STATE_IMPLIED.test(text.slice(c.sentence.start, c.sentence.end))) add(stateForce);
  }
  return { actors: out, taker };
}
