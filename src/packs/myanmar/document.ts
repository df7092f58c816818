// The gazetteer's view of one foreign article (docs/geocoder.md, "Places outside Myanmar"): the
// capitalised names in its story that are cities of its focus countries in the world layer
// become extra names to search for; lookups add those cities to our own entries. Precise before
// complete: a world city is never offered for a Myanmar name while the article names Myanmar
// places at all, never for a word the article also writes in lower case ("sake"), never for a
// stop word ("Of", "Mon"), and our hand-listed place of the same country wins over GeoNames'.
import type { DocumentGazetteer, PlaceCandidateSet, WordToken } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import type { Span } from '../../core/span.js';
import { NAME_PARTICLES } from '../../pipeline/places/chars.js';
import { HOME, type Focus } from './focus.js';
import { resolvePlaces } from './geocoder.js';
import { countryOfPeople } from './foreign.js';
import { nationalPlaces } from './national-places.js';
import { typedRegions } from './world-typed.js';
import { findContained } from './contained-names.js';
import type { MmPlace, PlaceIndex } from './places.js';
import type { CountryCities, WorldCities } from './world.js';

const MAX_WORDS = 4;
/** More same-named cities than this in the focus countries are not worth listing (the text must settle it). */
const MAX_CANDIDATES = 6;
/** People in a city large enough to be found under a spelling of the text's own (short names match too many small places). */
const KNOWN_CITY = 50_000;
const VILLAGE_KINDS = new Set(['village', 'village_tract', 'ward']);

export class ForeignDocument implements DocumentGazetteer {
  private readonly keys = new Set<string>();
  private readonly unlisted = new Map<string, MmPlace>();
  private readonly cityCache = new Map<string, readonly MmPlace[]>();
  /** The cities of each focus country, in focus order. */
  private readonly countries: readonly CountryCities[];

  constructor(private readonly ix: PlaceIndex, private readonly world: WorldCities, readonly focus: Focus, text: string, regions: readonly Span[],
    runs: readonly (readonly WordToken[])[]) {
    // (Pushed, not mapped: a packed array whether or not the map would be inlined; see focus.ts.)
    const countries: CountryCities[] = [];
    for (const c of focus.countries) countries.push(world.country(c.code));
    this.countries = countries;
    const lower = new Set<string>();
    for (const tokens of runs) for (const t of tokens) if (!t.cap) lower.add(t.norm);
    const keys: string[] = [];
    for (const tokens of runs) {
      for (let i = 0; i < tokens.length; i++) {
        const first = tokens[i]!;
        if (!first.cap || isDigit(first.norm.charCodeAt(0))) continue;
        // Most capitalised words start no city name of the focus countries: skip their n-grams.
        if (!this.countries.some((c) => c.mayStart(first.norm))) continue;
        // Longest first: the names of up to MAX_WORDS words joined by a space or a hyphen.
        let run = adjacentRun(tokens, i, Math.min(MAX_WORDS, tokens.length - i), text);
        // ("Khan Younis", "Deir al-Balah": a large city of the story's countries in a spelling of its own.)
        const spelled = run >= 2 ? this.spelledCity(tokens, i, run, text) : 0;
        if (spelled) { i += spelled - 1; continue; }
        // Nor do most two-word starts: then only the word itself may be a city.
        if (run >= 2 && !this.countries.some((c) => c.mayContinue(first.norm, tokens[i + 1]!.norm))) run = 1;
        keys.length = 0;
        let key = first.norm;
        keys.push(key);
        for (let k = 1; k < run; k++) keys.push(key += ' ' + tokens[i + k]!.norm);
        for (let n = run; n >= 1; n--) {
          const key = keys[n - 1]!;
          if (n === 1 && lower.has(key)) continue; // a common word here ("for the sake of")
          if (this.worldCities(key).length) { this.keys.add(key); this.addLonger(tokens, i, n, text); i += n - 1; break; }
        }
      }
    }
    for (const r of regions) findContained(text.slice(r.start, r.end), this.ix, this.world, this.keys, this.unlisted, (key) => this.lookup(key));
    // ("the Lebanese town of Nabatieh": the nationality settles the country.)
    for (const r of regions) for (const [key, e] of nationalPlaces(text.slice(r.start, r.end), ix, world)) { this.unlisted.set(key, e); this.keys.add(key); }
    // ("North Waziristan district": a region of the story's first country, named with its type word.)
    const first = focus.countries[0]?.code;
    // (A name that is also a town of the story's countries is the town: "Walikale territory" is coded at Walikale.)
    // (Or another spelling of one: the view resolves such names to the town, spelledLike.)
    const known = (key: string, name: string): boolean => this.keys.has(key) || this.ix.byKey.has(key) || this.unlisted.has(key) || this.worldCities(key).length > 0
      || this.focus.countries.some((c) => this.world.spelledLike(c.code, name) !== null);
    if (first) for (const r of regions) for (const [key, e] of typedRegions(text.slice(r.start, r.end), first, known)) { this.unlisted.set(key, e); this.keys.add(key); }
  }

  /** How many words from i name a large city of a focus country under another romanisation
   * (the longest first, two words at least, none that is a city as written); 0 if none. */
  private spelledCity(tokens: readonly WordToken[], i: number, run: number, text: string): number {
    for (let n = run; n >= 2; n--) {
      // (Capitalised words, a particle between them: "Deir al-Balah", not "Wad Madani in".)
      if (!tokens[i + n - 1]!.cap) continue;
      let name = true;
      for (let k = i + 1; k < i + n - 1; k++) if (!tokens[k]!.cap && !NAME_PARTICLES.has(tokens[k]!.norm)) name = false;
      if (!name) continue;
      const key = keyOf(tokens, i, n);
      if (this.worldCities(key).length || this.ix.byKey.has(key) || this.world.isStop(key)) return 0;
      for (const c of this.focus.countries) {
        const e = this.world.spelledLike(c.code, key);
        if (!e || (e.population ?? 0) < KNOWN_CITY) continue;
        this.unlisted.set(key, { ...e, id: `${e.id}:${key}`, name: text.slice(tokens[i]!.start, tokens[i + n - 1]!.end) });
        this.keys.add(key);
        return n;
      }
    }
    return 0;
  }

  /** "Mocímboa da Praia" where the list has only "Mocímboa": the city named as the text names it
   * (a particle, then a capitalised word, continue the name); the list's city places it. */
  private addLonger(tokens: readonly WordToken[], i: number, n: number, text: string): void {
    const p = tokens[i + n], next = tokens[i + n + 1];
    if (!p || !next || !NAME_PARTICLES.has(p.norm) || p.cap || !next.cap) return;
    if (p.start !== tokens[i + n - 1]!.end + 1 || next.start !== p.end + 1) return;
    const key = `${keyOf(tokens, i, n)} ${p.norm} ${next.norm}`;
    if (this.keys.has(key) || this.ix.byKey.has(key)) return;
    const city = this.worldCities(keyOf(tokens, i, n))[0]!;
    this.unlisted.set(key, { ...city, id: `${city.id}:${key}`, name: text.slice(tokens[i]!.start, next.end) });
    this.keys.add(key);
  }

  names(): Iterable<string> { return this.keys; }

  lookup(key: string): readonly MmPlace[] {
    const unlisted = this.unlisted.get(key);
    if (unlisted) return [unlisted];
    let own = this.ix.lookup(key);
    if (this.focus.home === 0) own = own.filter((e) => e.country !== HOME || e.kind === 'country' || !VILLAGE_KINDS.has(e.kind));
    const world = this.worldCities(key);
    if (!world.length) return own;
    if (this.focus.home === 0) own = own.filter((e) => e.country !== HOME); // no Myanmar place in the article: the foreign city
    // Our own entry for a town of that country wins over GeoNames' ("Moscow", "Goma" if listed).
    const listed = new Set(own.filter((e) => e.kind === 'foreign_place' && e.level === 'town').map((e) => e.country));
    return [...own, ...world.filter((e) => !listed.has(e.country))];
  }

  resolve(sets: readonly PlaceCandidateSet[], text: string): (LocationOut | null)[] {
    return resolvePlaces(this.ix, sets, text, this.focus).map((l, i) => {
      // (A place the story already put in a country stays there: "near the border town of O'Smach" in
      // Cambodia is no Thai town spelt alike.)
      if (l) return unlocatedAbroad(l) ? this.spelledLike(l.name, l.precision, [l.country]) ?? l : l;
      // A name marked as a town that no country of the story could take: its spelling may tell which.
      const { candidates, typeHint, surface } = sets[i]!;
      return candidates.length === 0 && (typeHint === 'town' || typeHint === 'village') ? this.spelledLike(surface, typeHint, this.focus.countries.map((c) => c.code)) : null;
    });
  }

  /** "hit targets in the capital": the capital of the country `people` names ("the Sudanese
   * capital"), else of `country`, the one the story's places are in. */
  capital(people: string | null, country: string): LocationOut | null {
    // (No foreign place located: the country the article is first about.)
    const code = people !== null ? countryOfPeople(people) : country === HOME ? this.focus.countries[0]?.code : country;
    const city = code && code !== HOME ? this.world.capitalOf(code) : null;
    if (!city) return null;
    const set: PlaceCandidateSet = { start: 0, end: 0, surface: city.name, candidates: [city], typeHint: 'town' };
    return resolvePlaces(this.ix, [set], city.name, this.focus)[0] ?? null;
  }

  /** "Khan Younis", no list's spelling: the city of the first of `countries` it is another
   * romanisation of, under the text's own name. */
  private spelledLike(name: string, precision: LocationOut['precision'], countries: readonly string[]): LocationOut | null {
    for (const country of countries) {
      const e = this.world.spelledLike(country, name);
      if (e) return { name, country: e.country, admin1: e.admin1 ?? null, lat: e.lat ?? null, lon: e.lon ?? null, precision };
    }
    return null;
  }

  /** Cities of the focus countries named `key`, largest first; none where a Myanmar name must win.
   * Remembered per key: the names are looked up again for every mention. */
  private worldCities(key: string): readonly MmPlace[] {
    let hit = this.cityCache.get(key);
    if (!hit) { hit = this.findWorldCities(key); this.cityCache.set(key, hit); }
    return hit;
  }

  private findWorldCities(key: string): readonly MmPlace[] {
    if (this.world.isStop(key)) return [];
    const own = this.ix.byKey.get(key);
    if (own?.some((e) => e.kind === 'country')) return []; // "Colombia" is the country, not the town in Huila
    if (this.focus.home > 0 && own?.some((e) => e.country === HOME)) return [];
    const out: MmPlace[] = [];
    for (const country of this.countries) for (const c of country.find(key)) out.push(this.world.entry(c));
    return out.sort((a, b) => (b.population ?? 0) - (a.population ?? 0)).slice(0, MAX_CANDIDATES);
  }
}

/** A town or village abroad that no list placed: a name the text marks as a place, without coordinates. */
const unlocatedAbroad = (l: LocationOut): boolean => l.country !== HOME && l.lat == null && (l.precision === 'town' || l.precision === 'village');

const keyOf = (tokens: readonly WordToken[], i: number, n: number): string => tokens.slice(i, i + n).map((t) => t.norm).join(' ');

/** How many tokens from i (at most max) are one name: only a space or a hyphen between them. */
function adjacentRun(tokens: readonly WordToken[], i: number, max: number, text: string): number {
  let n = 1;
  while (n < max) {
    const a = tokens[i + n - 1]!;
    const b = tokens[i + n]!;
    const c = text.charCodeAt(a.end);
    if (b.start !== a.end + 1 || (c !== 32 && c !== 45)) break; // one ' ' or '-'
    n++;
  }
  return n;
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
