// An event in a story abroad that names no place of its own ("PESHAWAR: A roadside bomb exploded
// near a police checkpost", a dateline only; "attacked a checkpoint in Bajaur", a name no list
// has) happened in the country the story is about: coded there at country level rather than left
// without a location (and dropped). The country is the one the story's located places are in,
// its dateline included (a dateline is where the reporter is, so never the event's town). Only in
// a story that places nothing finer than a country: one that does ("the assault on the post at
// Loulouni") tells its lead's place later, and the lead is that report (events/dedupe.ts).
import { countryName } from '../../core/countries.js';
import type { LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import { articleCountry } from './doc-country.js';

/** The story's foreign country as an event location; null at home or with no place located. */
export function storyCountryLocation(places: readonly PlaceMention[], home: string | null, inStory: (p: PlaceMention) => boolean): LocationOut | null {
  if (!home || !places.length) return null;
  if (places.some((p) => p.location && p.location.precision !== 'country' && inStory(p))) return null;
  const country = articleCountry(places, home);
  if (country === home) return null;
  // (The country as the story names it, "the U.S.", so that its other events there read alike.)
  return places.find((p) => p.location?.country === country && p.location.precision === 'country')?.location ?? { name: countryName(country), country, precision: 'country' };
}
