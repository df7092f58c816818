// A capture the other side disputes: "Russia claimed its troops had 'liberated' the village …
// [Its spokesman] said fighting was ongoing on the village's outskirts and that Ukrainian units
// still held positions there." A place the losing side is said to still hold positions in, with
// fighting going on, is contested: the capture fact its paragraph gave yields (keeping its date, when the
// contest began).
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { isTownLike, samePlace } from './same-place.js';
import { C, sentenceCues } from './cues.js';

/** "still held positions there", "still hold positions in the town". */
export const STILL_POSITIONS = /\bstill\s+(?:held|hold|holds|holding|control|controls|controlled)\s+(?:positions|parts|part|areas|sections)\b/i;
/** "Ukrainian troops had not withdrawn", "the army has not pulled out": the losing side says it is still there. */
export const NOT_WITHDRAWN = /\b(?:had|have|has)\s+not\s+(?:withdrawn|retreated|pulled\s+(?:out|back)|left|abandoned|given\s+up)\b|\b(?:hadn['’]t|haven['’]t|hasn['’]t)\s+(?:withdrawn|retreated|pulled\s+(?:out|back)|left)\b/i;
/** "fighting was ongoing", "clashes continue", "battles are still raging". */
const FIGHTING_ON = /\b(?:fighting|clashes|battles?)\s+(?:was|were|is|are|remains?|remained|continues|continued)\s+(?:still\s+)?(?:ongoing|under\s?way|raging|going on)?/i;
/** A place named only to locate another ("15 kilometers northeast of Pokrovsk"). */
const REFERENCE_POINT = /\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+$/i;

/** "the village tract still falls under the council's administration", "says the village is still its own": the
 * losing side saying it still holds the place it is said to have lost (no fighting need be told). */
export const STILL_OURS = /\bstill\s+(?:falls?|fell|comes?|came|is|was|remains?|remained|lies|lay)\s+(?:under|within)\s+(?:the\s+)?[\p{L}'’ -]{0,40}?\b(?:administration|control|rule|jurisdiction)\b|\b(?:is|was|remains?)\s+still\s+(?:its|their|our)\s+own\b/iu;

export function disputedCaptures(text: string, sentences: Layers['sentences'], places: readonly PlaceMention[], facts: ControlOut[]): ControlOut[] {
  if (!/\bstill\s|\bnot\s+(?:withdrawn|retreated|pulled|left|abandoned|given)|n['’]t\s+(?:withdrawn|retreated|pulled|left)/i.test(text)) return facts;
  const cues = sentenceCues(text, sentences);
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (!cues[i]![C.STILL_POSITIONS] && !cues[i]![C.STILL_OURS] && !cues[i]![C.NOT_WITHDRAWN]) continue;
    const sent = text.slice(s.start, s.end);
    // ("fighting was continuing in the village and … troops had not withdrawn": the same as still holding positions.)
    const stillThere = (cues[i]![C.STILL_POSITIONS] && STILL_POSITIONS.test(sent)) || (cues[i]![C.NOT_WITHDRAWN] && NOT_WITHDRAWN.test(sent));
    if (!(stillThere && FIGHTING_ON.test(sent)) && !(cues[i]![C.STILL_OURS] && STILL_OURS.test(sent))) continue;
    // The place: the last one of its paragraph up to here (not a reference point) that a capture was told of.
    const from = sentences.find((x) => x.block === s.block)?.start ?? s.start;
    const captured = (p: PlaceMention): number => facts.findIndex((f) => f.how === 'captured' && samePlace(f.place, p.location!));
    const place = places.findLast((p) => p.start >= from && p.end <= s.end && !!p.location && isTownLike(p.location) && !REFERENCE_POINT.test(text.slice(Math.max(0, p.start - 24), p.start)) && captured(p) >= 0);
    if (!place) continue;
    facts[captured(place)] = { place: facts[captured(place)]!.place, controller: null, status: 'contested', since: facts[captured(place)]!.since, how: 'unknown', evidence: sent, span: { start: s.start, end: s.end } };
  }
  return facts;
}
