// A handover's side that receives the place is actor1, as the side that takes a place is in a
// capture: "the KNA handed the town of X to the military" (the military first), "the TNLA … handed
// Momeik back on 18 November" (given back by a group with no receiver named: back to the state,
// which held it before). "Junta troops withdrew from the town" names the giver only: the sides
// stay as found.
import type { ActorEntry } from '../../core/pack.js';
import type { ActorMention } from '../layers.js';
import type { Candidate } from './clauses.js';
import { ARMED_GROUP_KINDS } from '../../core/actor-kinds.js';

/** Verbs whose subject gives the place up. */
const GIVING = /^(?:hand(?:ed|s|ing)?\s|handed\b|withdr|pulled|gave|give|ceded|returned|return)/i;
/** "… to the military", "… to the control of the junta": the receiver after "to". */
const TO_BEFORE = /\bto\s+(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?$/i;
/** "… back to local leaders": whom the place went to, right after the verb. */
const TO_AFTER = /^\s*(?:back\s+)?to\s+\S/i;
/** "gave up", "has given up": the verb of places given up. */
const GIVES_UP = /^(?:gave|give[ns]?|giving) up/i;
/** "handed it back", "gave up": a group giving back what it had taken. ("Withdrew from X" alone does
 * not say who moves in: no receiver, as the control stage reads it too.) */
const givingBack = (verb: string): boolean => /\bback\b/i.test(verb) || GIVES_UP.test(verb);
/** "The TNLA signed a truce with the regime and has since given up Mogoke": a verb joined by "and" shares the sentence's subject. */
const JOINED = /\band\s+(?:(?:has|have|had)\s+)?(?:(?:since|then|later|also|now|quickly|eventually)\s+)?$/i;

export function receiverFirst(text: string, c: Candidate, actors: ActorEntry[], mentions: readonly ActorMention[], stateForce: ActorEntry | undefined): void {
  const verb = text.slice(c.trigger.start, c.trigger.end);
  if (!GIVING.test(verb)) return;
  const to = mentions.find((m) => m.start >= c.trigger.start && m.end <= c.sentence.end && m.start - c.trigger.end < 80 && TO_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
  let receiver = to?.actor;
  // "handed Millbrook back to local leaders": a receiver is named, though no actor: not the state.
  if (!receiver && TO_AFTER.test(text.slice(c.trigger.end, c.trigger.end + 40))) return;
  // "Junta troops drove into Demoso … KNDF units pulled out of the town overnight": the side told
  // moving in just before or after a withdrawal takes the place over.
  if (!receiver && WITHDRAWING.test(verb)) receiver = movedIn(text, c, actors, mentions);
  if (!receiver) {
    const before = (m: ActorMention): boolean => m.start >= c.sentence.start && m.end <= c.trigger.start && actors.includes(m.actor);
    const giver = (JOINED.test(text.slice(Math.max(c.sentence.start, c.trigger.start - 40), c.trigger.start)) ? mentions.find(before) : mentions.findLast(before))?.actor;
    // (Another group among the sides may be the one that takes over: "the PNLA pulled out of X", the PNA moving in.)
    // ("The MNDAA handed Lashio back …, and the TNLA later gave up Mogok": a group of an earlier clause, before the giver, is no taker of what is given up.)
    const giverAt = mentions.findLast((m) => before(m) && m.actor === giver)?.start ?? c.trigger.start;
    const earlier = (a: ActorEntry): boolean => GIVES_UP.test(verb) && !mentions.some((m) => m.actor === a && m.start > giverAt && m.start < c.sentence.end);
    const other = actors.some((a) => a !== giver && ARMED_GROUP_KINDS.has(a.kind) && !(a.kind === 'rebel' && giver?.kind === 'rebel' && sameFamily(a, giver)) && !earlier(a));
    if (giver && ARMED_GROUP_KINDS.has(giver.kind) && stateForce && givingBack(verb) && !other) receiver = stateForce;
  }
  if (!receiver || actors[0] === receiver) return;
  const k = actors.indexOf(receiver);
  if (k >= 0) actors.splice(k, 1);
  actors.unshift(receiver);
}

/** Verbs of leaving a place, with no receiver in them. */
const WITHDRAWING = /^(?:withdr|pulled)/i;
/** Right after a side's name: it moved into a place ("drove into", "moved in", "entered", "took over"). */
const MOVES_IN = /^[^.;]{0,60}?\b(?:(?:drove|moved|marched|rolled|came|walked|poured) (?:back )?in(?:to)?\b|(?:re-?)?entered\b|took over\b|arrived\b)/i;
/** "…, and the town has been back in the junta's hands since", "back under military control", "in the hands of the AA". */
const HANDS_BEFORE = /\b(?:in(?:to)?|under)\s+(?:the\s+)?$/i;
const HANDS_AFTER = /^(?:['’]s?\s+hands|\s+(?:hands|control))\b/i;
const HANDS_OF_BEFORE = /\bin\s+the\s+hands\s+of\s+(?:the\s+)?$/i;
const holdsNow = (text: string, m: ActorMention): boolean => {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  return HANDS_OF_BEFORE.test(before) || (HANDS_BEFORE.test(before) && HANDS_AFTER.test(text.slice(m.end, m.end + 10)));
};
/** How far before or after the withdrawal's sentence the entry may be told (one sentence; a story often gives each its own paragraph). */
const NEAR = 400;

/** The side named moving in (or holding the place now), after the withdrawal in its sentence or in the sentence before or after it (at most one paragraph break between). */
function movedIn(text: string, c: Candidate, actors: readonly ActorEntry[], mentions: readonly ActorMention[]): ActorEntry | undefined {
  const lo = Math.max(0, c.sentence.start - NEAR), hi = Math.min(text.length, c.sentence.end + NEAR);
  const giver = mentions.find((m) => m.start >= c.sentence.start && m.end <= c.trigger.start)?.actor;
  for (const m of mentions) {
    // (In the withdrawal's own sentence only after its verb: "…, and junta troops moved in the next day".)
    if (m.end <= lo || m.start >= hi || (m.start >= c.sentence.start && m.end <= c.sentence.end && m.start < c.trigger.end)) continue;
    // (A side among the actors counts when the withdrawal's own sentence tells it coming in: "…, and RSF fighters entered it".)
    const ownAfter = m.start >= c.trigger.end && m.end <= c.sentence.end;
    if (m.actor === giver || (actors.includes(m.actor) && m.actor !== actors.find((a) => a.kind === 'state_force') && !ownAfter)) continue;
    if (m.actor.kind !== 'state_force' && !ARMED_GROUP_KINDS.has(m.actor.kind)) continue;
    const between = m.start < c.sentence.start ? text.slice(m.end, c.sentence.start) : m.start < c.sentence.end ? '' : text.slice(c.sentence.end, m.start);
    if (between.split('\n\n').length > 2 || !(MOVES_IN.test(text.slice(m.end, m.end + 90)) || holdsNow(text, m))) continue;
    return m.actor;
  }
  return undefined;
}

/** A group's armed wing and its political body ("Pa-O National Liberation Army / Organization"): one side. */
function sameFamily(a: ActorEntry, b: ActorEntry): boolean {
  const stem = (x: ActorEntry): string => x.name.replace(/\s+(?:Army|Organi[sz]ation|Front|Council|Union)$/i, '');
  return stem(a) === stem(b);
}
