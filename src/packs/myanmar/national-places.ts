// "the southern Lebanese town of Nabatieh", "the Ukrainian city of Kharkiv", "the Nigerian village
// of Yelwata": a wire names the country of a place by its nationality adjective. The place is that
// country's, whichever other countries the story names: GeoNames' city of that name or spelling
// when there is one (world-skeleton.ts), else a town named by the article only, in that country.
import type { MmPlace, PlaceIndex } from './places.js';
import { HOME } from './focus.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { worldTable } from './tables.js';
import type { WorldCities } from './world.js';
import { escapeRegExp } from '../../core/regex.js';

// (An Arabic article may join the name's words: "Yohmor al-Shaqif", "Deir el-Balah".)
const NAME = String.raw`\p{Lu}[\p{L}'’]*(?:[ -]\p{Lu}[\p{L}'’]*){0,2}(?: (?:al|el|ad|ash|as|at|ar|an|az|ed|es|ag|ul|un)-\p{Lu}[\p{L}'’]*)?`;
const BEARING = String.raw`(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)(?:ern)?|central|far-(?:north|south|east|west)(?:ern)?)`;
const BEFORE = String.raw`(?:border|frontline|front-line|coastal|port|besieged|strategic|key|embattled|remote|main|largest|restive|war-torn|rebel-held|army-held)`;
const AFTER = String.raw`(?:border|frontline|front-line|coastal|port|garrison|market|mining|oil|river|desert|hilltop|mountain|farming|fishing)`;
const KIND = String.raw`(town|city|village|port|capital|hub|settlement)`;

let byDemonym: Map<string, string> | null = null;
let pattern: RegExp | null = null;

function demonyms(): Map<string, string> {
  if (byDemonym) return byDemonym;
  byDemonym = new Map();
  for (const d of worldTable().demonyms) for (const n of d.names) byDemonym.set(n, d.code);
  return byDemonym;
}

function nationalPattern(): RegExp {
  if (pattern) return pattern;
  const names = [...demonyms().keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  pattern = new RegExp(String.raw`\b(?:the|a|an)\s+(?:(?:${BEARING}|${BEFORE})\s+){0,2}(${names})\s+(?:${AFTER}\s+)?${KIND}\s+of\s+(${NAME})`, 'gu');
  return pattern;
}

/** The places the text ties to a nationality, by lookup key; none for the home country's (our gazetteer places them). */
export function nationalPlaces(text: string, ix: PlaceIndex, world: WorldCities): Map<string, MmPlace> {
  const out = new Map<string, MmPlace>();
  if (!text.includes(' of ')) return out;
  for (const m of text.matchAll(nationalPattern())) {
    const code = demonyms().get(m[1]!);
    const name = m[3]!;
    const key = nameKey(name);
    if (!code || code === HOME || out.has(key) || world.isStop(key)) continue;
    // Our own entry for the place in that country, else GeoNames', else its spelling there.
    const own = ix.lookup(key).find((e) => e.country === code && e.kind === 'foreign_place' && e.level !== 'state');
    if (own) { out.set(key, own); continue; }
    const city = world.find(code, key)[0];
    const alike = city ? world.entry(city) : world.spelledLike(code, name);
    out.set(key, alike ? { ...alike, name, id: `${alike.id}:${key}` } : { id: `${code}:${name}:text`, name, kind: 'foreign_place', country: code, admin1: null, lat: null, lon: null, level: 'town',
      note: 'named by the article only, placed by the nationality it is given' });
  }
  return out;
}
