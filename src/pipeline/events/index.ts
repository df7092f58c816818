// The events stage: trigger candidates become ACLED events with actors, place, dates and
// fatalities. One event per place and date range: "captured Mansi and Momauk" is two events.
import type { ActorEntry } from '../../core/pack.js';
import type { Stage } from '../../core/pipeline.js';
import { typeOfSubEvent, type EventOut, type LocationOut, type SubEventType } from '../../core/schema.js';
import { actorLexicon } from '../actors/registry-matcher.js';
import type { Layers } from '../layers.js';
import { actorOut } from '../output.js';
import { locateEvent } from '../places/index.js';
import { relativeMentions } from '../places/locate.js';
import { spokenOrActing } from '../places/spoken.js';
import { articleCountry } from '../places/doc-country.js';
import { localisedActors } from '../actors/abroad.js';
import { eventActors, nonStateSides } from './actors.js';
import { findCandidates, type Candidate } from './clauses.js';
import { eventDates, lineBreaksUpTo, type EventDates } from './dates.js';
import { fatalitiesIn } from './fatalities.js';
import { tollsInNextSentence } from './tolls.js';
import { placeDatePairs } from './places.js';
import { genericActor, stateForceOf } from './generic-actors.js';
import { namesCivilians } from './civilian-words.js';
import { dedupe } from './dedupe.js';

const NEGOTIATED = /\b(?:under (?:a|the) (?:\w+[- ])?(?:deal|agreement|ceasefire|truce)|handover|handed (?:over|back)|brokered|negotiated|as agreed)\b/i;
const FORCED_SERVICE = /\b(?:conscript\w*|forced recruitment|forcibly recruit\w*|military service|as porters|human shields?|for (?:military )?training|forced (?:them|him|her|the (?:men|villagers|detainees)) to (?:carry|walk|guide|porter|serve|fight))\b/i;
const TO_TRAINING = /\b(?:took|taken|sent|send) (?:them|him|the (?:men|youths|boys)) to (?:a |an |the )?(?:military )?training (?:camps?|schools?|centres?|centers?)\b/i;
// "arrested for failing to report for military service": punished for evading it, an arrest.
const EVASION = /\bfor (?:failing|refusing|declining) to\b|\b(?:evad|dodg)(?:ed|ing)\b|\bevasion\b/i;
const STATE_PERPETRATED = new Set<SubEventType>(['Abduction/forced disappearance', 'Attack', 'Sexual violence', 'Looting/property destruction', 'Arrests']);
// Soldiers as the doers ("soldiers seized six young men"), not someone's own ("its troops").
const STATE_WORDS = /(?<!\b(?:its|their|his|our)\s)\b(?:soldiers|troops|junta|regime|security forces|military column)\b/i;
const CIVILIAN_SUBS = new Set<SubEventType>(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
const NON_STATE = new Set<ActorEntry['kind']>(['rebel', 'militia', 'alliance', 'unknown']);
const WAR_SINCE = /\bfighting\b[^.;]{0,120}\bsince (?:(?:late|early|mid)[- ])?(?:19|20)\d\d\b/i;
const STRIKES = new Set<SubEventType>(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);
/** Burned or looted homes, villages and shops: civilians' property, so civilians are its victims. */
const HOMES = /\b(?:houses|homes|huts|villages?|shops|granaries|rice stores?|monaster(?:y|ies)|churches|schools?)\b/i;
const TWO_SIDES = /\b(?:the|both) (?:two )?(?:camps|sides|groups|rivals|factions)\s+(?:\w+\s+)?$/i;
const TERRITORY = new Set<SubEventType>(['Non-state actor overtakes territory', 'Government regains territory', 'Non-violent transfer of territory']);
/** Acts of government that a place need not be named for: coded at the pack's capital when none is. */
const NATIONAL_ACTS = new Set<SubEventType>(['Change to group/activity', 'Other', 'Agreement']);
/** The home state's own authorities: its forces (the junta governs through them) or its election body. */
const isCentralState = (a: ActorEntry, home: string): boolean =>
  (a.kind === 'state_force' || a.kind === 'election_body') && (a.country ?? home) === home;

export const eventsStage: Stage<Layers> = {
  name: 'events',
  requires: ['blocks', 'sentences', 'quotations', 'dates', 'numbers', 'actors', 'places'],
  assigns: ['events'],
  run(ctx) {
    const { text } = ctx.doc;
    const raw = ctx.layers as Layers;
    // An article about another country: its generic forces and its events with no place are that country's.
    const where = articleCountry(raw.places, ctx.pack.country);
    const layers: Layers = { ...raw, actors: localisedActors(text, raw.actors, ctx.pack, where) };
    const lex = actorLexicon(ctx.pack);
    const cands = findCandidates(text, layers.sentences, layers.quotations, layers.blocks);
    const events: (EventOut & { dated: boolean })[] = [];
    const focus = focusActor(layers);
    // An article about the pack's country keeps its state force in events abroad (talks in Kunming).
    const home = layers.places.some((p) => p.location?.country === ctx.pack.country);
    // Places that only locate another place never head a list of event places (computed once,
    // and remembered for event locating, which asks again).
    const relative = relativeMentions(text, layers.blocks, layers.places);
    const listable = layers.places.filter((p) => !relative(p) && !spokenOrActing(text, p));
    for (const c of cands) {
      const { actors, taker, impliedState } = eventActors(text, c, layers, lex.stateForce);
      let sub = c.sub;
      const sentence = text.slice(c.sentence.start, c.sentence.end);
      if (sub === 'Non-state actor overtakes territory' && taker && (taker === lex.stateForce || taker.kind === 'state_force')) sub = 'Government regains territory';
      // A place changing hands under a deal is a handover, not a battle.
      if (TERRITORY.has(sub) && sub !== 'Non-violent transfer of territory' && NEGOTIATED.test(sentence)) sub = 'Non-violent transfer of territory';
      // Rounding people up for conscription or as porters is abduction, not arrest.
      if (sub === 'Arrests' && FORCED_SERVICE.test(sentence) && !EVASION.test(sentence)) sub = 'Abduction/forced disappearance';
      // A militia that carries men off to its training camp abducts them; police who send them there arrest them.
      if (sub === 'Arrests' && TO_TRAINING.test(sentence) && !actors.some((a) => a.kind === 'state_force')) sub = 'Abduction/forced disappearance';
      if (lex.stateForce && STATE_PERPETRATED.has(sub) && !actors.includes(lex.stateForce) && STATE_WORDS.test(text.slice(c.clause.start, c.clause.end))) actors.unshift(lex.stateForce);
      // A battle that names no non-state side ("Fighting resumed in Bhamo", "Resistance forces
      // seized Demoso") is about the article's main armed group.
      if ((sub === 'Armed clash' || sub === 'Non-state actor overtakes territory') && !actors.some((a) => a.kind !== 'state_force') && focus) actors.push(focus);
      if (sub === 'Non-state actor overtakes territory' && !actors.length) continue;
      // A non-state capture is taken from the state unless the text names another loser.
      if (sub === 'Non-state actor overtakes territory' && lex.stateForce && !actors.some((a) => a.kind === 'state_force')) actors.push(lex.stateForce);
      // A non-state capture told with a pronoun subject ("they had captured a junta camp"): the state loses it.
      if (sub === 'Non-state actor overtakes territory' && actors[0]?.kind === 'state_force' && actors.some((a) => NON_STATE.has(a.kind))) actors.push(actors.shift()!);
      if (sub === 'Government regains territory' && focus && !actors.some((a) => a.kind !== 'state_force' && a.kind !== 'civilian')) actors.push(focus);
      if (sub === 'Attack' && casualtiesOfPrevious(text, c, events, layers)) continue;
      // "The PNLA has been fighting the junta since late 2023": a war told as background, no battle.
      if (sub === 'Armed clash' && WAR_SINCE.test(text.slice(c.clause.start, c.clause.end)) && /\b(?:has|have) been\s+$/i.test(text.slice(c.clause.start, c.trigger.start))) continue;
      // "a jet bombed the village, … destroying the school": the damage a strike did is that strike.
      if (sub === 'Looting/property destruction' && /^destroy/i.test(text.slice(c.trigger.start, c.trigger.end)) && cands.some((o) => o.sentence === c.sentence && STRIKES.has(o.sub))) continue;
      if (sub === 'Disrupted weapons use' && spoilsOfPrevious(text, c, events)) continue;
      if (sub === 'Agreement' && actors.filter((a) => a.kind !== 'foreign_state').length < 2) for (const a of previousSentenceActors(layers, c)) if (!actors.includes(a)) actors.push(a);
      // "The two camps clashed": the two armed sides named just before (not a party in the room).
      if (sub === 'Armed clash' && TWO_SIDES.test(text.slice(c.clause.start, c.trigger.start))) for (const a of previousSentenceActors(layers, c)) if (!actors.includes(a) && a.kind !== 'political') actors.push(a);
      if (sub === 'Armed clash' && lex.stateForce && !actors.includes(lex.stateForce) && !nonStateSides(text, layers.actors, c)) actors.push(lex.stateForce);
      if ((CIVILIAN_SUBS.has(sub) || (sub === 'Looting/property destruction' && HOMES.test(text.slice(c.clause.start, c.clause.end))) || namesCivilians(text.slice(c.clause.start, c.clause.end))) && !actors.includes(ctx.pack.civilians)) actors.push(ctx.pack.civilians);
      const dates = announcementDate(text, c, sub, layers, eventDates(text, c, cands, layers.dates, ctx.doc.meta.published));
      const fatalities = fatalitiesIn(text, c.sentence, layers.numbers, layers.dates);
      // An agreement is signed in one place: the first named ("signed in Kunming …, the group agreed to withdraw from Hseni").
      const pairs = placeDatePairs(text, c, listable, layers.dates, layers.sentences).slice(0, ONE_PLACE.has(sub) ? 1 : undefined);
      const locs: [LocationOut | null, EventDates][] = pairs.length > 1
        ? pairs.map((p) => [p.location, p.date ? { date: p.date.date, dateEnd: p.date.dateEnd, explicit: true } : dates])
        : pairs.length === 1 ? [[pairs[0]!.location, dates]]
        : [[(sub === 'Change to group/activity' ? announcedFrom(text, c, layers) : null) ?? locateEvent(ctx.doc, layers, c.sentence, c.trigger, ctx.pack.country) ?? nearbyLocation(events, c)
          ?? (home && NATIONAL_ACTS.has(sub) && actors.some((a) => isCentralState(a, ctx.pack.country)) ? ctx.pack.capital ?? null : null), dates]];
      for (const [location, d] of locs) {
        // A foreign army taking ground is no government regaining its own territory (Russia in Ukraine).
        const abroadTaker = sub === 'Government regains territory' && taker && taker !== lex.stateForce && taker.country && location && taker.country !== location.country;
        const subHere: SubEventType = abroadTaker ? 'Non-state actor overtakes territory' : sub;
        // ACLED codes territory changes at town level; "handovers in northern Shan" is no event.
        if (TERRITORY.has(subHere) && (!location || location.precision === 'state' || location.precision === 'country')) continue;
        const here = location?.country ?? where;
        const local = localActors(abroadDrop(actors, here, impliedState, lex.stateForce, ctx.pack.country), here, home ? null : ctx.pack.country, lex.stateForce, ctx.pack.civilians);
        // A foreign army taking a place takes it from that country's army ("Russian forces captured Ptyche").
        if (abroadTaker && location && !local.some((a) => a.name === stateForceOf('Military', location.country).name)) local.push(stateForceOf('Military', location.country));
        events.push({
          event_type: typeOfSubEvent(subHere), sub_event_type: subHere,
          date: d.date, date_end: d.dateEnd,
          actors: withGeneric(subHere, local, here), location,
          fatalities: locs.length > 1 ? null : fatalities,
          evidence: text.slice(c.sentence.start, c.sentence.end),
          span: { start: c.sentence.start, end: c.sentence.end },
          dated: d.explicit,
        });
      }
    }
    blamePerpetrators(text, events, layers);
    detentionsAtProtests(text, events, layers);
    tollsInNextSentence(text, events, layers);
    ctx.layers.events = dedupe(events);
  },
};

/** Sub-events that happen in one place however many places the sentence lists. */
const ONE_PLACE = new Set<SubEventType>(['Agreement']);

/** An air strike with no doer named is the state's at home (only states fly there); abroad the
 * doer stays unidentified until the text blames someone. */
function abroadDrop(actors: ActorEntry[], here: string, implied: boolean, stateForce: ActorEntry | undefined, home: string): ActorEntry[] {
  return implied && here !== home ? actors.filter((a) => a !== stateForce) : actors;
}

/** Outside the pack's country the pack's own state force is no party, and civilians are that country's. */
function localActors(actors: ActorEntry[], here: string, country: string | null, stateForce: ActorEntry | undefined, civilians: ActorEntry): EventOut['actors'] {
  if (!country || here === country) return actors.map(actorOut);
  // Abroad, "the army" and "police" are that country's forces, named as ACLED does; the pack's
  // other home actors are not parties there.
  const out: EventOut['actors'] = [];
  for (const a of actors) {
    if (a === civilians) out.push(genericActor('Civilians', here));
    else if (a === stateForce || (a.kind === 'state_force' && a.country === country)) out.push(stateForceOf(/police/i.test(a.name) ? 'Police' : 'Military', here));
    else if (a.country !== country) out.push(actorOut(a));
  }
  return out.filter((a, i) => out.findIndex((b) => b.name === a.name) === i);
}

const ARMED = new Set(['state_force', 'rebel', 'militia', 'alliance', 'unknown', 'foreign_state']);
const HIDDEN_DOER = new Set<SubEventType>(['Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);
const PERPETRATED = new Set<SubEventType>(['Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb', 'Attack', 'Abduction/forced disappearance', 'Sexual violence', 'Shelling/artillery/missile attack', 'Air/drone strike']);

/** Protests have protesters, riots rioters; violence with no named perpetrator has an unidentified one. */
function withGeneric(sub: SubEventType, actors: EventOut['actors'], iso: string): EventOut['actors'] {
  const type = typeOfSubEvent(sub);
  if (type === 'Protests') return [genericActor('Protesters', iso), ...actors];
  if (type === 'Riots') return [genericActor('Rioters', iso), ...actors];
  const nonState = actors.some((a) => a.kind && ARMED.has(a.kind) && a.kind !== 'state_force');
  // Bombers and grenade throwers are not the soldiers they hit: with no non-state side named, the doer is unidentified.
  if (PERPETRATED.has(sub) && !nonState && (HIDDEN_DOER.has(sub) || !actors.some((a) => a.kind === 'state_force'))) return [genericActor('Unidentified Armed Group', iso), ...actors];
  return actors;
}

const BLAME = /\b(?:claimed responsibility|carried out the (?:attack|strike|bombing)|(?:planted|detonated|set off|launched) the|was behind|were behind|then (?:attacked|stormed|assaulted))\b|\bblamed\b|\baccused\b/i;

/** "The PDF said its drone unit had carried out the attack", "Residents blamed the RSF", "Al-Shabaab
 * fighters then attacked the base": the
 * perpetrator named after an event that had none replaces its unidentified armed group. */
function blamePerpetrators(text: string, events: EventOut[], layers: Layers): void {
  for (const e of events) {
    if (!e.span || !e.actors[0]?.name.startsWith('Unidentified Armed Group')) continue;
    const i = layers.sentences.findIndex((s) => s.start === e.span!.start);
    for (const s of layers.sentences.slice(i, i + 3)) {
      const m = BLAME.exec(text.slice(s.start, s.end));
      if (!m) continue;
      const blamedAt = s.start + m.index;
      const who = /blamed|accused/i.test(m[0])
        ? layers.actors.find((a) => a.start > blamedAt && a.end <= s.end && a.actor.kind !== 'civilian')
        : layers.actors.findLast((a) => a.start >= s.start && a.end <= blamedAt && a.actor.kind !== 'civilian' && a.actor.kind !== 'outlet');
      if (who) { e.actors[0] = actorOut(who.actor); break; }
    }
  }
}

/** "… staged a flash protest … Two of them were detained.": an arrest told right after a protest,
 * naming no place or party of its own, is the intervention in that protest, not a new event. */
function detentionsAtProtests(text: string, events: EventOut[], layers: Layers): void {
  for (let i = events.length - 1; i > 0; i--) {
    const e = events[i]!, prev = events[i - 1]!;
    if (e.sub_event_type !== 'Arrests' || prev.event_type !== 'Protests' || !e.span || !prev.span) continue;
    const own = (a: { start: number; end: number }): boolean => a.start >= e.span!.start && a.end <= e.span!.end;
    if (layers.places.some(own) || layers.actors.some(own) || e.span.start - prev.span.end > 3) continue;
    if (prev.sub_event_type === 'Peaceful protest') prev.sub_event_type = 'Protest with intervention';
    events.splice(i, 1);
  }
}

const ANNOUNCED_FROM = /\b(?:(?:issued|announced|released|statement)\s+from|(?:battalion|unit|brigade|faction|group|column)\s+from)\s+(?:the\s+)?(?:(?:town|village)\s+of\s+)?$/i;
const ANNOUNCED_ON = /\b(?:announced|said|declared|stated)\s+(?:late\s+|early\s+)?(?:on\s+)?$/i;

/** A group's change is where it announces it or where it is based: "a battalion from Matupi
 * announced …", "a statement issued from Pang War". */
function announcedFrom(text: string, c: Candidate, layers: Layers): LocationOut | null {
  const p = layers.places.find((x) => x.location && x.start >= c.sentence.start && x.end <= c.sentence.end && ANNOUNCED_FROM.test(text.slice(Math.max(0, x.start - 40), x.start)));
  return p?.location ?? null;
}

/** A change announced "on Monday" happened then: the report date is the event's date here. */
function announcementDate(text: string, c: Candidate, sub: SubEventType, layers: Layers, d: EventDates): EventDates {
  if (sub !== 'Change to group/activity' || d.explicit) return d;
  const said = layers.dates.find((x) => x.start >= c.sentence.start && x.end <= c.sentence.end && ANNOUNCED_ON.test(text.slice(Math.max(0, x.start - 30), x.start)));
  return said ? { date: said.date, dateEnd: said.dateEnd, explicit: true } : d;
}

/** An event sentence that names no place ("his fighters killed nine soldiers") happened where the
 * story's previous event did, when that was at most two paragraphs earlier. */
function nearbyLocation(events: EventOut[], c: Candidate): LocationOut | null {
  const prev = events.findLast((e) => e.location && e.span && c.sentence.start - e.span.end < 1200);
  return prev?.location ?? null;
}

const REMOTE = new Set(['Air/drone strike', 'Shelling/artillery/missile attack', 'Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);

/** "Two civilians … were killed" right after a strike sentence is that strike's toll, not a new
 * attack: its fatalities go to the strike (when it has none yet). */
function casualtiesOfPrevious(text: string, c: Candidate, events: EventOut[], layers: Layers): boolean {
  const sent = text.slice(c.sentence.start, c.sentence.end);
  const killed = /\b(?:were|was|been)\s+(?:killed|shot dead)\b/.exec(sent);
  if (!killed) return false;
  // "A village administrator working with the KIA said seven civilians … were killed": a side
  // named in the source before the speech verb does not do the killing.
  const said = /\b(?:said|told [\w ]{1,30}?that|says|reported)\b/.exec(sent.slice(0, killed.index));
  const from = c.sentence.start + (said ? said.index + said[0].length : 0);
  if (layers.actors.some((a) => a.start >= from && a.end <= c.sentence.end && a.actor.kind !== 'civilian')) return false;
  const prev = events[events.length - 1];
  if (!prev?.span || !REMOTE.has(prev.sub_event_type) || c.sentence.start - prev.span.end > 400 || lineBreaksUpTo(text, prev.span.end, c.sentence.start, 3) > 2) return false;
  if (prev.fatalities === null || prev.fatalities === 0) prev.fatalities = fatalitiesIn(text, c.sentence, layers.numbers, layers.dates) ?? prev.fatalities;
  return true;
}

/** "… overran a junta base. He said … his troops had seized two mortars": weapons taken in the
 * battle just told are that battle's spoils, not a disrupted weapons use of their own. */
function spoilsOfPrevious(text: string, c: Candidate, events: EventOut[]): boolean {
  const prev = events[events.length - 1];
  if (!prev?.span || prev.event_type !== 'Battles' || c.sentence.start - prev.span.end > 400) return false;
  return /\b(?:seized|captured|took)\b/i.test(text.slice(c.clause.start, c.clause.end));
}

/** "The two sides signed a ceasefire": the organisations named in the sentence before. */
function previousSentenceActors(layers: Layers, c: Candidate): ActorEntry[] {
  const i = layers.sentences.indexOf(c.sentence);
  // Back up to three sentences, until two parties are named ("The handover follows a ceasefire the two sides agreed").
  const found: ActorEntry[] = [];
  for (const prev of layers.sentences.slice(Math.max(0, i - 3), i).reverse()) {
    for (const a of layers.actors) if (a.start >= prev.start && a.end <= prev.end && PARTIES.has(a.actor.kind) && !found.includes(a.actor)) found.push(a.actor);
    if (found.length >= 2) break;
  }
  return found;
}
const PARTIES = new Set(['state_force', 'rebel', 'militia', 'alliance', 'political']);

/** The non-state armed group the article mentions most (first mention breaks ties). */
function focusActor(layers: Layers): ActorEntry | undefined {
  const counts = new Map<ActorEntry, number>();
  for (const a of layers.actors) if (['rebel', 'militia', 'alliance'].includes(a.actor.kind)) counts.set(a.actor, (counts.get(a.actor) ?? 0) + 1);
  let best: ActorEntry | undefined;
  for (const [a, n] of counts) if (!best || n > counts.get(best)!) best = a;
  return best;
}
