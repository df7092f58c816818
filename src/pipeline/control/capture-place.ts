// Which place a capture event holds, seen from the control stage: the events stage may code a
// capture at a place its sentence names only to locate the one taken ("liberated the village of
// Stepnohirsk, on the southern approaches to Zaporizhzhia"), or at a place abroad a home party
// never holds (a ceasefire "deal in Kunming"); neither is a place held.
import type { ControlOut, EventOut } from '../../core/schema.js';
import { escapeRegExp } from '../../core/regex.js';
import type { Layers } from '../layers.js';

/** Before a place named only to locate another: "on the southern approaches to", "near", "outside", "10 km from". */
const LOCATES_BEFORE = /\b(?:on\s+the\s+(?:(?:northern|southern|eastern|western)\s+)?(?:approach(?:es)?|outskirts|edges?|fringes?)\s+(?:to|of)|near|outside|close\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:km|kilometres?|kilometers?|miles)\s+(?:from|of))\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?$/i;

/** Whether the capture's place is named in its evidence only to locate another place the same sentence's capture took. */
export function onlyLocates(e: EventOut, events: readonly EventOut[]): boolean {
  const ev = e.evidence ?? '', name = e.location?.name;
  if (!name || !events.some((o) => o !== e && o.evidence === ev && o.sub_event_type === e.sub_event_type && !!o.location && o.location.name !== name)) return false;
  const at = [...ev.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b`, 'g'))].map((m) => m.index!);
  return at.length > 0 && at.every((i) => LOCATES_BEFORE.test(ev.slice(Math.max(0, i - 48), i)));
}

/** Facts on a place abroad whose holder is a party of the home country ("the Kunming deal" read as a handover
 * there): the pack's parties fight at home. Foreign states keep theirs (an army may occupy a neighbour's town). */
export function homePartiesAtHome(facts: ControlOut[], actors: Layers['actors'], home: string): ControlOut[] {
  const country = new Map(actors.map((a) => [a.actor.id, a.actor.country]));
  return facts.filter((f) => !(f.place.country && f.place.country !== home && f.controller?.id && country.get(f.controller.id) === home));
}

/** Before a place a fight is only placed by: "near", "outside", "between" (and "between X and"), "from", "towards", "on the
 * road to", "X km from". Not "in and around", nor "on the northern edge of", which put the fight at the town itself. */
const FIGHT_LOCATED_BEFORE = /\b(?:near|outside|close\s+to|between|from|towards?|(?:road|highway)\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:km|kilometres?|kilometers?|miles)\s+(?:from|of))\s+(?:the\s+)?(?:(?:town|city|village)\s+of\s+)?(?:\p{Lu}[\p{L}'’-]*\s+(?:and|or)\s+)?$/iu;

/** The word after a place that makes it part of a group's name. */
const GROUP_WORD = String.raw`(?:People['’]s|Defen[cs]e|Revolutionary|Army|Force|Militia|Battalion|Brigade|Regiment|Column)\b`;

/** Whether every mention of `name` in a fight's sentence only locates the fight (so the place is not said fought over). */
export function onlyLocatesFight(sentence: string, name: string): boolean {
  // ("the Mingin People's Defence Force": the name inside a group's name is no mention of the place.)
  const at = [...sentence.matchAll(new RegExp(`\\b${escapeRegExp(name)}\\b(?!\\s+${GROUP_WORD})`, 'g'))].map((m) => m.index!);
  return at.length > 0 && at.every((i) => FIGHT_LOCATED_BEFORE.test(sentence.slice(Math.max(0, i - 48), i)));
}
