// ACLED's generic actors, named by country: "Protesters (Myanmar)", "Rioters (Sudan)",
// "Unidentified Armed Group (Mali)", "Civilians (Ukraine)". Country names follow ACLED's
// spelling where Intl's display name differs.
import type { ActorEntry } from '../../core/pack.js';
import { typeOfSubEvent, type ActorOut, type EventOut, type SubEventType } from '../../core/schema.js';
import { actorOut } from '../output.js';
import { countryName, stateForceName } from '../../core/countries.js';
import { GENERIC_FORCES } from '../actors/abroad.js';

export type GenericKind = 'Protesters' | 'Rioters' | 'Unidentified Armed Group' | 'Civilians';

const KINDS: Record<GenericKind, string> = { Protesters: 'protesters', Rioters: 'rioters', 'Unidentified Armed Group': 'unidentified', Civilians: 'civilian' };

/** Names by kind and country code, made once: Intl's display names are slow to ask for every event. */
const cache = new Map<string, Map<string, string>>();
function named(kind: string, iso: string, make: () => string): string {
  let byIso = cache.get(kind);
  if (!byIso) cache.set(kind, byIso = new Map());
  let name = byIso.get(iso);
  if (name === undefined) byIso.set(iso, name = make());
  return name;
}

export function genericActor(kind: GenericKind, iso: string): ActorOut {
  return { name: named(kind, iso, () => `${kind} (${countryName(iso)})`), kind: KINDS[kind] };
}

/** "Military Forces of Sudan", "Police Forces of Mali": ACLED's names for a country's forces. */
export function stateForceOf(kind: 'Military' | 'Police', iso: string): ActorOut {
  return { name: named(kind, iso, () => stateForceName(kind, iso)), kind: 'state_force' };
}

/** An air strike with no doer named is the state's at home (only states fly there); abroad the
 * doer stays unidentified until the text blames someone. */
export function abroadDrop(actors: ActorEntry[], here: string, implied: boolean, stateForce: ActorEntry | undefined, home: string): ActorEntry[] {
  return implied && here !== home ? actors.filter((a) => a !== stateForce) : actors;
}

/** Outside the pack's country the pack's own state force is no party, and civilians are that country's. */
export function localActors(actors: ActorEntry[], here: string, country: string | null, stateForce: ActorEntry | undefined, civilians: ActorEntry): EventOut['actors'] {
  if (!country || here === country) return actors.map(actorOut);
  // Abroad, "the army" and "police" are that country's forces, named as ACLED does; the pack's
  // other home actors are not parties there.
  const out: EventOut['actors'] = [];
  for (const a of actors) {
    if (a === civilians) out.push(genericActor('Civilians', here));
    // "police" in a Somalia story, at a bomb in a Kenyan county, are Kenya's police.
    else if (a === stateForce || (a.kind === 'state_force' && (a.country === country || (GENERIC_FORCES.has(a) && a.country !== here)))) out.push(stateForceOf(/police/i.test(a.name) ? 'Police' : 'Military', here));
    else if (a.country !== country) out.push(actorOut(a));
  }
  return out.filter((a, i) => out.findIndex((b) => b.name === a.name) === i);
}

const ARMED = new Set(['state_force', 'rebel', 'militia', 'alliance', 'unknown', 'foreign_state']);
const HIDDEN_DOER = new Set<SubEventType>(['Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb']);
const PERPETRATED = new Set<SubEventType>(['Remote explosive/landmine/IED', 'Grenade', 'Suicide bomb', 'Attack', 'Abduction/forced disappearance', 'Sexual violence', 'Shelling/artillery/missile attack', 'Air/drone strike']);
/** Looting and arson by men the text describes but does not name ("armed men set fire to 15 houses",
 * "shops were looted by gunmen"): ACLED's unidentified group. (Damage with no doer told at all —
 * "a fire gutted the market" — is left without one: it may be the next sentence's deed.) */
// ("the armed men set fire to the stalls": men told before, whose group the story may have named, are no new doer.)
const UNNAMED_DOERS = /(?<!\b(?:the|these|those|its|their)\s)\b(?:gunmen|armed\s+(?:men|groups?)|(?:unidentified|unknown|masked)\s+(?:armed\s+)?(?:men|assailants|attackers|persons|people|group)|men\s+in\s+uniform|assailants|attackers|bandits|militants|raiders|looters|arsonists)\b/i;

/** Protests have protesters, riots rioters; violence with no named perpetrator has an unidentified one.
 * A foreign state's forces in an agreement are its government (`home`: the pack's country, whose
 * junta signs as its military). */
export function withGeneric(sub: SubEventType, actors: EventOut['actors'], iso: string, home?: string, sentence = ''): EventOut['actors'] {
  if (sub === 'Agreement' && home) return governmentsSign(actors, home);
  const type = typeOfSubEvent(sub);
  if (type === 'Protests') return [genericActor('Protesters', iso), ...actors];
  if (type === 'Riots') return [genericActor('Rioters', iso), ...actors];
  const nonState = actors.some((a) => a.kind && ARMED.has(a.kind) && a.kind !== 'state_force');
  // Bombers and grenade throwers are not the soldiers they hit: with no non-state side named, the doer is unidentified.
  // Police fly no drones: police in a drone strike with no doer named are its target ("wounding a police officer").
  const doer = (a: EventOut['actors'][number]): boolean => a.kind === 'state_force' && !(sub === 'Air/drone strike' && a.name.startsWith('Police'));
  if (PERPETRATED.has(sub) && !nonState && (HIDDEN_DOER.has(sub) || !actors.some(doer))) return [genericActor('Unidentified Armed Group', iso), ...actors];
  if (sub === 'Looting/property destruction' && !nonState && !actors.some(doer) && UNNAMED_DOERS.test(sentence)) return [genericActor('Unidentified Armed Group', iso), ...actors];
  return actors;
}

/** "Thai Defence Minister … and his Cambodian counterpart signed the agreement": states sign
 * agreements as governments ("Government of Thailand"), not as the forces the words name; the
 * home state's military (a junta) keeps its name. */
function governmentsSign(actors: EventOut['actors'], home: string): EventOut['actors'] {
  const own = stateForceName('Military', home);
  const out = actors.map((a) => (a.kind === 'state_force' || a.kind === 'foreign_state') && a.name !== own && a.name.startsWith('Military Forces of ') ? { ...a, name: a.name.replace(/^Military Forces of /, 'Government of '), kind: 'foreign_state' } : a);
  return out.filter((a, i) => out.findIndex((b) => b.name === a.name) === i);
}
