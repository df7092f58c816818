// "clashed near Sittwe's northern outskirts around Pauktaw Township's Ka Nyin Taw village", "fought
// near Monywa town at Nga Pyaw Daw village": a place after "near" that a more exact spot follows at
// once is the landmark the spot is read from; the spot is the scene.
import type { PlaceMention } from '../layers.js';

/** "near" (or "close to", "outside") right before the landmark. */
const NEAR_BEFORE = /\b(?:near|close\s+to|outside|on\s+the\s+(?:edge|outskirts)\s+of)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$/i;
/** Between the landmark and the spot: its own kind or a part of it ("'s northern outskirts"), then
 * "around", "at" or "in" — lower-case words only, so no clause or other name comes between. */
const SPOT_GAP = /^(?:['’]s)?(?:\s+(?:town|city))?(?:\s+(?:northern|southern|eastern|western|outer|outskirts|edge|side|area|part|parts|suburbs))*,?\s+(?:around|at|in|inside)\s+(?:the\s+)?(?:village\s+of\s+)?$/i;
/** A unit's word after the place, not in the possessive. */
const UNIT_AFTER = /^\s+(?:township|district|region|state|province|county|subdivision|tehsil)\b(?!['’]s)/i;
/** The spot's own possessive container: "Pauktaw Township's Ka Nyin Taw village". */
const CONTAINER_OF = /^\s+township['’]s\s/i;

/** Whether `p` is a landmark a more exact spot named right after it places (see above). */
export function nearThenSpot(text: string, p: PlaceMention, ps: readonly PlaceMention[]): boolean {
  // (The cheap test first: most places have no "near" before them.)
  const before = text.slice(Math.max(0, p.start - 30), p.start);
  if (!/near|close|outside|outskirts|edge/i.test(before) || !NEAR_BEFORE.test(before)) return false;
  const q = ps.find((x) => x.start > p.end && x.start - p.end < 60);
  if (!q?.location || !SPOT_GAP.test(text.slice(p.end, q.start))) return false;
  // ("near Spezand in Mastung district": the unit the landmark lies in, unit-of-spot.ts's case.)
  if (UNIT_AFTER.test(text.slice(q.end, q.end + 20))) return false;
  const kind = q.location.precision;
  return kind === 'village' || (kind === 'town' && p.location?.precision !== 'village') || (kind === 'township' && CONTAINER_OF.test(text.slice(q.end, q.end + 12)));
}
