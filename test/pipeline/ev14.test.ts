// Wave 14 (events and control): a fight for a town told as still going on makes it contested, whoever an
// aside says holds it; "is, on any honest map, contested" (an aside between verb and word).
// Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('10 December 2025', body);
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

const transfers = (body: string): string[] => extract(body).events.filter((e) => e.sub_event_type === 'Non-violent transfer of territory')
  .map((e) => `${e.actors.slice(0, 2).map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'}`);

test('a named place handed to a side, places given up, a town left to the other side: transfers', () => {
  const cases: [string, string[]][] = [
    ['The KNA handed Hpapun to the military on Monday after talks.', ['Military Forces of Myanmar / Karen National Army | Hpapun']],
    ['In October the Border Guard Force handed Chipwi to the KIA after weeks of talks.', ['Kachin Independence Army / Border Guard Force | Chipwi']],
    ['The TNLA signed a truce with the regime in Kunming in October and has since given up Mogoke and Kutkai.', ['Military Forces of Myanmar / Ta\'ang National Liberation Army | Mogoke', 'Military Forces of Myanmar / Ta\'ang National Liberation Army | Kutkai']],
    ['The TNLA has given up the town of Momeik under a China-brokered deal.', ['Military Forces of Myanmar / Ta\'ang National Liberation Army | Momeik']],
    ['The MNDAA pulled its last units out of Kunlong on Monday and left the town to the military regime.', ['Military Forces of Myanmar / Myanmar National Democratic Alliance Army | Kunlong']],
    ['The MNDAA withdrew from Lashio on Monday, leaving the town to the regime.', ['Military Forces of Myanmar / Myanmar National Democratic Alliance Army | Lashio']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(transfers(body), expected, body);
});

test('a giver of an earlier clause is no taker of what a later group gives up', () => {
  assert.deepEqual(transfers('The MNDAA handed Lashio back to the military in April, and the TNLA later gave up Mogoke.'),
    ['Military Forces of Myanmar / Myanmar National Democratic Alliance Army | Lashio', 'Military Forces of Myanmar / Ta\'ang National Liberation Army | Mogoke']);
});

test('things handed or given up that are no places, and a withdrawal left for another reason: no transfer', () => {
  for (const body of [
    'The KIA handed a list of names to the junta in Bhamo on Monday.',
    'The KIA handed Reuters a statement in Bhamo on Monday.',
    'Residents gave up hope in Bhamo on Monday.',
    'Villagers in Bhamo have given up farming since the fighting began.',
    'The KNDF pulled its troops out of Demoso on Monday and left the town to flee airstrikes.',
  ]) assert.deepEqual(transfers(body), [], body);
});

const elections = (body: string): string[] => extract(body).elections.map((f) => `${f.place.name}: ${f.included ? 'in' : 'out'}`);

test('townships dropped or removed from the election: out', () => {
  const cases: [string, string[]][] = [
    ['Hpakant, Tanai and Sumprabum were dropped entirely from the regime\'s election.', ['Hpakant: out', 'Tanai: out', 'Sumprabum: out']],
    ['Paletwa has been removed from the polling list, the election commission said.', ['Paletwa: out']],
    ['Kutkai and Namtu were dropped from the third phase of voting.', ['Kutkai: out', 'Namtu: out']],
    ['Falam had been struck off the voting list in August.', ['Falam: out']],
    ['The commission said Hakha was taken off the voting list for the second phase.', ['Hakha: out']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(elections(body).sort(), expected.sort(), body);
  // Parts struck off leave the township in; dropped from something else: no election fact.
  assert.deepEqual(elections('In Chauk voting went ahead in town, as 9 of the township\'s village tracts had been struck off the list.').map((x) => x.split(':')[1]), [' in']);
  assert.deepEqual(elections('Charges against three men from Hpakant were dropped from the case on Monday.'), []);
});

test('with a semicolon, only the townships of a clause that says they vote are in', () => {
  const cases: [string, string[]][] = [
    ['Myitkyina, Waingmaw, Mogaung and Mohnyin remain under military control; Myitkyina and Waingmaw even voted in the first phase of the election.', ['Myitkyina: in', 'Waingmaw: in']],
    ['Lashio and Hsenwi are held by the army; only Lashio voted in the second phase.', ['Lashio: in']],
    ['Kyaukme voted in the third phase of the election; Hsipaw also voted.', ['Kyaukme: in', 'Hsipaw: in']],
    ['Dawei and Myeik are quiet towns; polling will be held in Dawei and Myeik in the third phase.', ['Dawei: in', 'Myeik: in']],
    ['Monywa, Sagaing and Shwebo remain in junta hands; Monywa and Shwebo will vote in the second phase of the election.', ['Monywa: in', 'Shwebo: in']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(elections(body).sort(), expected.sort(), body);
});

const attacks = (body: string): string[] => extract(body).events.filter((e) => e.event_type === 'Violence against civilians')
  .map((e) => `${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'}`);

test('a source told before the dead ("Residents said at least eight soldiers were killed") is no victim', () => {
  for (const body of [
    'Residents said at least eight soldiers were killed in Hpakant on Thursday.',
    'Villagers told reporters five junta troops had been killed near Bhamo on Monday.',
    'Local people reported that 12 soldiers were killed in Kalay on Sunday.',
    'A resident claimed at least 20 regime soldiers were killed in Falam on Friday.',
    'Relatives confirmed two KIA fighters were killed near Myitkyina on Tuesday.',
  ]) assert.deepEqual(attacks(body), [], body);
  // The dead are civilians: still an attack.
  assert.deepEqual(attacks('Residents said two villagers were killed in Hpakant on Thursday.').length, 1);
  assert.deepEqual(attacks('Soldiers said three farmers were killed in Hpakant on Thursday.').length, 1);
});
