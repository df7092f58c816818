// "the soldiers reoccupied the Taung Ba Lon hill camp, about eight kilometres east of Banmauk town":
// a place told by its distance from a town lies near that town. When the place itself is unknown
// (or the gazetteer put it in another state: a village name several states share), the town's
// township is where the event happened, not a place from elsewhere in the story.
import type { LocationOut } from '../../core/schema.js';
import type { PlaceMention } from '../layers.js';
import type { Candidate } from './clauses.js';

const COUNT = '(?:\\d+(?:\\.\\d+)?|a few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)';
/** ", about eight kilometres east of (the) " right before the town. */
export const DISTANCE_OF = new RegExp(`,\\s+(?:about|some|around|roughly|nearly|just|only|less than)?\\s*${COUNT}[\\s-]*(?:km|kilometres?|kilometers?|miles?)\\s+(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:wards?)?\\s+of\\s+(?:the\\s+)?$`, 'i');
const TOWN = new Set(['town', 'township']);
const townLike = (p: PlaceMention): boolean => !!p.location?.admin1_pcode && TOWN.has(p.location.precision);

/** The town a place after the trigger is measured from, when that place is unknown or in another state; else null. */
export function nearTownOf(text: string, placed: LocationOut | null, places: readonly PlaceMention[], c: Candidate): LocationOut | null {
  // The cheap words first: most sentences give no distance.
  const after = text.slice(c.trigger.end, Math.min(c.sentence.end, c.trigger.end + 160));
  if (!/\b(?:km\b|kilomet|miles?\b)/i.test(after)) return null;
  const town = places.find((q) => q.start > c.trigger.end && q.start - c.trigger.end < 160 && q.end <= c.sentence.end && townLike(q) && DISTANCE_OF.test(text.slice(Math.max(c.trigger.end, q.start - 70), q.start)));
  if (!town) return null;
  const gapStart = text.slice(c.trigger.end, town.start).search(/,[^,]*$/) + c.trigger.end;
  // The place measured ("Taung Ba Lon village, 5 km east of …"), when the text names a known one.
  const measured = places.findLast((p) => p.start >= c.trigger.end && p.end <= gapStart);
  if (measured?.location?.admin1_pcode === town.location!.admin1_pcode) return null;
  if (placed && placed.admin1_pcode === town.location!.admin1_pcode) return null;
  return measuredPlace(text, town, gapStart);
}

/** "the Taung Ba Lon hill camp" before ", about eight kilometres east of": the site's own name. */
const SITE_NAME = /(?:^|\s)(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:hill\s+|army\s+|military\s+|junta\s+)?(?:camp|base|outpost|village|hill|hilltop|post|bridge|checkpoint|station|gate))\s*$/u;

/** The town's place under the name of the site measured from it (a place of its own, not the town), or the town's. */
export function measuredPlace(text: string, town: PlaceMention, siteEnd: number): LocationOut {
  const m = SITE_NAME.exec(text.slice(Math.max(0, siteEnd - 60), siteEnd));
  return m ? { ...town.location!, name: m[1]!, precision: 'village' } : town.location!;
}
