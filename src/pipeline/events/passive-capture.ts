// A passive "taken" is a capture only when what was taken is a place: "Kyauktaw was taken by the
// AA", "The town was taken in December", "the army headquarters in Ann was taken on Monday" — but
// "He was taken by soldiers", "Residents of Kyauktaw were taken by soldiers" are people carried off.
import type { LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import type { Candidate } from './clauses.js';

const PASSIVE_TAKEN = /^taken$/i;
const AUX = /\b(?:was|were|been)\s+$/i;
/** "Kyaukme fell to the TNLA": "fell" is intransitive, its subject is the place lost, as a passive's is. */
const FELL = /^fell\b/i;
/** Words that open a clause before its subject ("…, and Kyauktaw was taken"). */
const OPENER = /^\s*(?:(?:and|but|while|when|after|before|since|as|then|that|which|where)\s+)*(?:the\s+(?:town|city|village|township)\s+of\s+)?/i;
/** A subject whose head is a place word ("the town", "the battalion headquarters in Ann"). */
const PLACE_HEAD = /\b(?:towns?|city|cities|villages?|townships?|bases?|camps?|outposts?|garrisons?|headquarters|posts?|positions?|hill(?:top)?s?|strongholds?|checkpoints?|airports?|ports?|bridges?)$/i;
/** "… in Ann", "… of Kyauktaw": a place that locates the head noun before it. */
const LOCATING_TAIL = /\s+(?:in|of|at|near|outside)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+$/;
const TOWN_LIKE = new Set(['town', 'township', 'village']);

interface PassiveSubject { place: PlaceMention | null; placeHead: boolean }

/** A passive capture's subject ("Thandwe … was taken", "the base was overrun"): the place it
 * opens with, and whether its head is a place at all; null when the trigger is not passive. */
function passiveSubject(text: string, c: Candidate, places: readonly PlaceMention[]): PassiveSubject | null {
  const left = text.slice(c.clause.start, c.trigger.start);
  const aux = FELL.test(text.slice(c.trigger.start, c.trigger.end)) ? { index: left.trimEnd().length } : AUX.exec(left);
  if (!aux) return null;
  // The subject's first part: an appositive after a comma ("Thandwe, with its airport, was taken") describes it.
  const subject = left.slice(0, aux.index);
  const comma = subject.indexOf(',');
  const chunk = comma >= 0 ? subject.slice(0, comma) : subject;
  const opener = OPENER.exec(chunk)![0].length;
  const at = c.clause.start + opener;
  const place = places.find((p) => p.start === at && !!p.location && TOWN_LIKE.has(p.location.precision)) ?? null;
  return { place, placeHead: !!place || PLACE_HEAD.test(chunk.slice(opener).replace(LOCATING_TAIL, '').trimEnd()) };
}

/** Whether the candidate is a passive "taken" whose subject is not a place (so no capture). */
export function takenNotPlace(text: string, c: Candidate, places: readonly PlaceMention[]): boolean {
  if (!PASSIVE_TAKEN.test(text.slice(c.trigger.start, c.trigger.end))) return false;
  const s = passiveSubject(text, c, places);
  return !!s && !s.placeHead;
}

/** The place a passive capture names as its subject ("Thandwe, with its airport, was taken in December"). */
export function passiveSubjectPlace(text: string, c: Candidate, places: readonly PlaceMention[]): LocationOut | null {
  // ("Kanpetlet has been ours since we took it in January 2024": "it" is the place the sentence opened with.)
  if (IT_OBJECT.test(text.slice(c.trigger.start, c.trigger.end))) return places.find((p) => p.start >= c.sentence.start && p.end <= c.trigger.start && !!p.location && TOWN_LIKE.has(p.location.precision))?.location ?? null;
  return passiveSubject(text, c, places)?.place?.location ?? null;
}
const IT_OBJECT = /\sit$/;
