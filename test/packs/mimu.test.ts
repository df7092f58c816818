// MIMU loading: the CSV reader, errors for a missing data directory or column, the JSON cache
// (built once, reused while the sources are unchanged, rebuilt when they change), and a whole
// pack built from a tiny fixture data directory written here (never a copy of MIMU's files).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isSitrepError } from '../../src/core/errors.js';
import { loadPack, registeredPacks } from '../../src/core/pack.js';
import { defaultDataDir } from '../../src/packs/index.js';
import { parseCsv, readCsv } from '../../src/packs/myanmar/csv.js';
import { createMyanmarPack, type MyanmarGazetteer } from '../../src/packs/myanmar/index.js';
import { buildMyanmarIndex, loadMyanmarIndex } from '../../src/packs/myanmar/mimu.js';

const work = mkdtempSync(join(tmpdir(), 'sitrep-mimu-'));
process.env.SITREP_CACHE_DIR = join(work, 'cache');

function fixture(): string {
  const dir = mkdtempSync(join(work, 'data-'));
  mkdirSync(join(dir, 'myanmar'));
  const w = (f: string, lines: string[]): void => writeFileSync(join(dir, 'myanmar', f), lines.join('\n') + '\n');
  w('mmr_townships.csv', ['ts_pcode,ts_name_en,alt_names,st_pcode,st_name_en,st_type,lat,lon,area_km2,main_town_pcode',
    'MMR001010,Bhamo,,MMR001,Kachin,State,24.19749,97.09531,3000,MMR001010701',
    'MMR001013,Mansi,Manse,MMR001,Kachin,State,23.94148,97.32545,2000,MMR001013701']);
  w('mimu_pcode9.6_towns.csv', ['Tsp_Pcode,Town_Pcode,Town_Name_Eng,Longitude,Latitude',
    'MMR001010,MMR001010701,Bhamo Town,97.23441,24.25493', 'MMR001013,MMR001013701,Mansi Town,97.29311,24.11962']);
  w('mimu_pcode9.6_village_tracts.csv', ['VT_Pcode,Village_Tract_Name_Eng', 'MMR001010028,Nyaung Pin Thar', 'MMR001013005,"Kone, Gyi"']);
  w('mimu_pcode9.6_wards.csv', ['Ward_Pcode,Ward_Name_Eng', 'MMR001010701501,No (1) Ward']);
  return dir;
}

test('CSV: quotes, doubled quotes, newlines in quotes, BOM and CRLF', () => {
  assert.deepEqual(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\n'), [['a', 'b'], ['x, y', 'say "hi"'], ['two\nlines', 'z']]);
});

test('missing file → E050, missing column → E052', () => {
  assert.throws(() => readCsv(join(work, 'nope.csv'), []), (e) => isSitrepError(e) && e.code === 'E050');
  const f = join(work, 'cols.csv');
  writeFileSync(f, 'a,b\n1,2\n');
  assert.throws(() => readCsv(f, ['a', 'c']), (e) => isSitrepError(e) && e.code === 'E052' && /missing column\(s\) c/.test(e.message));
  assert.throws(() => loadMyanmarIndex(join(work, 'no-data')), (e) => isSitrepError(e) && e.code === 'E050' && /themimu/.test(e.message));
});

test('the cache is built once and rebuilt when a source changes', () => {
  const dir = fixture();
  const first = loadMyanmarIndex(dir);
  assert.equal(first.main.townships.length, 2);
  const cache = join(work, 'cache');
  const files = readdirSync(cache).filter((f) => f.startsWith('myanmar-index-'));
  assert.equal(files.length, 1);
  const stamp = statSync(join(cache, files[0]!)).mtimeMs;
  assert.equal(loadMyanmarIndex(dir).main.townships.length, 2);
  assert.equal(statSync(join(cache, files[0]!)).mtimeMs, stamp, 'unchanged sources reuse the cache');
  appendFileSync(join(dir, 'myanmar', 'mmr_townships.csv'), 'MMR001012,Momauk,,MMR001,Kachin,State,24.5,97.4,1000,\n');
  assert.equal(loadMyanmarIndex(dir).main.townships.length, 3, 'a changed source rebuilds');
  const built = buildMyanmarIndex(dir);
  assert.ok(built.files && built.files.every((f) => existsSync(f)));
  assert.deepEqual(built.villages.villageTracts.map((r) => r[2]), [['nyaung pin thar'], ['kone gyi']]);
  assert.deepEqual(built.villages.wards.map((r) => r[2]), [[]], '"No (1) Ward" is not a name');
});

test('a pack from a fixture data directory resolves its places', () => {
  const pack = createMyanmarPack(fixture());
  const g = pack.gazetteer;
  assert.ok([...g.names()].includes('manse'));
  assert.equal(g.byId('MMR001013701')?.name, 'Mansi');
  assert.equal(g.byId('MMR001010028')?.kind, 'village_tract');
  const text = 'Troops burned Nyaung Pin Thar village in Bhamo Township.';
  const sets = [
    { start: 14, end: 29, surface: 'Nyaung Pin Thar', candidates: g.lookup('nyaung pin thar'), typeHint: 'village' as const },
    { start: 41, end: 46, surface: 'Bhamo', candidates: g.lookup('bhamo'), typeHint: 'township' as const },
  ];
  const [v, t] = g.resolve(sets, text);
  assert.equal(v?.admin3_pcode, 'MMR001010');
  assert.equal(v?.precision, 'village');
  assert.equal(t?.precision, 'township');
});

test('the myanmar pack is registered and loads from the default data directory', () => {
  assert.ok(registeredPacks().includes('myanmar'));
  const a = loadPack('myanmar', defaultDataDir());
  assert.ok(a && a.gazetteer.lookup('bhamo').length >= 2);
  assert.equal(loadPack('myanmar', defaultDataDir()), a, 'one pack per data directory');
});

test('SITREP_DATA_DIR overrides the default data directory', () => {
  const before = process.env.SITREP_DATA_DIR;
  process.env.SITREP_DATA_DIR = work;
  try {
    assert.equal(defaultDataDir(), work);
  } finally {
    if (before === undefined) delete process.env.SITREP_DATA_DIR; else process.env.SITREP_DATA_DIR = before;
  }
  assert.ok(existsSync(join(defaultDataDir(), 'myanmar', 'mmr_townships.csv')), 'default resolves from the module, not the cwd');
});

test('every alias target and extra place exists in the real MIMU data', () => {
  const g = loadPack('myanmar', defaultDataDir())!.gazetteer as MyanmarGazetteer;
  assert.deepEqual(g.index.unresolved, []);
});
