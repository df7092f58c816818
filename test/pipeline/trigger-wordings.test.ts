// Trigger wordings of real reports that used to make no event: shooting at civilians, opening
// fire on a base, counted bases captured; a place read within its own paragraph; ongoing fighting's range.
// Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';
import { extractStory } from '../support/extract-story.js';

const events = (body: string): string[] => extractStory('10 December 2025', body)
  .events.map((e) => `${e.sub_event_type}: ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'} ${e.fatalities}`);

test('opened fire on, fired into, gunned down: attacks on civilians', () => {
  const cases: [string, string[]][] = [
    ['Soldiers opened fire on villagers in Monywa on Monday, killing two.', ['Attack: Military Forces of Myanmar / Civilians (Myanmar) | Monywa 2']],
    ['Troops fired into a crowd of villagers in Monywa on Monday, killing three people.', ['Attack: Military Forces of Myanmar / Civilians (Myanmar) | Monywa 3']],
    ['Gunmen gunned down a teacher in Monywa on Monday.', ['Attack: Unidentified Armed Group (Myanmar) / Civilians (Myanmar) | Monywa 1']],
    // Protesters stay a protest met with force.
    ['Police opened fire on protesters in Monywa on Monday.', ['Excessive force against protesters: Protesters (Myanmar) / Police Forces of Myanmar | Monywa null']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('opening fire on a base or a column is a clash', () => {
  assert.deepEqual(events('Soldiers opened fire on a KIA outpost near Monywa on Monday.'), ['Armed clash: Military Forces of Myanmar / Kachin Independence Army | Monywa null']);
});

test('counted bases are captured places; counted people are captives', () => {
  assert.deepEqual(events('KIA troops captured two junta outposts near Monywa on Monday.'), ['Non-state actor overtakes territory: Kachin Independence Army / Military Forces of Myanmar | Monywa null']);
  assert.deepEqual(events('KIA troops captured two soldiers near Monywa on Monday.'), []);
});

test('a flight cue closing the block above does not make the next paragraph\'s place a destination', () => {
  const text = 'Test Wire\n10 December 2025\nJets strike a market\nSeven killed as jets strike a market; residents flee to nearby villages\n\n'
    + 'A junta airstrike on a market in Kyunhla Township killed seven civilians on Tuesday, residents said.\n';
  const x = extractDoc(articleToDoc(text, { path: 'test' }, 'test', false), myanmar());
  assert.deepEqual(x.events.map((e) => e.location?.name ?? '-'), ['Kyunhla']);
});

test('fighting that has gone on since a day runs up to the report', () => {
  const dated = (body: string): string[] => extractStory('14 October 2025', body)
    .events.map((e) => `${e.date}/${e.date_end}`);
  assert.deepEqual(dated('Fighting between the KIA and the military has continued in Bhamo since Monday.'), ['2025-10-13/2025-10-14']);
  assert.deepEqual(dated('Clashes between the KIA and the military have raged in Bhamo since October 5.'), ['2025-10-05/2025-10-14']);
  assert.deepEqual(dated('Fighting between the KIA and the military continued in Bhamo on Monday.'), ['2025-10-13/null']);
});

test('"The strike killed three villagers" after a strike is its toll, not a second attack', () => {
  assert.deepEqual(events('Junta jets bombed Monywa on Tuesday. The strike killed three villagers.'),
    ['Air/drone strike: Military Forces of Myanmar / Civilians (Myanmar) | Monywa 3']);
});

test('a march against something is a protest; killing informers is an attack on civilians', () => {
  assert.deepEqual(events('Hundreds of people marched in Monywa on Tuesday against conscription.'), ['Peaceful protest: Protesters (Myanmar) | Monywa null']);
  assert.deepEqual(events('Soldiers marched into Monywa on Tuesday.'), []);
  assert.deepEqual(events('The PDF killed two dalans in Monywa on Tuesday.'), ["Attack: People's Defence Force / Civilians (Myanmar) | Monywa 2"]);
});

