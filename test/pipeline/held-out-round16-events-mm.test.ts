// Table-driven checks of the event rules added after round 16 (Myanmar stories): devices planted,
// a named victim with an age, weapons seized from a house, a group's own account of its bombing,
// and a mover's origin that does not place the villages of its sentence. Hand-written sentences,
// run through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('10 December 2025', body);
const row = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.admin3 ?? e.location?.name ?? '-'} | ${e.date}`);
const subs = (body: string): string[] => mm(body).events.map((e) => e.sub_event_type);

test('bombings: devices planted (plural), mines placed', () => {
  const cases: [string, string, string[]][] = [
    ['planted the devices', 'A fuel yard outside Pyinmana caught fire on Monday night, according to a group that said it had planted the devices.', ['Remote explosive/landmine/IED']],
    ['mines placed', 'On Monday, two mines placed near the gate of the army depot in Pyinmana went off.', ['Remote explosive/landmine/IED']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(subs(body), expected, label);
});

test('a named victim given with an age, shot dead, is an attack on a civilian', () => {
  const cases: [string, string, string[]][] = [
    ['name, age', 'Gunmen shot dead U Tin Hlaing, 52, outside his shop in Tatkon on Saturday.', ['Attack']],
    ['no name, no age: no event', 'Gunmen shot dead a soldier outside the market in Tatkon on Saturday.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(subs(body).filter((s) => s === 'Attack'), expected, label);
});

test('weapons seized from a house are no capture of territory', () => {
  const body = 'Police said on Monday that two pistols had been seized from a house in Lewe.';
  assert.deepEqual(subs(body).filter((s) => s.includes('territory')), []);
});

test("a group's account of the devices its members planted is the bombing told before", () => {
  const body = 'Blasts were heard on Monday night after a bomb exploded at an army fuel depot in Pyinmana. '
    + 'The Golden Hawk Strike Group said in a statement on Tuesday that two mines placed by its members had killed a soldier.';
  const ieds = row(body).filter((r) => r.startsWith('Remote explosive'));
  assert.equal(ieds.length, 1, ieds.join('\n'));
  assert.match(ieds[0]!, /^Remote explosive\/landmine\/IED \| Golden Hawk Strike Group \/ Military Forces of Myanmar \| Pyinmana \| 2025-12-08$/);
});

test("a mover's origin does not place the sentence's villages", () => {
  const body = 'Troops based in Paukkhaung moved east last week. Militiamen brought from Pyay set fire to Thit Poke village on Monday.';
  const burned = mm(body).events.find((e) => e.sub_event_type === 'Looting/property destruction');
  assert.equal(burned?.location?.admin3, 'Paukkhaung');
});
