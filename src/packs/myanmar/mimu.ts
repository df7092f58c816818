// Reads the MIMU CSVs (never copied into the repo) into a compact index, and keeps that index as
// JSON under .sitrep/cache keyed by the source files' sizes and mtimes: parsing 2.7 MB of CSV
// (mostly Burmese script) costs ~150 ms on a small machine, reading the cached JSON a few ms.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SitrepError } from '../../core/errors.js';
import { cacheDir } from '../paths.js';
import { readCsv } from './csv.js';

/** Bump when the index layout or the way it is derived changes: old caches are then rebuilt. */
const FORMAT = 3;

export const MIMU_FILES = {
  townships: 'mmr_townships.csv',
  towns: 'mimu_pcode9.6_towns.csv',
  villageTracts: 'mimu_pcode9.6_village_tracts.csv',
  wards: 'mimu_pcode9.6_wards.csv',
} as const;

/** [pcode, MIMU name ("Shan (North)"), type (State/Region/Union Territory)] */
export type StateRow = [string, string, string];
/** [pcode, name, alt names, state pcode, centroid lat, lon, area km², main town pcode] */
export type TownshipRow = [string, string, string[], string, number, number, number, string];
/** [pcode, name, township pcode, lat, lon] (null coordinates where MIMU has none) */
export type TownRow = [string, string, string, number | null, number | null];
/** [pcode, name]; the township is the first 9 characters of the pcode. */
export type UnitRow = [string, string];

export interface MyanmarIndex {
  format: number;
  sources: Record<string, { size: number; mtimeMs: number }>;
  states: StateRow[];
  townships: TownshipRow[];
  towns: TownRow[];
  villageTracts: UnitRow[];
  wards: UnitRow[];
}

const num = (s: string | undefined): number | null => (s && s.trim() && Number.isFinite(+s) ? +s : null);

function sourceStamp(dir: string): MyanmarIndex['sources'] {
  const out: MyanmarIndex['sources'] = {};
  for (const f of Object.values(MIMU_FILES)) {
    try {
      const st = statSync(join(dir, f));
      out[f] = { size: st.size, mtimeMs: Math.round(st.mtimeMs) };
    } catch {
      throw new SitrepError('E050', `expected ${f}; get it from https://themimu.info (docs/data.md)`, join(dir, f));
    }
  }
  return out;
}

/** Parses the CSVs in `<dataDir>/myanmar` (no cache involved). */
export function readMimu(dataDir: string): MyanmarIndex {
  const dir = join(dataDir, 'myanmar');
  const sources = sourceStamp(dir);
  const ts = readCsv(join(dir, MIMU_FILES.townships), ['ts_pcode', 'ts_name_en', 'alt_names', 'st_pcode', 'st_name_en', 'st_type', 'lat', 'lon', 'main_town_pcode']);
  const states = new Map<string, StateRow>();
  const townships: TownshipRow[] = [];
  for (const r of ts) {
    if (!states.has(r.st_pcode!)) states.set(r.st_pcode!, [r.st_pcode!, r.st_name_en!, r.st_type!]);
    const alts = (r.alt_names ?? '').split('|').map((a) => a.trim()).filter(Boolean);
    townships.push([r.ts_pcode!, r.ts_name_en!, alts, r.st_pcode!, num(r.lat) ?? 0, num(r.lon) ?? 0, num(r.area_km2) ?? 0, r.main_town_pcode ?? '']);
  }
  const towns: TownRow[] = readCsv(join(dir, MIMU_FILES.towns), ['Tsp_Pcode', 'Town_Pcode', 'Town_Name_Eng', 'Longitude', 'Latitude'])
    .map((r) => [r.Town_Pcode!, r.Town_Name_Eng!, r.Tsp_Pcode!, num(r.Latitude), num(r.Longitude)]);
  const villageTracts: UnitRow[] = readCsv(join(dir, MIMU_FILES.villageTracts), ['VT_Pcode', 'Village_Tract_Name_Eng'])
    .map((r) => [r.VT_Pcode!, r.Village_Tract_Name_Eng!]);
  const wards: UnitRow[] = readCsv(join(dir, MIMU_FILES.wards), ['Ward_Pcode', 'Ward_Name_Eng'])
    .map((r) => [r.Ward_Pcode!, r.Ward_Name_Eng!]);
  return { format: FORMAT, sources, states: [...states.values()], townships, towns, villageTracts, wards };
}

const cacheFile = (): string => join(cacheDir(), `myanmar-index-v${FORMAT}.json`);

function sameSources(a: MyanmarIndex['sources'], b: MyanmarIndex['sources']): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k]?.size === b[k]?.size && a[k]?.mtimeMs === b[k]?.mtimeMs);
}

/** Builds the index from the CSVs and writes the cache (what `sitrep pack build` runs). */
export function buildMyanmarIndex(dataDir: string): { index: MyanmarIndex; file: string | null } {
  const index = readMimu(dataDir);
  const file = cacheFile();
  try {
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(index));
    renameSync(tmp, file); // atomic: a concurrent reader sees the old file or the new one
    return { index, file };
  } catch {
    return { index, file: null }; // a read-only checkout still works, only slower to start
  }
}

/** The index for `dataDir`: the cache when it matches the sources, else a rebuild. */
export function loadMyanmarIndex(dataDir: string): MyanmarIndex {
  const sources = sourceStamp(join(dataDir, 'myanmar'));
  try {
    const cached = JSON.parse(readFileSync(cacheFile(), 'utf8')) as MyanmarIndex;
    if (cached.format === FORMAT && sameSources(cached.sources, sources)) return cached;
  } catch {
    // no cache yet, or unreadable: rebuild below
  }
  return buildMyanmarIndex(dataDir).index;
}
