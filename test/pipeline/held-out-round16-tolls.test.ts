// Table-driven checks of the event rules added after round 16: tolls told in the sentences after
// an attack of two parts (a bombing, then the fighting), counts joined by "and", fighters killed
// (no attack on civilians), "the fighting" named back, a body found after a burning, "the column"
// named back, the receiving side of a handover, and weapons that only stand somewhere.
// Hand-written sentences, run through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('10 December 2025', body);
const row = (e: ReturnType<typeof mm>['events'][number]): string => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | F=${e.fatalities}`;
const rows = (body: string): string[] => mm(body).events.map(row);
const MIL = 'Military Forces of Myanmar';

test('an attack of two parts takes the tolls the next sentences tell of each part', () => {
  const body = 'KNLA fighters attacked an army base near Hpapun before dawn on Monday, opening with a suicide car bomb and then storming the camp in a firefight. '
    + 'A local official said the bomber drove a truck packed with explosives into the gate, killing himself and three soldiers. '
    + 'Six more soldiers and 11 of the attackers died in the fighting that followed.';
  const got = rows(body);
  assert.ok(got.some((g) => g.startsWith('Suicide bomb') && g.endsWith('F=4')), got.join(' ; '));
  assert.ok(got.some((g) => g.startsWith('Armed clash') && g.endsWith('F=17')), got.join(' ; '));
});

test('counts joined by "and" are one toll; one victim named before a count joins it', () => {
  const cases: [string, string, string][] = [
    ['two counts, one verb', 'Fighting broke out near Hpapun on Monday. Four soldiers and 9 of the attackers were killed, the KNLA said.', 'F=13'],
    ['"a soldier and four members of <full name> (ABBR)"', 'A soldier and four members of the Karen National Liberation Army (KNLA) were killed when troops clashed with KNLA fighters near Hpapun on Monday.', 'F=5'],
    ['the second count is of the wounded', 'Troops clashed with KNLA fighters near Hpapun on Monday, killing two soldiers and three others were wounded.', 'F=2'],
  ];
  for (const [label, body, want] of cases) {
    const got = rows(body);
    assert.ok(got.some((g) => g.startsWith('Armed clash') && g.endsWith(want)), `${label}: ${got.join(' ; ')}`);
  }
});

test('fighters killed are no attack on civilians', () => {
  const cases: [string, string][] = [
    ['a battle told with its dead', 'A soldier and four members of the Karen National Liberation Army (KNLA) were killed when troops clashed with some 30 armed men near Hpapun on Monday.'],
    ['a side\'s count of the dead', 'A man who said he spoke for the KNLA claimed that only one of their fighters died and that seven soldiers were killed.'],
  ];
  for (const [label, body] of cases) {
    const got = rows(body);
    assert.ok(!got.some((g) => g.startsWith('Attack')), `${label}: ${got.join(' ; ')}`);
  }
  // Civilians named as the killed stay an attack.
  assert.ok(rows('Two villagers were killed by soldiers near Hpapun on Monday.').some((g) => g.startsWith('Attack')));
});

test('"the fighting" in the next sentence is the battle told before', () => {
  const body = 'Troops clashed with KNLA fighters in Kawkareik Township on Monday, and three soldiers were killed. Two other soldiers were wounded in the fighting near Taw Oak village, which lasted two hours.';
  const got = mm(body).events.filter((e) => e.sub_event_type === 'Armed clash');
  assert.equal(got.length, 1, got.map(row).join(' ; '));
  assert.equal(got[0]!.fatalities, 3);
  assert.equal(got[0]!.location?.name, 'Taw Oak');
});

test('a burning whose next sentence finds a body is an attack on civilians', () => {
  const burned = 'Soldiers entered Hpapun on Tuesday, where more than 30 houses were burned.';
  const got = rows(`${burned} The body of a 70-year-old man who had stayed behind was found in the ashes the next day, villagers said.`);
  assert.ok(got.some((g) => g.startsWith('Attack') && g.includes(MIL) && g.endsWith('F=1')), got.join(' ; '));
  assert.ok(rows(`${burned} Villagers fled into the forest.`).some((g) => g.startsWith('Looting/property destruction')));
});

test('"the column" after a military column is the state', () => {
  const got = rows('A military column of about 200 troops left Hpa-an on Sunday. The next day the column entered Hpapun, where 20 houses were burned.');
  assert.ok(got.some((g) => g.startsWith('Looting/property destruction') && g.includes(MIL)), got.join(' ; '));
});

test('the side that receives a handover is actor1', () => {
  const cases: [string, string][] = [
    ['handed to the military', 'The Karen National Army handed the town of Hpapun to the military on Monday under a deal.'],
    ['handed back, no receiver named', 'Under the deal, the Ta\'ang National Liberation Army handed Momeik back on 18 November.'],
  ];
  for (const [label, body] of cases) {
    const got = rows(body).filter((g) => g.startsWith('Non-violent transfer of territory'));
    assert.ok(got.length && got.every((g) => g.startsWith(`Non-violent transfer of territory | ${MIL}`)), `${label}: ${got.join(' ; ')}`);
  }
});

test('weapons that stand somewhere and "drone attacks" before a new subject fire nothing', () => {
  assert.deepEqual(rows('From the hills above Hpapun, KNLA fighters can see the junta artillery that now sits inside the town.'), []);
  const got = rows('After weeks of air strikes and drone attacks regime troops retook Hpapun in the last week of October.');
  assert.ok(!got.some((g) => g.startsWith('Armed clash')), got.join(' ; '));
});
