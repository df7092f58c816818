// Names no list has, placed by the known place the text puts them in or near (docs/geocoder.md,
// "Places outside Myanmar"): the foreign document's own places. Split from document.ts.
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { HOME } from './focus.js';
import type { MmPlace, PlaceIndex } from './places.js';
import type { WorldCities } from './world.js';

// "at Sabiid, in Somalia's Lower Shabelle region", "near Um Sumeima, a village west of El Obeid":
// a name no list has, placed by the known place the text puts it in or near. Also an appositive
// that types it ("En Nahud, a West Kordofan city", "Er Rahad, a railway town in North Kordofan")
// and a typed container with or without a comma ("Darul Jamal in Bama LGA", "Tudun Biri, Kaduna
// state", "Sabon Gari in Damboa Local Government Area of Borno State"), and a distance from a
// known place ("Um Ruwaba, about 150 km east of El Obeid").
const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,2}`;
// (Not "a village head in Borno", "a community leader": a person.)
const SETTLEMENT = String.raw`(?:village|town|city|settlement|hamlet|community)(?!\s+(?:heads?|chiefs?|leaders?|elders?|officials?|council|councillors?|guards?|residents?|teachers?|imams?|youths?|mayors?|administrators?)\b)`;
const ADMIN_WORD = String.raw`(?:[Ss]tate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]ounty|[Tt]erritory|[Gg]overnorate|[Dd]epartment|[Cc]ommune|LGA|[Ll]ocal\s+[Gg]overnment\s+[Aa]rea)\b`;
const UNLISTED = new RegExp(String.raw`\b(?:at|in|near|outside|into|of|around|toward|towards|took|taken|seized|captured|retook|overran|attacked|entered|reached|fled|stormed|raided)\s+(${NAME})(?:,\s+(?:(?:also|both)\s+)?(?:` +
  String.raw`in\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?['’]s\s+)?(${NAME}|\p{Lu}[\p{L}-]* de \p{Lu}[\p{L}-]*)` +
  String.raw`|an?\s+(?:[\p{Ll}-]+\s+){0,3}${SETTLEMENT}\b[^.,;\n]{0,40}?\b(?:of|from|near|in)\s+(${NAME})` +
  String.raw`|an?\s+(${NAME})\s+(?:[\p{Ll}-]+\s+){0,2}${SETTLEMENT}\b` +
  String.raw`|(${NAME})\s+${ADMIN_WORD}` +
  String.raw`|(?:about|some|around|roughly|nearly|just)?\s*\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\b(?:\s*\([^()]{0,20}\))?\s+(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(${NAME}))` +
  String.raw`|\s+(?:(?:${SETTLEMENT}|junction|crossroads|market|checkpoint)\s+)?in\s+(${NAME})\s+${ADMIN_WORD})`, 'gu');

/** Gate: every UNLISTED match holds a comma and then "in", "a"/"an" or a name, or "in" and then a
 * name (case-sensitive, as UNLISTED is). Without the u flag and opening with a literal, it is found
 * far faster than UNLISTED fails. */
const UNLISTED_GAP = /,\s+(?:(?:also|both)\s+)?(?:in\s|an?\s|[A-Z]|about\s|some\s|around\s|roughly\s|nearly\s|just\s|\d)|\sin\s+[A-Z]/;

/** "the Jani Khel area of Bannu district", "North Waziristan's Datta Khel area": an area named
 * with the unit it lies in (group 1 the area, group 2 the unit). */
const AREA_OF = new RegExp(String.raw`\bthe\s+(${NAME})\s+area\s+of\s+(?:the\s+)?(${NAME})|\b(${NAME})['’]s\s+(${NAME})\s+(?:area|tehsil|locality|subdivision)\b`, 'gu');

/** Gate: AREA_OF needs " area of " or a possessive and one of its unit words (most texts have neither). */
function mayNameArea(text: string): boolean {
  if (text.includes(' area of ')) return true;
  return (text.includes("'s ") || text.includes('’s ')) && AREA_WORD.test(text);
}
const AREA_WORD = /\s(?:area|tehsil|locality|subdivision)\b/;

/** Adds to `unlisted` and `keys` the names of `text` a known foreign place contains (`lookup`: the
 * document's, which reads `unlisted` as it grows). */
export function findContained(text: string, ix: PlaceIndex, world: WorldCities, keys: Set<string>, unlisted: Map<string, MmPlace>, lookup: (key: string) => readonly MmPlace[]): void {
  const place = (name: string, container: string): void => {
    const key = nameKey(name);
    if (ix.byKey.has(key) || unlisted.has(key) || world.isStop(key)) return;
    const where = lookup(nameKey(container)).filter((e) => e.country !== HOME && (e.kind === 'country' || e.kind === 'foreign_place'));
    const countries = new Set(where.map((e) => e.country));
    if (countries.size !== 1) return;
    const [country] = countries as Set<string>;
    // A name the world list has is that city, unless none of its cities lies in the container's
    // country: "the Jani Khel area of Bannu district" is in Pakistan, whatever Afghan town is so named.
    if (keys.has(key)) { const own = lookup(key); if (!own.length || own.some((e) => e.country === country)) return; }
    const admin1s = new Set(where.map((e) => (e.kind === 'country' ? null : e.admin1 ?? null)));
    const admin1 = admin1s.size === 1 ? [...admin1s][0]! : null;
    unlisted.set(key, { id: `${country}:${name}:text`, name, kind: 'foreign_place', country: country!, admin1, lat: null, lon: null, level: 'town',
      note: 'named by the article only, placed by the place it is said to be in or near' });
    keys.add(key);
  };
  if (UNLISTED_GAP.test(text)) {
    for (const m of text.matchAll(UNLISTED)) place(m[1]!, m.slice(2).find((g) => g !== undefined)!); // the one alternative that matched
  }
  if (mayNameArea(text)) for (const m of text.matchAll(AREA_OF)) place(m[1] ?? m[4]!, m[1] ? m[2]! : m[3]!);
}
