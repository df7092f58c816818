// Tolls and victims after round 13: kin and roles joined to one victim, a victim placed by a
// phrase, a side's own losses added to those it killed, a second source's figure (the lower kept),
// tolls told in the sentences after a strike or battle, a toll that grows ("a sixth victim died").
// Our own sentences: the sentence tests call fatalitiesIn, the story tests run the whole pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/pipeline/events/fatalities.js';
import { findNumbers } from '../../src/pipeline/numbers/index.js';
import { extractStory } from '../support/extract-story.js';

const toll = (s: string): number | null => fatalitiesIn(s, { start: 0, end: s.length }, findNumbers(s, 0, s.length), []);

test('kin and roles joined to one victim all count', () => {
  const cases: [string, number | null][] = [
    ['Gunboats shelled the village on Monday, killing a fisherman and his two daughters, residents said.', 3],
    ['A woman and her eight-year-old daughter were killed, a neighbour said.', 2],
    ['Shells landed in the village, where an old man and his grandson died when their hut collapsed.', 2],
    ['A farmer, his wife and their three children were killed in the blast.', 5],
    ['A mine went off under a truck, killing the driver and injuring three passengers.', 1],
    ['Troops shot dead a herder near the river.', 1],
    ['A teacher and two pupils were wounded, the headmaster said.', 0],
  ];
  for (const [s, n] of cases) assert.equal(toll(s), n, s);
});

test('one victim placed by a phrase before the verb', () => {
  const cases: [string, number | null][] = [
    ['A village administrator in Mandalay\'s Amarapura Township was shot dead on Tuesday.', 1],
    ['A nurse from the district hospital was killed by a stray shell.', 1],
  ];
  for (const [s, n] of cases) assert.equal(toll(s), n, s);
});

test('a relative clause with a place may stand between the count and its verb', () => {
  assert.equal(toll('Three men who had gone back to look at their shops in the market town were killed on Friday.'), 3);
});

test('a side\'s own dead add to those it killed; a second source\'s figure keeps the lower', () => {
  const cases: [string, number | null][] = [
    ['The group said its fighters had killed at least 14 soldiers over four days and had lost three of their own.', 17],
    ['State television said troops had killed 31 rebels, while losing six soldiers of their own.', 37],
    ['The statement said the fighters killed 12 soldiers, and that two of their own members had died.', 14],
    ['Four people were killed, according to a nurse, while the local defence force said seven had died.', 4],
    ['The rebels lost two bases in the fighting.', null],
  ];
  for (const [s, n] of cases) assert.equal(toll(s), n, s);
});

const mm = (body: string) => extractStory('10 December 2025', body);
const tolls = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.location?.name ?? '-'} | ${e.fatalities}`);
const victims = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.some((a) => a.name.startsWith('Civilians')) ? 'civilians' : '-'}`);

test('a toll told in the sentences after a strike or battle is its toll', () => {
  const cases: [string, string, string[]][] = [
    ['people dying after a strike', 'A junta jet bombed Kyaukme town on Monday morning. Four people died at the scene, among them a monk.',
      ['Air/drone strike | Kyaukme | 4']],
    ['a toll that grows', 'A junta jet bombed Kyaukme town on Monday morning. Four people died at the scene. A fifth victim, a young girl, died in hospital on Tuesday, her uncle said.',
      ['Air/drone strike | Kyaukme | 5']],
    ['fighters\' deaths after a drone strike', 'Junta drones bombed KIA positions near Mansi town on Saturday. Three of the KIA soldiers died on the spot.',
      ['Air/drone strike | Mansi | 3']],
    ['a battle\'s toll a sentence later', 'The KIA and junta troops clashed near Mansi town on Monday. Hundreds of villagers fled. The KIA said five of its soldiers died.',
      ['Armed clash | Mansi | 5']],
    ['a battle\'s toll opening the next paragraph', 'The KIA and junta troops clashed near Mansi town on Monday.\n\nThe KIA said its troops had killed 20 junta soldiers and that three of their own members had died.',
      ['Armed clash | Mansi | 23']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(tolls(body), expected, label);
});

test('a capture keeps no toll from the other side\'s account after it', () => {
  const body = 'The KIA captured a junta outpost near Mansi town on Monday. The junta said its troops had repelled the attack and killed 40 KIA fighters.';
  assert.deepEqual(tolls(body).filter((e) => e.startsWith('Non-state')), ['Non-state actor overtakes territory | Mansi | null']);
});

test('a toll after a strike with a second source\'s figure joins the strike, with its civilians', () => {
  const body = 'A junta drone dropped bombs on the market in Kyaukme town on Friday. Two people were killed, according to a vendor, while the local PDF said four had died.';
  assert.deepEqual(tolls(body), ['Air/drone strike | Kyaukme | 2']);
  assert.deepEqual(victims('A shell hit a house in Kyaukme town on Thursday. A woman and her son were killed, a relative said.'), ['Shelling/artillery/missile attack | civilians']);
});

test('shells fired in a volley are a shelling, not a generalisation', () => {
  assert.deepEqual(tolls('A navy ship fired several shells into Kyaukphyu town on Monday, killing a fisherman.'), ['Shelling/artillery/missile attack | Kyaukphyu | 1']);
});

test('victims joined after a count, a bomber among the dead, a crowd killing, a source\'s figure', () => {
  const cases: [string, number | null][] = [
    ['A jet bombed the clinic at noon, killing two patients and a doctor, the health department said.', 3],
    ['Three policemen and a vendor were killed.', 4],
    ['The strike killed 12 people and a number of cattle.', 12],
    ['A bomber blew himself up at the gate, killing himself and four guards, officials said.', 5],
    ['A crowd beat to death a man they accused of theft, police said.', 1],
    ['Villagers beat a suspected informer to death on Friday.', 1],
    ['Residents beat and burned to death three men on Monday.', 3],
    ['A nurse who helped bury the dead put the number at six.', 6],
    ['The opposition put the death toll at 19 in a statement.', 19],
    ['Police put the number at 30 arrested.', null],
  ];
  for (const [s, n] of cases) assert.equal(toll(s), n, s);
});

test('another source\'s lower count told after the toll replaces it; a rival count gives none to a strike without', () => {
  const cases: [string, string, string[]][] = [
    ['a lower figure a sentence on', 'The KIA and junta troops clashed near Mansi town on Monday. Twenty soldiers were killed, the KIA said. The army gave a much lower figure. It said eight soldiers had died.',
      ['Armed clash | Mansi | 8']],
    ['put the toll at', 'A junta jet bombed Kyaukme town on Monday, killing nine people, residents said. A rescue group put the toll at seven.',
      ['Air/drone strike | Kyaukme | 7']],
    ['a higher rival figure', 'A junta jet bombed Kyaukme town on Monday, killing nine people, residents said. A rescue group put the toll at 12.',
      ['Air/drone strike | Kyaukme | 9']],
    ['a rival figure with no toll before it', 'A junta jet bombed Kyaukme town on Monday. The NUG put the number of dead at 12 in a statement.',
      ['Air/drone strike | Kyaukme | null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(tolls(body), expected, label);
});

test('people hurt by a strike, and people at work, are civilian victims; fighters and crowds are not', () => {
  const cases: [string, string, string[]][] = [
    ['people killed by a strike', 'A junta jet bombed Kyaukme town on Monday, killing six people.', ['Air/drone strike | civilians']],
    ['people wounded, shooters named', 'Shells fired by junta troops landed in Kyaukme town on Monday, wounding three people.', ['Shelling/artillery/missile attack | civilians']],
    ['fighters killed', 'A junta jet bombed KIA positions near Mansi town on Monday, killing six people.', ['Air/drone strike | -']],
    ['a worker on a mine', 'A plantation worker was killed on Monday when he stepped on a landmine near Kyaukme town.', ['Remote explosive/landmine/IED | civilians']],
    ['miners', 'A junta jet bombed a camp near Kyaukme town on Monday, killing four miners.', ['Air/drone strike | civilians']],
    ['workers rallying', 'Hundreds of garment workers rallied in Hlaingthaya on Monday to demand higher wages.', ['Peaceful protest | -']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(victims(body), expected, label);
});

test('a toll told before its cause: "N were killed when drones slammed into …" is the strike', () => {
  const body = 'Russian drones hit Kharkiv and Odesa overnight, killing four people. In Kharkiv, three people were killed when drones slammed into an apartment block, the mayor said.';
  assert.deepEqual(tolls(body), ['Air/drone strike | Kharkiv | 3', 'Air/drone strike | Odesa | null']);
});
