// Foreign names in another romanisation than GeoNames': matched by consonant skeleton, only when
// the skeleton is long enough and names one city. Invented city rows; real place names end to end.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SkeletonIndex, skeletonOf } from '../../src/packs/myanmar/world-skeleton.js';
import type { RawCity } from '../../src/packs/myanmar/world-rows.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from './helpers.js';

const city = (name: string, population: number): RawCity => ({ cityId: name, name, country: 'XX', featureCode: 'PPL', adminCode: '01', population, loc: { coordinates: [1, 2] } });

test('skeletons: article, vowels, w and y, doubled letters', () => {
  const cases: [string, string][] = [
    ['Khan Younis', 'khns'], ['Khān Yūnis', 'khns'], ['El Fasher', 'fshr'], ['Al Fashir', 'fshr'], ['Al-Fashir', 'fshr'],
    ['Jenin', ''], ['Gao', ''], // too short to tell
  ];
  for (const [name, want] of cases) assert.equal(skeletonOf(name), want, name);
});

test('a skeleton names a city only when it is one, or one far larger than the next', () => {
  const ix = new SkeletonIndex([city('Khān Yūnis', 170000), city('Bani Suhayla', 30000), city('Malakal', 100000), city('Malākāl', 5000), city('Dayr Hafir', 9000), city('Dayr Hāfir', 8000)]);
  assert.equal(ix.find('Khan Younis')?.name, 'Khān Yūnis');
  assert.equal(ix.find('Malakel')?.name, 'Malakal'); // 20 times the next
  assert.equal(ix.find('Deir Hafer'), null); // two alike
  assert.equal(ix.find('Rafah'), null); // none
});

test('end to end: a town the story marks is placed by its spelling; a placed one keeps its country', () => {
  const at = (body: string): string[] => extractDoc(articleToDoc(`Test Wire\n20 November 2025\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar())
    .events.map((e) => `${e.location?.name} ${e.location?.country} ${e.location?.lat != null}`);
  assert.deepEqual(at('Israeli jets bombed a house in Khan Younis on Wednesday, killing 12 people, the Palestinian health ministry said.'), ['Khan Younis PS true']);
  // Near miss: "O'Smach" is Cambodia's by the story; a Thai town spelt alike does not take it.
  assert.deepEqual(at("On Friday, Thai F-16 jets bombed Cambodian artillery sites near the border town of O'Smach in Oddar Meanchey province."), ["O'Smach KH false"]);
});
