// A handover told as a withdrawal: "KNDF and KA units pulled out of the town's wards overnight" names
// the sides that left, not the holder. The holder is the side a sentence nearby says moved in:
// "Junta troops from Loikaw drove into Demoso town on Tuesday and took over the market".
import type { ActorEntry } from '../../core/pack.js';
import type { EventOut } from '../../core/schema.js';
import type { Layers, PlaceMention } from '../layers.js';
import { samePlace } from './same-place.js';

/** "pulled out of", "withdrew from", "vacated": the sides named before it are leaving. */
export const WITHDREW = /\b(?:pulled\s+(?:out|back)\s+(?:of|from)|withdr[eo]wn?\s+(?:from|out\s+of)|vacated|abandoned|evacuated|retreated\s+from)\b/i;
/** "drove into", "marched back into", "entered", "took over", "moved in". */
const ENTERED = /\b(?:(?:drove|moved|marched|rolled|came|walked)\s+(?:back\s+)?into|(?:re-?)?entered|took\s+over|moved\s+in)\b/i;

/** How many sentences either side of the withdrawal may tell who moved in. */
const NEAR = 2;

/** The side a sentence near `e`'s says moved into its place (not one of the sides that left), or null. */
export function enteredBy(text: string, sentences: Layers['sentences'], actors: Layers['actors'], places: readonly PlaceMention[], e: EventOut): ActorEntry | null {
  if (!e.span || !e.location || !WITHDREW.test(text.slice(e.span.start, e.span.end))) return null;
  const i = sentences.findIndex((s) => s.start <= e.span!.start && e.span!.start < s.end);
  if (i < 0) return null;
  const leavers = new Set(e.actors.map((a) => a.name));
  for (const s of sentences.slice(Math.max(0, i - NEAR), i + NEAR + 1)) {
    const sent = text.slice(s.start, s.end);
    const m = ENTERED.exec(sent);
    if (!m) continue;
    const at = s.start + m.index;
    // The place entered comes after the verb; the side entering before it.
    if (!places.some((p) => p.start >= at && p.end <= s.end && p.location && samePlace(p.location, e.location!))) continue;
    const who = actors.find((a) => a.start >= s.start && a.end <= at && !leavers.has(a.actor.name) && !['outlet', 'person', 'civilian', 'election_body'].includes(a.actor.kind));
    if (who) return who.actor;
  }
  return null;
}
