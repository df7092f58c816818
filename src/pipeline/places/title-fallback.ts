// An event the story places no finer than a state or country (its sentence names an unlisted
// village, "Nyaung Pin Thar village", or nothing) takes the headline's place when the headline
// names one ("Airstrike kills five in Shwebo Township") that lies in that state or country, and
// no earlier story sentence names anything finer (then that is the story's scene, not the title's),
// and the body does not name the headline's place itself.
import type { LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import { titlePlacesOf } from './title-places.js';
import { inArea } from './area.js';

const coarse = (l: LocationOut | null | undefined): boolean => !l || l.precision === 'state' || l.precision === 'country';


/** The title's one place finer than `found` (null: none, several, or the story has a finer place before `before`). */
export function titleScene(places: readonly PlaceMention[], found: LocationOut | null, before: number, home: string | null, eligible: (p: PlaceMention) => boolean): LocationOut | null {
  const title = titlePlacesOf(places).filter((t) => !coarse(t.location));
  if (!title.length || !coarse(found)) return null;
  // Two places in the headline ("in Shwebo and Kanbalu"): it does not say which is this event's.
  const first = title[0]!.location!;
  const key = (l: LocationOut): string => l.admin3_pcode ?? `${l.country}|${l.name}`;
  if (title.some((t) => key(t.location!) !== key(first))) return null;
  // A headline place the body names too (its dateline, a later paragraph, a state of the same
  // name: "in Katsina" over "Katsina State") is the story's to place: the body tells its events.
  if (places.some((p) => p.location && (p.location.name === first.name || (!!first.admin3_pcode && p.location.admin3_pcode === first.admin3_pcode && !coarse(p.location))))) return null;
  if (found ? !inArea(found, first) : first.country !== home && !places.some((p) => p.location?.country === first.country)) return null;
  for (const p of places) {
    if (p.start >= before) break;
    if (!coarse(p.location) && eligible(p)) return null;
  }
  return first;
}
