// Table-driven checks of the event rules added for the residual misses of rounds 11 and 13:
// clashes told as "came under attack from", fire from boats, paragliders, strikes on named
// villages, artillery that "struck", relative dates and places.
// Hand-written sentences, run through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('10 December 2025', body);
const subs = (body: string): string[] => mm(body).events.map((e) => e.sub_event_type);
const MIL = 'Military Forces of Myanmar';

test('a unit that "came under attack/fire from" a group fought it; a bus that came under fire did not', () => {
  const cases: [string, string, boolean][] = [
    ['column under attack', 'A junta column came under attack from a local resistance force near Nyaung Pin Thar village in Myaing Township on Monday.', true],
    ['troops under heavy fire', 'Regime troops guarding the bridge came under heavy fire from resistance fighters near Salin town on Sunday.', true],
    ['an outpost under assault', 'The police outpost at Pauk came under assault from about 40 fighters on Tuesday night.', true],
    ['a passenger bus is no unit', 'A passenger bus came under fire near Myaing town on Monday, and nobody was hurt.', false],
  ];
  for (const [label, body, clash] of cases) assert.equal(subs(body).includes('Armed clash'), clash, label);
});

test('boats that open fire shell; artillery that "struck" is shelling; a paraglider drops bombs from the air', () => {
  const cases: [string, string, string, string | null][] = [
    ['gunboats opened fire', 'Two navy gunboats that had sailed up the river opened fire on Kyauk Taw village in Pauktaw Township on Monday, killing a fisherman.', 'Shelling/artillery/missile attack', MIL],
    ['a warship fired', 'A regime warship fired on Sin Kyun village in Ramree Township on Sunday, wounding three villagers.', 'Shelling/artillery/missile attack', MIL],
    ['artillery had struck', 'The statement said AA artillery had struck a ward of Sittwe town on Monday, wounding a child, and that air strikes followed.', 'Shelling/artillery/missile attack', null],
    ['paraglider with mortar shells', 'A motorised paraglider dropped mortar shells onto a market in Ywar Thit village in Madaya Township on Friday, killing two vendors.', 'Air/drone strike', MIL],
  ];
  for (const [label, body, sub, actor1] of cases) {
    const ev = mm(body).events;
    assert.equal(ev[0]?.sub_event_type, sub, `${label}: ${ev.map((e) => e.sub_event_type).join(', ')}`);
    if (actor1) assert.equal(ev[0]?.actors[0]?.name, actor1, label);
    assert.ok(!ev.some((e) => e.sub_event_type === 'Attack' || e.sub_event_type === 'Air/drone strike' && sub !== 'Air/drone strike'), `${label}: no second event`);
  }
});

test('"a strike on <named> village" that kills people, in an air-war paragraph, is an air strike', () => {
  const body = 'Jets dropped bombs on two towns last week. In late November, a strike on Nyaung Kone village in Patheingyi Township killed six people, residents said.';
  const ev = mm(body).events.filter((e) => e.location?.name === 'Nyaung Kone' || e.evidence?.includes('Nyaung Kone'));
  assert.deepEqual(ev.map((e) => `${e.sub_event_type} | ${e.actors[0]?.name}`), [`Air/drone strike | ${MIL}`]);
});

test('a place a distance is measured from, with no other place in the sentence, is the event\'s', () => {
  const cases: [string, string, string][] = [
    ['miles west of a town', 'Jets bombed a camp for displaced people about eight miles west of Kanbalu town on Monday, killing four people.', 'Kanbalu'],
    ['km north of a town', 'A jet bombed a displacement camp 12 km north of Myaing on Monday, killing two people.', 'Myaing'],
  ];
  for (const [label, body, place] of cases) assert.deepEqual(mm(body).events.map((e) => e.location?.name), [place], label);
  // A capture of a base measured from a town does not give the town.
  const taken = mm('The Arakan Army said it captured a junta base about six miles north of Gwa town on Monday.').control.map((c) => c.place.name);
  assert.ok(!taken.includes('Gwa'), `capture: ${taken.join(', ')}`);
});

test('"N days after the X was hit," and "came a day after" count from the date told before', () => {
  const cases: [string, string, string, string][] = [
    ['two days after … was hit', 'Jets bombed a monastery in Ohn Taw village on Monday, 1 December. Two days after the monastery was hit, a jet bombed a school in Kyunhla town.', 'Kyunhla', '2025-12-03'],
    ['came a day after', 'Commandos killed the last gunmen in Myaing town on Monday, 8 December. The siege came a day after resistance fighters attacked a junta base near Pakokku.', 'Pakokku', '2025-12-07'],
    ['its own date wins', 'The AA captured Gwa on Sunday, 29 December 2024. The fall came nine days after the AA overran the army base in Ann on 20 December 2024.', 'Ann', '2024-12-20'],
  ];
  for (const [label, body, place, date] of cases) {
    const ev = mm(body).events.find((e) => e.location?.name === place);
    assert.equal(ev?.date, date, label);
  }
});

test('a hospital, university or prison named for its town places an event in that town', () => {
  const cases: [string, string, string, string][] = [
    ['teaching hospital of a region-named town', 'Young activists marched in Mandalay on Sunday. At Magway Teaching Hospital, 40 junior doctors stopped work on Monday in protest over unpaid stipends.', 'Magway', 'MMR009001'],
    ['a university used as a base', 'Activists marched in Mandalay on Sunday. KNDF drones struck the army positions at Loikaw University on Monday morning.', 'Loikaw', 'MMR002001'],
  ];
  for (const [label, body, place, pcode] of cases) {
    const ev = mm(body).events.filter((e) => e.location?.name === place);
    assert.equal(ev[0]?.location?.admin3_pcode, pcode, `${label}: ${mm(body).events.map((e) => e.location?.name).join(', ')}`);
  }
});

test('forces that "killed the last of the attackers" fought them; killing villagers is no clash', () => {
  const cases: [string, string, boolean][] = [
    ['commandos killed the last attackers', 'Commandos from a special police unit killed the last of the attackers on the roof of a hotel in Myitkyina town on Monday.', true],
    ['soldiers shot dead three gunmen', 'Soldiers guarding the bridge shot dead three gunmen near Salin town on Sunday.', true],
    ['soldiers killed villagers', 'Soldiers killed three villagers near Salin town on Sunday.', false],
  ];
  for (const [label, body, clash] of cases) assert.equal(subs(body).includes('Armed clash'), clash, `${label}: ${subs(body).join(', ')}`);
});
