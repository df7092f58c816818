// Who did what in an event: the side before the trigger is actor1 ("the KIA captured X"), except
// for triggers whose subject loses the place ("the TNLA lost X to the junta", "handed X back to
// the junta"), where the side after "to" takes it. The state force joins when implied.
import type { ActorEntry, DomainPack } from '../../core/pack.js';
import { orWords, perPack } from '../../core/pack-lexicon.js';
import type { SubEventType } from '../../core/schema.js';
import type { ActorMention, Layers } from '../layers.js';
import type { Candidate } from './clauses.js';
import { FROM_AFAR } from './stage-words.js';
import { LOSER_SUBJECT } from './model/triggers.js';
import { stateForceActor } from '../actors/foreign-forces.js';
import { ACCUSES, ANY_PLACE_ASIDE, countryAsDoer, onlyDescribes, stateAsDoer } from './state-doers.js';
import { intoHands, retakenBy } from './retaken-by.js';
import { CAPTURES } from './date-words.js';
import { forcesHit, HIDDEN_BLASTS } from './forces-hit.js';
import { theyBack } from './they-back.js';
import { struckFighters } from './struck-fighters.js';
import { droneOnState } from './drone-target.js';
import { impliesStateAir } from './drone-raids.js';
import { heldByGroup } from './held-by-group.js';
import { governmentsNamed } from '../actors/governments.js';
import { weInAnswer } from './interview-we.js';
import { itBack } from './it-back.js';
import { passiveBack } from './passive-back.js';
import { ACCORDING_BEFORE, OFFICE_SAID_AFTER, SAID_AFTER, timeClauseStart, nonStateSides, withoutGroupNames } from './actor-sides.js';
import { ARMED_KINDS, NON_STATE_SIDE_KINDS } from '../../core/actor-kinds.js';

const FIGHTING = new Set<ActorEntry['kind']>(['state_force', 'rebel', 'militia', 'alliance', 'unknown', 'political', 'election_body', 'foreign_state']);
/** The state's weapons and men, with the pack's names of its forces ("Tatmadaw"). `implied`: the
 * state force joins an event naming them; `army`: the same but police ("police arrested" with the
 * police named is the police alone); `subject`: "Federal troops retook …", an unnamed state force as
 * the clause's subject (not a group's own: "its troops"). */
const stateWords = perPack((lex) => {
  const forces = orWords(lex.stateForceNames);
  const weapons = String.raw`air ?strikes?|aircraft|jets?|warplanes?|helicopters?|artillery|shell(?:ed|ing)|junta${forces}|regime|military|soldiers|troops|army`;
  return {
    implied: new RegExp(String.raw`\b(?:${weapons}|police|navy|naval)\b`, 'i'),
    army: new RegExp(String.raw`\b(?:${weapons}|navy|naval)\b`, 'i'),
    subject: new RegExp(String.raw`(?:(?<!\b(?:resistance|rebel|insurgent|opposition|allied|its|their|our)\s)\b(?:troops|soldiers|army|military|police|navy)|\b(?:government|federal|security|state|junta${forces}|regime)\s+forces)\s+(?:\w+\s+){0,2}$`, 'i'),
  };
});
const STATE_SUBS = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Arrests', 'Armed clash', 'Non-state actor overtakes territory', 'Non-violent transfer of territory', 'Protest with intervention', 'Excessive force against protesters']);

const VIOLENT = new Set<SubEventType>(['Armed clash', 'Attack', 'Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb', 'Non-state actor overtakes territory', 'Government regains territory', 'Abduction/forced disappearance']);
const OWN_TROOPS = /\b(?:its|their)\s+(?:troops|soldiers|forces|fighters|units)$/i;

const PARTY_REPORTS = new Set<SubEventType>(['Armed clash', 'Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory', 'Agreement', 'Headquarters or base established', 'Change to group/activity']);

/** "according to members of local defence forces", "according to an official of the AA", "according to a
 * statement from the KNU": a source named through its people or papers is still only the source. */
const ACCORDING_OF_BEFORE = /\baccording to\s+(?:[\w'’-]+\s+){1,5}(?:of|from|for)\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}$/i;
// (The appositive may hold the owner's whole unit, "the regime's Western Regional Command", and a date may follow it.)
const APPOSITIVE_OWNER_AFTER = /^(?:['’]s?\s+[^,;]{0,60})?,\s+(?:[^,;]{0,40},\s+)?(?:and\s+)?(?:then\s+|later\s+)?$/;
const APPOSITIVE_OPEN_BEFORE = /,\s+(?:the|a|an|home|seat|site|base|headquarters)\s+[^,;]{0,50}$/i;
const PASSIVE_AUX = /\b(?:was|were|been|being)\s+$/i;
const TO_BEFORE = /\bto\s+(?:the\s+|a\s+|an\s+)?(?:control\s+of\s+(?:the\s+)?)?$/i;
// (The side may come second in a pair: "recaptured by Rwandan and Mozambican forces".)
const BY_BEFORE = /\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+)?(?:and\s+(?:the\s+)?)?$/i;
const PARTICIPLE_BEFORE = /\b(?:since|after|before|while|upon)\s+$/i;
const TIME_BEFORE = /\b(?:before|after|until|once)\s+(?:the\s+)?$/i;
const TIME_AFTER = /^\s+(?:arrived|came|entered|left|withdrew|pulled out)\b/i;
const FIRED_FROM = /\b(?:fired|launched|shot)\s+from\s+(?:across\s+)?$/i;
function firedFrom(text: string, c: Candidate, layers: Layers): ActorEntry | null {
  const p = layers.places.find((x) => x.start >= c.sentence.start && x.end <= c.sentence.end && x.location?.precision === 'country' && FIRED_FROM.test(text.slice(Math.max(0, x.start - 30), x.start)));
  return p ? stateForceActor('Military', p.location!.country) : null;
}

const FROM_BASE = /\b(?:fired|launched|shot|came)\s+from\s+(?:the\s+direction\s+of\s+)?(?:the|a|an)\s+(?!(?:[\w-]+\s+)?(?:rebel|insurgent|resistance|militant|guerrilla)s?\b)(?:[\w-]+\s+){0,2}?(?:headquarters|base|garrison|barracks|outpost|battalion)\b/i;

/** `impliedState`: the state force was assumed (an air strike with no doer named), not read. */
export interface EventActors { actors: ActorEntry[]; taker: ActorEntry | null; impliedState: boolean }

/** Deeds done in person, not fought nor fired from afar. */
const IN_PERSON = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence', 'Arrests', 'Looting/property destruction']);
const DETENTIONS = new Set<string>(['Arrests', 'Abduction/forced disappearance']);
/** Between a detention and a group: the charge ("accusing them of passing information to", "on suspicion of links with"). */
const CHARGE = /\b(?:accus(?:ed|ing)\s+(?:them|him|her|the\s+\w+)\s+of|on suspicion of|suspected of|(?:for|over)\s+(?:alleged\s+|suspected\s+)?(?:links?|ties|contacts?)\s+(?:to|with))\b/i;

/** The sentence up to a mention opens an aside about a place that is still open (", where the …"). */
const PLACE_ASIDE = /,\s+where\s[^,;]*$/i;

export function eventActors(text: string, c: Candidate, layers: Layers, stateForce: ActorEntry | undefined, pack: DomainPack): EventActors {
  const words = stateWords(pack);
  // The source at the end ("…, police said", "according to the army") tells of the event; it is no party to it.
  // In battles and captures the side that reports is usually a party ("…, the KIA said"): kept there.
  const sourceOnly = (a: ActorMention): boolean => !PARTY_REPORTS.has(c.sub) && a.start > c.trigger.end
    && (OFFICE_SAID_AFTER.test(text.slice(a.end, a.end + 40)) || ACCORDING_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start))
    || ACCORDING_OF_BEFORE.test(text.slice(Math.max(0, a.start - 70), a.start)));
  const inSentence = layers.actors.filter((a) => a.start >= c.sentence.start && a.end <= c.sentence.end && FIGHTING.has(a.actor.kind));
  // ("Israel bombed …": a country the registry does not know, named as the doer.)
  const country = countryAsDoer(text, c, layers.places, inSentence, stateForce);
  if (country) { inSentence.push(country); inSentence.sort((a, b) => a.start - b.start); }
  // "The Sudan Doctors Network said the fighters then killed …": a source whose report names its own doer.
  const reporter = (a: ActorMention): boolean => {
    const said = SAID_AFTER.exec(text.slice(a.end, a.end + 20));
    return !!said && a.end + said[0].length <= c.trigger.start && inSentence.some((o) => o.end <= c.trigger.start && o.actor !== a.actor
      && o.start >= a.end + said[0].length && /^\s*(?:that\s+)?$/.test(text.slice(a.end + said[0].length, o.start)));
  };
  // "looted shops before the rebels arrived": a side that only marks the time is no party.
  const timeMark = (a: ActorMention): boolean => a.start > c.trigger.end && TIME_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) && TIME_AFTER.test(text.slice(a.end, a.end + 16));
  // "The AA said its troops had captured …": a group's own troops are that group, not the state's.
  // ("Moscow said its forces had retaken …": a state's own forces stay its.)
  const owned = (a: ActorMention): boolean => a.actor.kind === 'state_force' && OWN_TROOPS.test(text.slice(Math.max(0, a.start - 8), a.end))
    && layers.actors.some((o) => o.end <= a.start && o.start >= c.sentence.start && NON_STATE_SIDE_KINDS.has(o.actor.kind));
  // "detained six men … and accused them of carrying messages for the KNDF": the group the
  // detainees are charged with helping is the charge, no party to the detention.
  // ("In Bhamo, where the KIA and the regime have been fighting …, soldiers detained …": a side in an
  // aside about the place, before the detention, is no party to it either.)
  const charged = (a: ActorMention): boolean => DETENTIONS.has(c.sub) && (a.start > c.trigger.end
    ? CHARGE.test(text.slice(c.trigger.end, a.start))
    : PLACE_ASIDE.test(text.slice(c.sentence.start, a.start)) && text.slice(a.end, c.trigger.start).includes(','));
  // One loop, not map then filter: the array map() returns took another shape when empty, and
  // the filter() read on it deoptimised this function (twice) in a cold run.
  // "In Loikaw, which remains under regime control, two men shot dead …": a side in an aside about
  // the place, closed before the deed, only says who holds it (in a battle it may be a party).
  // (Only for deeds done in person: "In Dilling, which the RSF has encircled, shells landed …" names who fires.)
  const placeAside = (a: ActorMention): boolean => IN_PERSON.has(c.sub) && a.end <= c.trigger.start
    && ANY_PLACE_ASIDE.test(text.slice(c.sentence.start, a.start)) && text.slice(a.end, c.trigger.start).includes(',');
  // "It captured Ann, the seat of the regime's Western Command, and took Gwa": an owner named inside an
  // appositive closed just before the verb is no subject of it.
  const appositive = (a: ActorMention): boolean => a.end <= c.trigger.start && APPOSITIVE_OWNER_AFTER.test(text.slice(a.end, c.trigger.start))
    && APPOSITIVE_OPEN_BEFORE.test(text.slice(c.sentence.start, a.start));
  const accuser = (a: ActorMention): boolean => a.end <= c.trigger.start && ACCUSES.test(text.slice(a.end, c.trigger.start));
  const sent: ActorMention[] = [];
  let heldBy = false;
  for (const m of inSentence) {
    const a = stateAsDoer(text, c, m, stateForce);
    if (placeAside(a) || accuser(a) || appositive(a)) continue;
    if (heldByGroup(text, c, a, stateForce)) { heldBy = true; continue; }
    if (!sourceOnly(a) && !timeMark(a) && (PARTY_REPORTS.has(c.sub) || !reporter(a)) && !owned(a) && !onlyDescribes(text, c, a) && !charged(a)) sent.push(a);
  }
  const usable = (a: ActorMention): boolean => a.actor.kind !== 'foreign_state' || c.sub === 'Agreement';
  // "Russian missiles struck": a mention holding the trigger is its doer; so is one holding the
  // trigger's first word ("a Russian drone struck", the trigger "drone struck").
  const before = sent.filter((a) => (a.end <= c.trigger.start || (a.start < c.trigger.start && a.end > c.trigger.start)) && usable(a)).reverse();
  // ("attacked KNLA positions": an armed side named inside a trigger of violence that holds its
  // target is after the verb; not a party's office, nor the council a unit leaves.)
  const inside = (a: ActorMention): boolean => a.start > c.trigger.start && a.start < c.trigger.end && !before.includes(a) && ARMED_KINDS.has(a.actor.kind) && VIOLENT.has(c.sub);
  const after = sent.filter((a) => (a.start >= c.trigger.end || inside(a)) && usable(a));
  let taker: ActorEntry | null = null;
  const trig = text.slice(c.trigger.start, c.trigger.end);
  // "The junta's base was overrun by the AA": a passive capture's subject is the place (or its
  // holder); the side after "by" takes it, and with none named the taker is not in the clause.
  const passive = CAPTURES.has(c.sub) && PASSIVE_AUX.test(text.slice(Math.max(c.clause.start, c.trigger.start - 12), c.trigger.start));
  if (LOSER_SUBJECT.test(trig) || passive) {
    // ("Kyaukme fell back into army hands", "Nawnghkio was retaken in July": retaken-by.ts.)
    const to = after.find((a) => (passive ? BY_BEFORE : TO_BEFORE).test(text.slice(Math.max(c.trigger.start, a.start - 30), a.start)))
      ?? intoHands(text, c, after) ?? (passive ? retakenBy(text, c, layers, (a) => FIGHTING.has(a.actor.kind) && usable(a)) : undefined);
    taker = to?.actor ?? null;
  } else {
    // The clause's subject: its leftmost actor ("Junta troops backed by the PNA retook …").
    // …unless the actor right before the verb is its subject ("Moscow said its forces had retaken").
    // ("handed back to the regime on Sunday, two years after the MNDAA drove out the garrison": a capture
    // in a time clause has its subject after the conjunction, not in the main clause before it.)
    const since = CAPTURES.has(c.sub) ? timeClauseStart(text, c) : -1;
    const inClause = before.filter((a) => a.start >= c.clause.start && a.start >= since);
    if (!inClause.length && since >= 0) inClause.push(...before.filter((a) => a.start >= c.clause.start));
    const coordinated = inClause[0] && /(?:\band|,)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, inClause[0].start - 8), inClause[0].start));
    // "…against TNLA terrorists who had occupied the town": the relative pronoun's antecedent too.
    const adjacent = inClause[0] && !coordinated && /^\s+(?:(?:[\w-]+\s+)?(?:who|that)\s+)?(?:(?:had|has|have|was|were|had been|have been)\s+)?(?:\w+ly\s+)?$/.test(text.slice(inClause[0].end, c.trigger.start)) ? inClause[0] : undefined;
    // "Pinlebu, the town that the KIA and allied PDFs seized": a relative clause's own subject took it.
    const left = text.slice(c.clause.start, c.trigger.start);
    const rel = left.includes(' that ') || left.includes(' which ') ? c.clause.start + Math.max(left.lastIndexOf(' that '), left.lastIndexOf(' which ')) : -1;
    const ownSubject = rel >= 0 ? inClause.find((a) => a.start > rel && /^\s(?:that|which)\s+(?:the\s+)?$/.test(text.slice(rel, a.start))) : undefined;
    // "…, the alliance which has administered Falam since capturing the town": a participle after
    // "since"/"after" shares the subject of the clause it hangs on, the nearest side before it.
    const participle = PARTICIPLE_BEFORE.test(text.slice(Math.max(c.clause.start, c.trigger.start - 12), c.trigger.start)) && /ing$/i.test(trig) ? inClause[0] : undefined;
    const subject = adjacent ?? ownSubject ?? participle ?? inClause.pop();
    const stateSubject = !subject && stateForce && words.subject.test(text.slice(c.clause.start, c.trigger.start)) ? stateForce : null;
    // ("… It took Maungdaw, after overrunning the Border Guard Police's base": the group named before.)
    const antecedent = !subject && !stateSubject && !before.length && VIOLENT.has(c.sub) ? itBack(text, c, layers) : null;
    taker = subject?.actor ?? stateSubject ?? before[0]?.actor ?? antecedent ?? after.find((a) => a.actor.kind !== 'state_force')?.actor ?? null;
  }
  const out: ActorEntry[] = [];
  const add = (a: ActorEntry | null | undefined): void => { if (a && !out.includes(a)) out.push(a); };
  // "Rockets fired from Cambodia landed …": with no doer named, the country they came from is the doer.
  if (!taker && FROM_AFAR.has(c.sub)) taker = firedFrom(text, c, layers);
  // "A shell fired from the direction of the command headquarters": bases and headquarters are the state's, unless a group's is named.
  if (!taker && FROM_AFAR.has(c.sub) && stateForce && FROM_BASE.test(text.slice(c.sentence.start, c.sentence.end))) taker = stateForce;
  // "A: … We met them and fought them for five days": the interviewee's group.
  if (!taker || taker.kind === 'state_force') { const we = !before.some((a) => a.start >= c.clause.start && NON_STATE_SIDE_KINDS.has(a.actor.kind)) ? weInAnswer(text, c, layers) : null; if (we) add(we); }
  add(taker);
  for (const a of [...before, ...after]) add(a.actor);
  // "Thai Defence Minister … and his Cambodian counterpart signed": the states' governments sign.
  if (c.sub === 'Agreement') for (const g of governmentsNamed(text.slice(c.clause.start, c.clause.end), stateForce?.country ?? undefined)) if (!out.some((a) => a.country === g.country && a.kind === 'foreign_state' && !a.name.startsWith('Military'))) add(g);
  // "Junta troops entered the village. They set fire to 40 houses": "they" stands for the side named just before.
  if (!out.length) add(theyBack(text, c, layers, stateForce));
  // "Soldiers burned the village. Three villagers were killed": the passive deed right after is theirs.
  if (!out.length) add(passiveBack(text, c, layers, stateForce, pack));
  // "A bomb went off …, killing two soldiers": the forces hit by a hidden attacker's blast.
  if (stateForce && HIDDEN_BLASTS.has(c.sub) && !out.some((a) => a.kind === 'state_force')) add(forcesHit(text.slice(c.trigger.end, c.sentence.end), stateForce, pack));
  // Another country's forces named as the doer ("Thai artillery shelled …") leave no room for the home army.
  const foreignForce = out.some((a) => a.kind === 'state_force' && !!a.country && a.country !== (stateForce?.country ?? a.country));
  if (stateForce && !out.includes(stateForce) && STATE_SUBS.has(c.sub) && !foreignForce && !(c.sub === 'Armed clash' && nonStateSides(text, layers.actors, c))) {
    // Only states fly aircraft at home; a drone with no doer named may be anyone's (resistance groups fly them too).
    if (c.sub === 'Air/drone strike' && !before.length && impliesStateAir(text, layers.blocks, c)) { out.unshift(stateForce); return { actors: out, taker, impliedState: true }; }
    else if ((out.some((a) => a.kind === 'state_force') ? words.army : words.implied).test(withoutGroupNames(text, c, inSentence, sourceOnly))) add(stateForce);
  }
  // "A drone bombed the market in Manton, a TNLA-held town": the holder's enemy, the state, struck it.
  if (heldBy && stateForce && !out.length) { out.push(stateForce); return { actors: out, taker, impliedState: false }; }
  // "Drones struck an army outpost": the state's site is what was hit; the doer is another.
  const hit = droneOnState(text, c, layers, out, stateForce, pack.country);
  if (hit) return { actors: hit, taker, impliedState: false };
  // "Air force drones struck a group of attackers": the story's main group is the one struck.
  add(struckFighters(text, c, layers, out));
  return { actors: out, taker, impliedState: false };
}
