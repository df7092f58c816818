// "Sulu province", "Burkina Faso's Sahel region", "Zamfara state": in a story abroad, a name the
// text types as a first-level unit is a region of the story's country, at the precision of a
// region, even when no list has it (GeoNames lists towns). Not a district or territory: those are
// named after their seat town and coded there (pipeline/places/unlisted-towns.ts: "in Kech district").
// Only with the type word in lower case ("Islamic State" is a group, "Plateau State" a listed
// state) and never a name that is a country's or a people's ("Sudanese state media").
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { isCountryOrPeople } from './foreign.js';
import type { MmPlace } from './places.js';

const NAME = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`;
const TYPED = new RegExp(String.raw`(?<![\p{L}'’-])(${NAME})\s+(?:province|region|governorate|state)\b(?!\s+(?:media|television|tv|radio|news|agency|forces?|security|police|army|officials?|governments?|authorities|governor|assembly|capital)\b)`, 'gu');
/** Words that open a sentence or qualify a unit, never a unit's name ("The district", "Each province"). */
const NOT_NAMES = new Set(['the', 'this', 'that', 'each', 'every', 'our', 'their', 'its', 'his', 'her', 'one', 'a', 'an', 'another', 'same', 'whole', 'entire', 'neighbouring', 'neighboring',
  'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'border', 'frontier', 'restive', 'troubled', 'federal', 'home', 'which', 'in', 'of']);

/** The regions `text` names with a type word, as entries of `country` (name key → entry); `known`: whether a key already names a place. */
export function typedRegions(text: string, country: string, known: (key: string, name: string) => boolean): Map<string, MmPlace> {
  const out = new Map<string, MmPlace>();
  if (!/ (?:province|region|governorate|state)\b/.test(text)) return out; // gate
  for (const m of text.matchAll(TYPED)) {
    // ("The North Waziristan district": the words before the name are no part of it.)
    // ("Burkina Faso's Sahel region": the name follows its country's possessive.)
    const words = m[1]!.split(' ');
    const owner = words.findLastIndex((w) => /['’]s$/.test(w));
    if (owner >= 0) words.splice(0, owner + 1);
    while (words.length && NOT_NAMES.has(words[0]!.toLowerCase())) words.shift();
    if (!words.length || NOT_NAMES.has(words.at(-1)!.toLowerCase())) continue;
    const name = words.join(' ');
    const key = nameKey(name);
    if (out.has(key) || known(key, name) || isCountryOrPeople(key) || words.some((w) => isCountryOrPeople(nameKey(w)))) continue;
    out.set(key, { id: `${country}:${name}:region`, name, kind: 'foreign_place', country, admin1: null, lat: null, lon: null, level: 'state',
      note: 'a unit the article names with its type word, in the country the story is about' });
  }
  return out;
}
