// Reads the MIMU CSVs (never copied into the repo) into a compact index, and keeps it as JSON
// under .sitrep/cache keyed by the source files' sizes and mtimes: parsing 2.7 MB of CSV (mostly
// Burmese script) and normalising 17,500 village-tract and ward names costs ~350 ms on a small
// machine; the cached files load in a few ms. Villages are a second file, read on first use.
import { statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { SitrepError } from '../../core/errors.js';
import { cacheDir } from '../paths.js';
import { readJsonFile, writeJsonFile } from '../cache-file.js';
import { nameKey } from '../../pipeline/lexicon/tokens.js';
import { readCsv } from './csv.js';

/** Bump when the index layout or the way it is derived changes: old caches are then rebuilt. */
const FORMAT = 4;

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
/** [pcode, display name, lookup keys]; the township is the first 9 characters of the pcode. */
export type UnitRow = [string, string, string[]];

export interface MyanmarIndex {
  format: number;
  sources: Record<string, { size: number; mtimeMs: number }>;
  states: StateRow[];
  townships: TownshipRow[];
  towns: TownRow[];
}

export interface VillageIndex {
  format: number;
  sources: MyanmarIndex['sources'];
  villageTracts: UnitRow[];
  wards: UnitRow[];
}

export interface MimuData {
  readonly main: MyanmarIndex;
  /** Village tracts and wards, read (from cache or CSV) on first call. */
  readonly villages: () => VillageIndex;
}

const stripParens = (s: string): string => s.replace(/\s*\([^)]*\)\s*/g, ' ').trim();

/** "(Kyun Nyo Gyi) Kyun Hteik" → both names; "No (3) Ward" has no usable name. */
function unitRow(pcode: string, raw: string): UnitRow {
  const name = stripParens(raw).replace(/\s+Ward$/i, '');
  const inner = [...raw.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!);
  const keys = [...new Set([name, ...inner].map(nameKey))].filter((k) => k.length >= 3 && !/\d/.test(k));
  return [pcode, name, keys];
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

/** Parses the admin-unit CSVs in `<dataDir>/myanmar` (no cache involved). */
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
  return { format: FORMAT, sources, states: [...states.values()], townships, towns };
}

export function readMimuVillages(dataDir: string): VillageIndex {
  const dir = join(dataDir, 'myanmar');
  const villageTracts = readCsv(join(dir, MIMU_FILES.villageTracts), ['VT_Pcode', 'Village_Tract_Name_Eng'])
    .map((r) => unitRow(r.VT_Pcode!, r.Village_Tract_Name_Eng!));
  const wards = readCsv(join(dir, MIMU_FILES.wards), ['Ward_Pcode', 'Ward_Name_Eng']).map((r) => unitRow(r.Ward_Pcode!, r.Ward_Name_Eng!));
  return { format: FORMAT, sources: sourceStamp(dir), villageTracts, wards };
}

// One cache per data directory (a test fixture dir must not evict the real one).
const cacheFile = (dataDir: string, part: string): string =>
  join(cacheDir(), `myanmar-${part}-v${FORMAT}-${createHash('sha1').update(resolve(dataDir)).digest('hex').slice(0, 8)}.json`);

function sameSources(a: MyanmarIndex['sources'], b: MyanmarIndex['sources']): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k]?.size === b[k]?.size && a[k]?.mtimeMs === b[k]?.mtimeMs);
}

function readCache<T extends { format: number; sources: MyanmarIndex['sources'] }>(file: string, sources: MyanmarIndex['sources']): T | null {
  const cached = readJsonFile(file) as T | null;
  return cached && cached.format === FORMAT && sameSources(cached.sources, sources) ? cached : null;
}

/** Builds both index files from the CSVs (what `sitrep pack build` runs); null file = not writable. */
export function buildMyanmarIndex(dataDir: string): { main: MyanmarIndex; villages: VillageIndex; files: string[] | null } {
  const main = readMimu(dataDir);
  const villages = readMimuVillages(dataDir);
  const files = [cacheFile(dataDir, 'index'), cacheFile(dataDir, 'villages')];
  const ok = writeJsonFile(files[0]!, main) && writeJsonFile(files[1]!, villages);
  return { main, villages, files: ok ? files : null };
}

/** The index for `dataDir`: cached files when they match the sources, else rebuilt from CSV. */
export function loadMyanmarIndex(dataDir: string): MimuData {
  const sources = sourceStamp(join(dataDir, 'myanmar'));
  const mainFile = cacheFile(dataDir, 'index');
  let main = readCache<MyanmarIndex>(mainFile, sources);
  if (!main) {
    main = readMimu(dataDir);
    writeJsonFile(mainFile, main);
  }
  let villages: VillageIndex | null = null;
  return {
    main,
    villages: () => {
      if (villages) return villages;
      const file = cacheFile(dataDir, 'villages');
      villages = readCache<VillageIndex>(file, sources);
      if (!villages) {
        villages = readMimuVillages(dataDir);
        writeJsonFile(file, villages);
      }
      return villages;
    },
  };
}
