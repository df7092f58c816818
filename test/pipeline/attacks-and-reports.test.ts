// Attacks on places of civilians and reports the text calls false (session 15): "gunmen attacked a
// mosque in X" is an attack on civilians ("attacked a gendarmerie school" is not; "drones kept up
// attacks on villages" is a summary); "reports that troops had re-entered the town were false"
// names no event; "some of the deadliest attacks since the military took power" is no clash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('3 April 2026', body);
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'}`);

test('an attack on a place of civilians is an attack', () => {
  const cases: [string, string[]][] = [
    ['Gunmen attacked a mosque in Bhamo on Friday, killing 12 worshippers.', ['Attack Bhamo']],
    ['Unidentified men attacked the village of Nam Hkam in Kutkai Township on Monday.', ['Attack Nam Hkam']],
    ['Fighters attacked a camp for displaced people near Myitkyina on Sunday, residents said.', ['Attack Myitkyina']],
    // Near misses: a military target, aircraft, and attacks told as a summary.
    ['Fighters attacked a police training school in Myitkyina on Sunday, killing two officers.', []],
    ['Military drones kept up attacks on villages east of Falam, residents said.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body).filter((e) => e.startsWith('Attack')), want, body);
});

test('a report the text calls false names no event', () => {
  assert.deepEqual(events('Reports that junta troops had re-entered the outskirts of Falam last week were false, a council official said.'), []);
  assert.deepEqual(events('Claims that the KIA had captured Bhamo on Monday have been denied by the military.'), []);
  // Near miss: a report told as true.
  assert.deepEqual(events('Residents said junta troops had re-entered the outskirts of Falam on Monday.'), ['Government regains territory Falam']);
});

test('the deadliest attacks since a coup are no clash', () => {
  assert.deepEqual(events('Sagaing Region has seen some of the deadliest attacks since the military seized power in 2021.'), []);
  assert.deepEqual(events('PDF fighters attacked a military base in Sagaing Region on Monday.').map((e) => e.split(' ')[0]), ['Armed']);
});

test('where a withdrawal heads is no scene of the fight on the way', () => {
  const body = 'Junta troops burned Kyi Kan village in Seikphyu Township on Sunday.\n\nOn Tuesday, as the column withdrew south towards Chauk, PDF fighters opened fire on the troops near a creek crossing.';
  assert.ok(!events(body).includes('Armed clash Chauk'), body);
  // Near miss: a fight at the place the column reached.
  assert.deepEqual(events('On Tuesday the column reached Chauk, where PDF fighters ambushed the troops.'), ['Armed clash Chauk']);
});

test('attacking a town, raiding or storming a post, blowing up a bridge', () => {
  const cases: [string, string[]][] = [
    ['The KIA attacked Bhamo on Monday.', ['Armed clash Bhamo']],
    ['PDF fighters raided a junta outpost near Wetlet on Saturday.', ['Armed clash Wetlet']],
    ['Resistance fighters stormed the police station in Kani on Sunday.', ['Armed clash Kani']],
    ['The PDF blew up a bridge near Kani on Monday.', ['Remote explosive/landmine/IED Kani']],
    // Near misses: a village's people raided, a cattle camp raided, a storm.
    ['Junta troops raided Nyaung Pin village in Kani Township on Friday and arrested 12 men.', ['Arrests Nyaung Pin']],
    ['Soldiers raided a cattle camp outside Kani on Tuesday, residents said.', []],
    ['A storm blew down the roof of a school in Kani on Monday.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('people killed with no weapon named, a time clause spreading wide, a monitor\'s count', () => {
  const cases: [string, string[]][] = [
    ['In April, more than 50 people were killed in a single night in Nyaung Pin village of Kani Township, days after 40 others were killed in several villages of Salingyi.', ['Attack Nyaung Pin']],
    ['Twelve villagers were killed in Kani on Monday.', ['Attack Kani']],
    // Near misses: killed in a named fight or strike (their own triggers), and a monitor's count.
    ['Twelve villagers were killed in an air strike on Kani on Monday.', ['Air/drone strike Kani']],
    ['Between January and July, the network documented at least 143 arbitrary arrests in Mohnyin and Hpakant townships.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('fighting named as the topic of a talk is no event', () => {
  assert.deepEqual(events('The Herald spoke by phone on Wednesday with a KIA commander about the latest fighting near Bhamo.'), []);
  assert.deepEqual(events('Reporters asked the spokesman regarding the recent clashes in Mansi.'), []);
  // Near miss: fighting told as an event after "about" as a quantity.
  assert.deepEqual(events('About 300 fighters clashed with junta troops near Bhamo on Monday.'), ['Armed clash Bhamo']);
});
