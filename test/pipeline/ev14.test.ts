// Wave 14 (events and control): a fight for a town told as still going on makes it contested, whoever an
// aside says holds it; "is, on any honest map, contested" (an aside between verb and word).
// Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const extract = (body: string) => extractDoc(articleToDoc(`Test Wire\n10 December 2025\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const control = (body: string): string[] => extract(body).control.map((c) => `${c.place.name}: ${c.status} ${c.controller?.name ?? '-'}`);

test('a fight for a town still going on: contested', () => {
  const cases: [string, string][] = [
    ['Fighting for Bhamo, the largest town in the south of the state, has gone on since the KIA launched an offensive in December 2024.', 'Bhamo'],
    ['Fighting for Manaung, the last island town still held by the military council, entered its tenth day on Thursday.', 'Manaung'],
    ['The battle for Hpakant continues, residents said.', 'Hpakant'],
    ['The fight for control of Kyaukme has dragged on for three weeks.', 'Kyaukme'],
    ['Clashes for Lashio are still raging on the edge of the town.', 'Lashio'],
    ['The struggle for the town of Falam, a Chin hill town, is now in its second month.', 'Falam'],
  ];
  for (const [body, place] of cases) assert.deepEqual(control(body), [`${place}: contested -`], body);
});

test('a fight that ended, or one only for something else, makes no contested town', () => {
  const cases: [string, string[]][] = [
    ['The battle for Lashio, which lasted a month, ended in August.', []],
    ['Residents of Bhamo have been fighting for compensation for two years.', []],
    ['Kyaukme, which the military still holds, saw no fighting this week.', ['Kyaukme: controlled Military Forces of Myanmar']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(control(body).filter((c) => !c.endsWith('contested -')), expected, body);
  assert.deepEqual(control('The battle for Lashio, which lasted a month, ended in August.'), []);
});

test('an aside between the verb and "contested"', () => {
  const cases: [string, string][] = [
    ['Bhamo is, on any honest map, contested.', 'Bhamo'],
    ['Hpakant remains, by all accounts, contested.', 'Hpakant'],
    ['Falam was, according to residents, still contested last week.', 'Falam'],
    ['Kyaukme has been, for most of the year, bitterly contested.', 'Kyaukme'],
    ['Lashio is, in the view of analysts, divided between the two sides.', 'Lashio'],
  ];
  for (const [body, place] of cases) assert.deepEqual(control(body), [`${place}: contested -`], body);
  // The aside followed by another word: no statement that the town is contested.
  assert.deepEqual(control('Bhamo is, residents say, calm and no longer contested.'), []);
  assert.deepEqual(control('Hpakant remains, by all accounts, quiet.'), []);
});
