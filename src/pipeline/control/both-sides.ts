// "with both sides saying they had the upper hand": a place each side says it holds is
// contested, whatever one side's capture claim says.
import type { ControlOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { isTownLike, samePlace } from './same-place.js';

/** "with both sides saying they had the upper hand", "both sides claim to hold the town": a place
 * each side says it holds is contested, whatever one side's capture claim says. */
const BOTH_SIDES_CLAIM = /\bboth sides\s+(?:saying|said|say|says|claim(?:ed|ing|s)?)\b[^.;]{0,40}?\b(?:upper hand|in control|control(?:led|s)?|(?:to\s+)?(?:hold|held|holding)|won)\b/i;

/** Places of a sentence where both sides claim the upper hand become contested (BOTH_SIDES_CLAIM). */
export function bothSidesClaim(text: string, sentences: Layers['sentences'], places: readonly PlaceMention[], facts: ControlOut[]): ControlOut[] {
  if (!/both sides/i.test(text)) return facts;
  for (const s of sentences) {
    const sent = text.slice(s.start, s.end);
    if (!BOTH_SIDES_CLAIM.test(sent)) continue;
    const inS = places.flatMap((p) => (p.start >= s.start && p.end <= s.end && p.location && isTownLike(p.location) ? [p.location] : []));
    for (const loc of inS) {
      // "Kyin village in Pauk Township": the township only places the village; the village is claimed.
      if (loc.precision === 'township' && inS.some((q) => q.precision !== 'township' && q.admin3_pcode === loc.admin3_pcode)) continue;
      const fact: ControlOut = { place: loc, controller: null, status: 'contested', since: null, how: 'unknown', evidence: sent, span: { start: s.start, end: s.end } };
      const i = facts.findIndex((f) => samePlace(f.place, loc));
      if (i >= 0) facts[i] = { ...fact, since: facts[i]!.since };
      else facts.push(fact);
    }
  }
  return facts;
}
