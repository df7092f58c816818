// "the army said it had retaken a strategic town in North Kordofan", "seized a base in Kani
// Township": a capture of a place the text does not name. It happened in the area named after
// "in", never at another place of the sentence (the city a drone strike hit in the same lead);
// with no such area, or only a state or country, ACLED has no town to code it at.
import type { PlaceMention } from '../layers.js';

const UNNAMED_TAKEN = /^\s+(?:(?:a|an|another|one)\s+)(?:[\w-]+\s+){0,2}?(?:town|city|village|base|outpost|camp|garrison|position|hilltop)\s+in\s+(?:the\s+)?$/i;

/** `undefined`: not this wording; `null`: this wording with no codeable area; else the area. */
export function unnamedTakenArea(text: string, triggerEnd: number, places: readonly PlaceMention[]): PlaceMention | null | undefined {
  const after = text.slice(triggerEnd, triggerEnd + 80);
  const place = places.find((p) => p.start > triggerEnd && p.start <= triggerEnd + 80 && UNNAMED_TAKEN.test(text.slice(triggerEnd, p.start)));
  if (place) return place.location && place.location.precision !== 'state' && place.location.precision !== 'country' ? place : null;
  return /^\s+(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}?(?:town|city)\s+in\s+(?:the\s+)?[A-Z]/.test(after) ? null : undefined;
}
