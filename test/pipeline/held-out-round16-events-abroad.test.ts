// Table-driven checks of the rules added after round 16 for events outside Myanmar: places abroad
// (Kenyan counties, border towns conflict news names, "Barangay X"), sub-types ("a suicide car
// bomb"), the country of generic "police" at an event across a border, wire datelines, and the
// world groups table. Hand-written sentences (real place names, invented events).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventOut } from '../../src/core/schema.js';
import { stateForceName } from '../../src/core/countries.js';
import { analyse } from '../places/helpers.js';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('Thursday March 5 2026', body);
const row = (e: EventOut): string => `${e.sub_event_type} ${e.date}${e.date_end ? '..' + e.date_end : ''} @${e.location?.name ?? '-'}/${e.location?.country ?? '-'} ${e.actors.map((a) => a.name).join(' / ')}`;
const rows = (body: string): string[] => run(body).events.map(row);
const SOMALIA = 'Somali officials said the army was on alert in Somalia and Kenya.';

test('places abroad: Kenyan counties, border towns, spellings, barangays', () => {
  const cases: [string, string, string, string][] = [
    // [name, text, surface, "name/country/precision"]
    ['"X County" is a Kenyan county', 'Gunmen attacked a bus in Lamu County, Kenya on Monday.', 'Lamu', 'Lamu/KE/state'],
    ['a border town below GeoNames', 'A bomb went off in Elwak, in Kenya, on Monday.', 'Elwak', 'Elwak/KE/town'],
    ['another spelling of a Somali regional capital', 'Militants shelled Garbahaarey in Somalia on Monday.', 'Garbahaarey', 'Garbahaarey/SO/town'],
    ['"Barangay X" is a village', 'Troops raided a camp in Barangay Tuayan, Maguindanao del Sur, in the southern Philippines on Monday.', 'Tuayan', 'Tuayan/PH/village'],
  ];
  for (const [name, body, surface, want] of cases) {
    const a = analyse(`Test Wire\n5 March 2026\n\n${body}\n`, 'Test Wire\n5 March 2026\n\n'.length);
    const p = a.layers.places.find((x) => x.surface === surface)?.location;
    assert.equal(p ? `${p.name}/${p.country}/${p.precision}` : '-', want, name);
  }
});

test('places abroad: a demonym inside a proper name names no country', () => {
  // "Saudi" in a Philippine town's name used to make the story Saudi Arabia's.
  const a = analyse('Test Wire\n5 March 2026\n\nTroops clashed with gunmen in Datu Saudi Ampatuan, Maguindanao del Sur, on Monday. The town of Datu Saudi Ampatuan was calm.\n', 'Test Wire\n5 March 2026\n\n'.length);
  assert.ok(a.layers.places.every((p) => p.location?.country !== 'SA'), a.layers.places.map((p) => `${p.surface}:${p.location?.country}`).join(', '));
});

test('events abroad: sub-types, dates and forces', () => {
  const cases: [string, string, string][] = [
    ['"a suicide car bomb" is a suicide bombing',
      `${SOMALIA} Militants hit an army post in Garbahaarey on Tuesday with a suicide car bomb.`,
      'Suicide bomb 2026-03-03 @Garbahaarey/SO'],
    ['generic "police" at a Kenyan place in a Somalia story are Kenya\'s',
      `${SOMALIA} On Wednesday, a roadside bomb hit a police truck near Elwak in Mandera County, killing two officers.`,
      'Police Forces of Kenya'],
    ['a wire dateline\'s date dates no event; the sentence\'s one day dates each of its triggers',
      'MOGADISHU, Somalia, March 5 - Al-Shabaab fighters attacked an army base in Garbahaarey on Tuesday, opening with a suicide car bomb and then storming the compound in a gunfight.',
      'Armed clash 2026-03-03 @Garbahaarey/SO'],
    ['a capture dated to the day does not run on to publication',
      `${SOMALIA} The town of El Adde, where al-Shabaab fighters overran a base on January 15, 2016, still haunts the region.`,
      'Non-state actor overtakes territory 2016-01-15 @El Adde/SO'],
    ['"a Kenyan base" names Kenya\'s forces',
      `${SOMALIA} In El Adde, al-Shabaab fighters overran a Kenyan base on January 15, 2016.`,
      'Military Forces of Kenya'],
  ];
  for (const [name, body, want] of cases) {
    const got = rows(body);
    assert.ok(got.some((r) => r.includes(want) && !(want.includes('2016-01-15') && r.includes('..'))), `${name}: ${JSON.stringify(got)}`);
  }
});

test('world groups: armed groups abroad under ACLED\'s names', () => {
  const cases: [string, string, string][] = [
    ['ELN', 'In Colombia, the ELN attacked an army post in Saravena, Arauca, on Tuesday.', 'ELN: National Liberation Army'],
    ['FARC dissidents', 'In Colombia, FARC dissidents clashed with the army near Suárez, Cauca, on Tuesday.', 'FARC Dissidents'],
    ['Jubaland forces', `${SOMALIA} Federal troops and Jubaland forces clashed in Kismayo on Tuesday.`, 'Jubaland Security Forces'],
  ];
  for (const [name, body, want] of cases) {
    const got = rows(body);
    assert.ok(got.some((r) => r.includes(want)), `${name}: ${JSON.stringify(got)}`);
  }
});

test('ACLED writes "the" before some countries in force names', () => {
  assert.equal(stateForceName('Military', 'PH'), 'Military Forces of the Philippines');
  assert.equal(stateForceName('Police', 'US'), 'Police Forces of the United States');
  assert.equal(stateForceName('Military', 'SO'), 'Military Forces of Somalia');
});
