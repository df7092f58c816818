// Table-driven checks of the wave-30 place rules (ev30p): where an event abroad is placed.
// Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const placesOf = (body: string): (string | undefined)[] => extractStory('19 September 2025', body).events.map((e) => e.location?.name);
const countriesOf = (body: string): (string | undefined)[] => extractStory('19 September 2025', body).events.map((e) => e.location?.country);

test('places: a Mexican state named without its country puts the story in Mexico', () => {
  const cases: [string, string][] = [
    ['Gunmen killed four police officers in Uruapan, Michoacán, on Monday, state officials said. Michoacán has seen months of cartel violence.', 'Uruapan'],
    ['Two soldiers were killed when a mine exploded in Aguililla, Michoacán, on Sunday. Guerrero and Michoacán remain the worst-hit states.', 'Aguililla'],
    ['Police clashed with gunmen in Culiacán, Sinaloa, on Tuesday, leaving three dead, authorities in Sinaloa said.', 'Culiacán'],
    ['Soldiers were ambushed near Reynosa, Tamaulipas, on Wednesday; two were wounded, the Tamaulipas government said.', 'Reynosa'],
  ];
  for (const [body, want] of cases) {
    assert.ok(placesOf(body).includes(want), `${body} → ${placesOf(body).join(', ')}`);
    assert.ok(countriesOf(body).every((c) => c === 'MX'), body);
  }
});

test('places: the unit a named area lies in settles its country over a same-named town abroad', () => {
  const body = 'In Pakistan, militants attacked a check post in the Jani Khel area of Bannu district on Tuesday, killing three soldiers. '
    + 'Islamabad blames Kabul, and Afghanistan denies it.';
  assert.deepEqual(countriesOf(body), ['PK']);
});

test('places: "<unit>\'s <Name> area" and "the <Name> police station" name unlisted places', () => {
  const cases: [string, string][] = [
    ["In Pakistan, security forces clashed with militants in North Waziristan's Datta Khel area on Wednesday, the army said.", 'Datta Khel'],
    ["In Pakistan, troops fought militants in Kurram's Sadda Bazar area on Sunday.", 'Sadda Bazar'],
    ['In Pakistan, militants attacked the Serai Naurang police station on Wednesday, wounding two constables.', 'Serai Naurang'],
  ];
  for (const [body, want] of cases) assert.deepEqual(placesOf(body), [want], `${body} → ${placesOf(body).join(', ')}`);
  // Near miss: a station named for no place.
  assert.ok(!placesOf('In Pakistan, gunmen attacked the City police station in Peshawar on Monday, killing a policeman.').includes('City'));
});

test('places: "the community of X" names a local place, and a road between two towns is no list of scenes', () => {
  const cases: [string, string][] = [
    ['In Mexico, drones dropped explosives on a police truck on the highway between Tepalcatepec and Coalcomán, near the community of Las Bateas, on Tuesday.', 'Las Bateas'],
    ['In Colombia, soldiers clashed with rebels in the community of Puerto Nuevo on Friday.', 'Puerto Nuevo'],
  ];
  for (const [body, want] of cases) assert.deepEqual(placesOf(body), [want], body);
});

test('places: a place inside a time phrase about another event is not this event\'s scene', () => {
  const body = 'In Mexico, a day after the bombing in Apatzingán, soldiers clashed with gunmen in the community of Pinzándaro in Michoacán on Monday.';
  assert.ok(placesOf(body).includes('Pinzándaro'), placesOf(body).join(', '));
});
