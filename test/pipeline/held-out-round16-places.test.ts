// Table-driven checks of the event-place rules added after round 16: which of a sentence's places
// an event is at. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('19 September 2025', body);
const placesOf = (body: string, sub: string): (string | undefined)[] =>
  mm(body).events.filter((e) => e.sub_event_type === sub).map((e) => e.location?.name);

test('places: the town that "fell to" a group is the place taken, not a later one', () => {
  const cases: [string, string, string][] = [
    ['Hsipaw fell to the TNLA in January 2024, and for months the front ran close to Lashio.', 'Non-state actor overtakes territory', 'Hsipaw'],
    ['Kutkai fell to the MNDAA in November 2023, cutting the highway to the edge of Lashio.', 'Non-state actor overtakes territory', 'Kutkai'],
  ];
  for (const [body, sub, want] of cases) assert.deepEqual(placesOf(body, sub), [want], body);
});

const abroad = (body: string) => extractStory('19 September 2025', body);

test('places: a name with a lower-case particle is read whole ("X da Y", "X del Y")', () => {
  const cases: [string, string][] = [
    // The world list holds the town under its first word only.
    ['Insurgents killed four villagers in Mocímboa da Praia in Mozambique on Monday.', 'Mocímboa da Praia'],
    // No list holds it: the "town of" run goes through the particle.
    ['In Mozambique, insurgents killed four villagers on Monday in the town of Vila do Lago.', 'Vila do Lago'],
  ];
  for (const [body, want] of cases) assert.deepEqual(abroad(body).events.map((e) => e.location?.name), [want], body);
});

test('events: drones that "dropped explosive charges" made an air/drone strike', () => {
  const body = 'In Colombia, two drones dropped explosive charges on a police station in the town of Villa Rica on Monday, killing a patrolman.';
  assert.deepEqual(abroad(body).events.map((e) => e.sub_event_type), ['Air/drone strike']);
});

test('dedupe: a country-wide lead is the summary of the same sub-type told later with its town', () => {
  const body = 'Violence in Colombia rose again this week, with a drone strike on an army post.\n\n'
    + 'On Tuesday, drones struck the army post in the town of Villa Rica, wounding two soldiers.';
  const got = abroad(body).events.filter((e) => e.sub_event_type === 'Air/drone strike').map((e) => e.location?.name);
  assert.deepEqual(got, ['Villa Rica']);
});

test('places: a place used as a noun modifier does not locate the event', () => {
  const cases: [string, string, string][] = [
    ['State television said on Monday that police had arrested four men linked to the Lashio explosion in Hsipaw Township.', 'Arrests', 'Hsipaw'],
    ['Troops arrested two drivers accused of smuggling fuel along the Mogok road in Momeik Township on Sunday.', 'Arrests', 'Momeik'],
  ];
  for (const [body, sub, want] of cases) assert.deepEqual(placesOf(body, sub), [want], body);
});

test('events: people taken away by soldiers and police are arrested', () => {
  const cases: [string, string][] = [
    ['Since Monday, soldiers and police have been going house to house in Bhamo and have taken away at least 12 people.', 'Arrests'],
    ['Police and troops took away nine residents of Bhamo on Friday night.', 'Arrests'],
    ['Soldiers took away nine villagers from Bhamo on Friday night.', 'Abduction/forced disappearance'],
  ];
  for (const [body, want] of cases) assert.deepEqual(mm(body).events.map((e) => e.sub_event_type), [want], body);
});

test('places: "in the municipality of X" reads X, and a place said to be in one is a town', () => {
  const cases: [string, string][] = [
    ['In Colombia, gunmen killed two farmers on Sunday in the municipality of Villa Serena.', 'Villa Serena'],
    ['In Colombia, troops clashed with rebels on Sunday near Las Palmitas, in the municipality of Villa Serena, killing three.', 'Las Palmitas'],
  ];
  for (const [body, want] of cases) assert.deepEqual(abroad(body).events.map((e) => e.location?.name), [want], body);
});

test('places: "the island of X" names a place as "the town of X" does', () => {
  const body = 'In Mozambique, insurgents killed four fishermen on Monday on the island of Nanuque.';
  assert.deepEqual(abroad(body).events.map((e) => e.location?.name), ['Nanuque']);
});

test('places: fighting "north of X", nothing nearer named, is coded at X (not an earlier sentence\'s place)', () => {
  const body = 'Junta artillery struck Man Loi village in Namhsan Township on Monday.\n\n'
    + 'Fighting then broke out on the hills north of Hsipaw town on Wednesday and lasted two days.';
  assert.deepEqual(placesOf(body, 'Armed clash'), ['Hsipaw']);
});
