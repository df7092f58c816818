// "entered Ywathit village, about three miles from the ambush site", "jets bombed the area around
// the ambush site": a place told by the site of an event the story told before. With no township
// of its own (an unlisted village placed only in its state, or no place at all), the event is in
// that event's township.
import type { EventOut, LocationOut } from '../../core/schema.js';

const SITE = /\b(?:the|that)\s+(?:ambush|attack|battle|blast|bombing|clash|explosion|raid|fighting)\s+(?:site|scene|area)\b/i;

export function siteOfEarlier(sentence: string, location: LocationOut | null, events: readonly EventOut[]): LocationOut | null {
  if (location && location.precision !== 'state' && location.precision !== 'country') return null;
  // The cheap word first: most sentences name no site.
  if (!(sentence.includes(' site') || sentence.includes(' scene')) || !SITE.test(sentence)) return null;
  const site = events.findLast((e) => !!e.location?.admin3_pcode && (!location || location.precision === 'country' || e.location.admin1_pcode === location.admin1_pcode))?.location;
  if (!site) return null;
  // The named village keeps its name, in the site's township; no place named: the site's own place.
  // ("Magway Region" itself is no village.)
  return location?.precision === 'state' && location.name !== location.admin1 ? { ...site, name: location.name, precision: 'village' } : site;
}
