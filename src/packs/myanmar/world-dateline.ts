// Where a story is filed from settles its country: "PESHAWAR:", "LAHORE —", "JOS, Plateau State —",
// "KYIV (Reuters) -", a bare "OUAGADOUGOU" line, or a header line "Peshawar, March 12, 2026". A
// local outlet abroad often never names its own country ("QUETTA: Gunmen shot dead four
// labourers"), so without this its events had no country and were dropped. Also the well-known
// city the first sentence puts its event in ("A bomb exploded in Quetta on Saturday"). The city
// must be one a reader knows without the country: a region capital of our world table, or a
// GeoNames city of 100,000 people or more in a country our table knows; a name we list for
// Myanmar is never one ("SITTWE —").
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { HEADER_DATELINE } from '../../pipeline/places/header-city.js';
import { HOME } from './focus.js';
import type { MmPlace, PlaceIndex } from './places.js';
import { worldTable } from './tables.js';
import { citiesOf } from './world-rows.js';

/** A city this large is known by its name alone. */
const KNOWN_POPULATION = 100_000;
const NAME = String.raw`\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,2}`;
/** The story's opening name and what follows a dateline: a colon, a dash, a comma, an agency, a line end. */
const OPENER = new RegExp(String.raw`^\s*(${NAME})(?=\s*(?::\s|[—–]|-\s|,\s|\(\p{Lu}|\n|$))`, 'u');
/** A header line "Peshawar, March 12, 2026" / "Dnipro, 9 May 2026", on any line of the header. */
const HEADER_LINE = new RegExp(HEADER_DATELINE, 'mu');
/** The first sentence's city after a locative: "in Quetta", "into Maiduguri", "near Kharkiv". */
const IN_CITY = new RegExp(String.raw`\b(?:in|into|near|outside|at|on)\s+(${NAME})`, 'gu');

let covered: Set<string> | null = null;
/** The countries our world table names a people of: a dateline elsewhere ("WASHINGTON (AP)") settles nothing. */
const isCovered = (code: string): boolean => (covered ??= new Set(worldTable().demonyms.map((d) => d.code))).has(code) && code !== HOME;

let known: Map<string, string> | null = null;
/** Name key → country of the cities known by name alone (region capitals first, then the largest). */
function knownCities(): Map<string, string> {
  if (known) return known;
  const out = new Map<string, string>();
  const table = worldTable();
  for (const r of table.regions) if (r.capital && !out.has(nameKey(r.capital))) out.set(nameKey(r.capital), r.country);
  for (const a of table.cityAliases) for (const n of [a.name, ...a.aliases]) if (!out.has(nameKey(n))) out.set(nameKey(n), a.country);
  const pop = new Map<string, number>();
  for (const code of new Set(table.demonyms.map((d) => d.code))) {
    if (!isCovered(code)) continue;
    for (const c of citiesOf(code)) {
      if (c.population < KNOWN_POPULATION) continue;
      const key = nameKey(c.name);
      if (out.has(key) && !pop.has(key)) continue; // a region capital
      if ((pop.get(key) ?? 0) < c.population) { out.set(key, code); pop.set(key, c.population); }
    }
  }
  for (const s of table.cityStop) out.delete(nameKey(s));
  return (known = out);
}

/** The country of a known city named `name`; null for a Myanmar name, a listed place of several
 * countries, or a city no one knows by name alone. */
function countryOfCity(ix: PlaceIndex, name: string): string | null {
  const key = nameKey(name);
  const own = ix.byKey.get(key) as readonly MmPlace[] | undefined;
  if (own?.length) {
    const codes = new Set(own.map((e) => e.country));
    const [code] = codes;
    return codes.size === 1 && isCovered(code!) && !own.some((e) => e.kind === 'country') ? code! : null;
  }
  const code = knownCities().get(key);
  return code && isCovered(code) ? code : null;
}

/** The countries the story's dateline city and its first sentence's known city settle (each at
 * most once); `header`: the text before the story, `lead`: the first story block's text. */
export function filedFrom(ix: PlaceIndex, header: string, lead: string): { code: string; key: string }[] {
  const out: { code: string; key: string }[] = [];
  const add = (name: string): void => {
    // ("COTABATO CITY:", "GAZA CITY —": the city as lists name it, without the word.)
    const code = countryOfCity(ix, name) ?? (/\s+city$/i.test(name) ? countryOfCity(ix, name.replace(/\s+city$/i, '')) : null);
    const key = nameKey(name);
    if (code && !out.some((o) => o.key === key)) out.push({ code, key });
  };
  const opener = OPENER.exec(lead);
  if (opener) add(opener[1]!);
  const line = HEADER_LINE.exec(header);
  if (line) add(line[1]!);
  // (The first sentence only: later cities are the story's, counted as places.)
  const first = lead.slice(opener ? opener.index + opener[0].length : 0).split(/[.!?](?:\s|$)/, 1)[0]!;
  for (const m of first.matchAll(IN_CITY)) add(m[1]!);
  return out;
}
