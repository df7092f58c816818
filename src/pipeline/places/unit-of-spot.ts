// "ambushed a convoy near Guzang in Batibo subdivision", "fought off a column moving up the road from
// Myitkyina toward Sadung, in Waingmaw Township", "a mine on the road between Pwintbyu and Salin, in
// Salin Township": a spot told only by a place it lies near or by a road's ends, then the unit it
// lies in. The unit settles the township: when the landmark or road end lies in another (a town
// across the township line, a village name several townships share), the event is in the unit.
// Only where units have codes (Myanmar): abroad, gold keeps the landmark ("near Korcholi in Bijapur
// district": Korcholi). Not "in Mucojo, in Macomia district": a place the event is in stays.
import type { LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';

/** The landmark's or a road end's lead-in right before the place. */
const NEAR_OR_ROUTE_BEFORE = /\b(?:near|between|from|toward|towards)\s+(?:the\s+)?(?:(?:town|village|city|community)\s+of\s+)?$/i;
/** Between the place and its unit: "Guzang in", "Kyauk Oe village in", or a road's other end first
 * ("Myitkyina toward Sadung, in", "Pwintbyu and Salin, in"). */
const UNIT_GAP = /^(?:\s+(?:town|village|city))?(?:\s+(?:toward|towards|to|and)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?(?:\s+(?:town|village|city))?)?,?\s+in\s+(?:the\s+)?$/u;
/** The unit's own word: a unit below the state ("Mandera County" in Kenya is a state: left out). */
const UNIT_AFTER = /^\s+(?:township|district|subdivision|sub-division|tehsil|local government area|LGA)\b/i;

/** Where the event is when `p` is a landmark or a road end followed by the unit it lies in, and
 * `p` is not placed in that unit's township; else null. A village keeps its name in the unit. */
export function unitOfSpot(text: string, p: PlaceMention, places: readonly PlaceMention[]): LocationOut | null {
  const unit = unitAfter(text, p, places)?.location;
  const own = p.location;
  if (!unit?.admin3_pcode || !own || own.admin3_pcode === unit.admin3_pcode) return null;
  return own.precision === 'village' ? { ...unit, name: own.name, precision: 'village' } : unit;
}

/** The unit named right after `p` when `p` is a landmark or a road end ("near Guzang in Batibo subdivision"); else null. */
function unitAfter(text: string, p: PlaceMention, places: readonly PlaceMention[]): PlaceMention | null {
  // (The cheap test first: most places are followed by no " in ".)
  const after = text.slice(p.end, p.end + 60);
  if (!after.includes(' in ')) return null;
  const q = places.find((x) => x.start > p.end && x.start - p.end < 60 && UNIT_AFTER.test(text.slice(x.end, x.end + 30)));
  if (!q?.location || q.location.precision === 'country' || q.location.precision === 'state') return null;
  if (!UNIT_GAP.test(text.slice(p.end, q.start))) return null;
  if (!NEAR_OR_ROUTE_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start))) return null;
  return q;
}
