// Table-driven checks of rules added after scoring four more unseen Myanmar articles (a camp
// overrun after a five-day assault, a junta recapture with arson, fighting and a negotiated
// handover in southern Shan, a lower-Burma roundup). Hand-written sentences, tiny pack; the
// geocoding rule with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { controlStage } from '../../src/pipeline/control/index.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';
import { analyse } from '../places/helpers.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage, controlStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.actors.map((a) => a.name).join('/')} ${e.date}..${e.date_end ?? ''} f=${e.fatalities}`);
const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name}: ${c.status} ${c.controller?.name ?? '-'} ${c.how}`);
const NLF = 'Northern Liberation Front';
const ARMY = 'Armed Forces of Freedonia';
const CIV = 'Civilians (Freedonia)';

test('date ranges: "from X to Y", "between X and Y", fighting that "lasted from X to Y"', () => {
  const cases: [string, string, string[]][] = [
    ['weekdays read back from a Saturday', 'NLF fighters clashed with the army near Rivertown from Friday to Monday, the group said.',
      [`Armed clash ${NLF}/${ARMY} 2025-12-26..2025-12-29 f=null`]],
    ['between two dates', 'NLF fighters clashed with troops in Rivertown between December 25 and December 28.',
      [`Armed clash ${NLF}/${ARMY} 2025-12-25..2025-12-28 f=null`]],
    ['a capture after fighting that lasted', 'The NLF said its troops had captured an army outpost in Hillview after fighting that lasted from December 20 to December 24.',
      [`Non-state actor overtakes territory ${NLF}/${ARMY} 2025-12-20..2025-12-24 f=null`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('captures: a group\'s own troops, a pronoun subject, one capture told twice with its fighting', () => {
  const cases: [string, string, string[]][] = [
    ['"its troops" are the group\'s', 'The NLF said its troops had captured an army outpost in Hillview on Monday.',
      [`Non-state actor overtakes territory ${NLF}/${ARMY} 2025-12-29.. f=null`]],
    ['"they had captured a junta camp": the state loses it', 'The NLF said on Monday that they had captured an army camp in Hillview.',
      [`Non-state actor overtakes territory ${NLF}/${ARMY} 2025-12-29.. f=null`]],
    ['told twice within a week', 'NLF fighters said on Friday that they had captured an army camp at Hillview after a five-day assault that began on December 27. The NLF overran the camp on Wednesday morning, the group said.',
      [`Non-state actor overtakes territory ${NLF}/${ARMY} 2025-12-27..2025-12-31 f=null`]],
    ['an ally named by "fighting alongside" is no battle', 'The NLF, fighting alongside the PDU, overran the camp in Hillview on Monday.',
      [`Non-state actor overtakes territory ${NLF}/People’s Defence Unit/${ARMY} 2025-12-29.. f=null`]],
    ['a mine seized is no place taken', 'Soldiers arrested four NLF members in Hillview on Monday and seized a homemade mine and explosives.',
      [`Arrests ${ARMY}/${NLF} 2025-12-29.. f=null`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('background wars, arson, strike damage, one victim, militia training camps', () => {
  const cases: [string, string, string[]][] = [
    ['a war since a year', 'The NLF has been fighting the junta alongside the PDU, its ally in the north, since late 2023.', []],
    ['fighting since a day stays a clash', 'The NLF has been fighting the army in Hillview since Monday.', [`Armed clash ${NLF}/${ARMY} 2025-12-29.. f=null`]],
    ['burned houses: civilians are the victims', 'Soldiers set fire to about 40 houses in Millbrook village on Saturday.', [`Looting/property destruction ${ARMY}/${CIV} 2026-01-03.. f=null`]],
    ['the damage a strike did is that strike', 'On Monday a junta jet bombed Millbrook village, killing five civilians and destroying the village school.',
      [`Air/drone strike ${ARMY}/${CIV} 2025-12-29.. f=5`]],
    ['one victim with a participle', 'A woman collecting firewood was killed by a landmine near Hillview on Thursday.',
      [`Remote explosive/landmine/IED Unidentified Armed Group (FD)/${CIV} 2026-01-01.. f=1`]],
    ['a rebel group carries men off to a training camp', 'NLF fighters detained 15 young men in Hillview on Monday night and took them to a training camp.',
      [`Abduction/forced disappearance ${NLF}/${CIV} 2025-12-29.. f=null`]],
    ['soldiers who send them there arrest them', 'Soldiers arrested 15 young men in Hillview on Monday night and sent them to a military training camp.',
      [`Arrests ${ARMY} 2025-12-29.. f=null`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('control: a present holder in the capture\'s own sentence wins', () => {
  assert.deepEqual(control('NLF fighters seized most of Hillview Township in 2024, but the junta still holds Hillview town.'),
    [`Hillview: controlled ${ARMY} unknown`]);
  assert.deepEqual(control('NLF fighters seized Hillview town in 2024.'), [`Hillview: controlled ${NLF} captured`]);
});

test('places: a bare mention of a village the article placed is that village, not a namesake town', () => {
  // Sinbo is also a town in Kachin State; here it is a village in Thayetchaung Township.
  const text = 'Fighters captured a junta camp at Sinbo village in Thayetchaung Township, Tanintharyi Region, on Sunday. A jet bombed Kyauk Kwe village, south of Sinbo, on Monday.';
  const got = analyse(text).layers.places.map((p) => `${p.location?.name ?? '-'}:${p.location?.admin3 ?? '-'}`);
  assert.ok(got.filter((g) => g.startsWith('Sinbo')).every((g) => g === 'Sinbo:Thayetchaung'), got.join(', '));
  assert.ok(got.includes('Kyauk Kwe:Thayetchaung'), got.join(', '));
});

test('places: "in nearby X village" is in the township of the village named before it', () => {
  const text = 'Troops raided Kyauk Kwe village in Thayetchaung Township on Monday. Police in Dawei town arrested two men.\n\nThe troops also set fire to about 40 houses in nearby Zardi village on Saturday.';
  const got = analyse(text).layers.places.map((p) => `${p.location?.name ?? '-'}:${p.location?.admin3 ?? '-'}`);
  assert.ok(got.includes('Zardi:Thayetchaung'), got.join(', '));
});
