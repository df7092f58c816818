// Table-driven checks of rules added after scoring four more unseen articles (a resistance
// outlet's camp capture, a state-media recapture, a news-in-brief roundup, a Sudan report).
// Hand-written sentences, tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { controlStage } from '../../src/pipeline/control/index.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage, controlStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} @${e.location?.name ?? '-'}`);
const dated = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.actors[0]?.name ?? '-'} ${e.date}`);
const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name}: ${c.status} ${c.controller?.name ?? '-'} ${c.how}`);

test('event wording: resistance met, drones as doers, grenades held, "struck back"', () => {
  const cases: [string, string, string[]][] = [
    ['troops met with resistance', 'Army columns met with stiff resistance from NLF fighters in Rivertown on Monday.', ['Armed clash @Rivertown']],
    ['drones attacked a target', 'NLF drones attacked the power station in Rivertown on Monday, causing a blackout.', ['Air/drone strike @Rivertown']],
    ['grenades in someone\'s possession were not thrown', 'Police arrested three men in possession of hand grenades and detonators in Rivertown on Monday.', ['Arrests @Rivertown']],
    ['grenades seized', 'Soldiers seized two grenades at a checkpoint in Rivertown on Monday.', ['Disrupted weapons use @Rivertown']],
    ['a thrown grenade still counts', 'A man threw a grenade at a shop in Rivertown on Monday.', ['Grenade @Rivertown']],
    ['"struck back" is no strike', 'The army struck back the next day.\n\nThe NLF said its fighters were safe.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('a relative clause dated by "since": the antecedent\'s earlier capture', () => {
  assert.deepEqual(dated('Army troops regained control of Rivertown on Monday from NLF fighters who had occupied the town since July 2024.'),
    ['Government regains territory Armed Forces of Freedonia 2025-12-29', 'Non-state actor overtakes territory Northern Liberation Front 2024-07']);
});

test('control: "under the occupation of X", "both sides hold parts of the town"', () => {
  const cases: [string, string, string[]][] = [
    ['occupation of a named side', 'Fighting went on near Hillview, which remains under the occupation of the NLF, on Monday.', ['Hillview: controlled Northern Liberation Front unknown']],
    ['"under X occupation"', 'Hillview is still under NLF occupation.', ['Hillview: controlled Northern Liberation Front unknown']],
    ['"the control of X" with no closing word', 'Hillview remains under the control of the NLF.', ['Hillview: controlled Northern Liberation Front unknown']],
    ['both sides hold parts of the town named earlier', 'NLF fighters took the police station in Hillview town on Monday. Residents said both sides now hold parts of the town.',
      ['Hillview: contested - unknown']],
    ['no town before: no fact', 'Residents said both sides now hold parts of the town.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(control(body), expected, label);
});

test('places: displaced people are no flight, a road with no township is at its first end, quoted places are no earlier scene', () => {
  const cases: [string, string, string[]][] = [
    ['displaced people march in a town', 'Hundreds of displaced people marched peacefully in Hillview on Thursday.', ['Peaceful protest @Hillview']],
    ['a checkpoint on a road between two towns', 'A mine exploded in Lakeside Township on Friday.\n\nSoldiers at a checkpoint on the Rivertown-Hillview road detained 20 bus passengers on Saturday.',
      ['Remote explosive/landmine/IED @Lakeside', 'Arrests @Rivertown']],
    ['a town named in quotation marks', 'The army retook Hillview on Saturday.\n\n"Hillview is ours, and Rivertown is next," the general said.\n\nResidents who stayed in the city said NLF fighters looted shops on Friday night.',
      ['Government regains territory @Hillview', 'Looting/property destruction @Hillview']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('"every day of the fighting" refers to fighting told elsewhere; "controls parts of the city" splits it', () => {
  assert.deepEqual(events('NLF fighters clashed with the army in Hillview on Monday.\n\nResidents said aircraft bombed the hills almost every day of the fighting.'),
    ['Armed clash @Hillview']);
  assert.deepEqual(control('Fighting went on in Hillview town on Monday. The army controls parts of the city while the NLF holds the rest.'),
    ['Hillview: contested - unknown']);
});

test('a clash told in the same sentence, place and date as a capture is that capture\'s fighting', () => {
  assert.deepEqual(events('The NLF launched its offensive in April 2024 and has since taken many army posts, including Hillview, which it captured in April 2024.'),
    ['Non-state actor overtakes territory @Hillview']);
  // fighting told in a sentence of its own stays
  assert.deepEqual(events('NLF fighters clashed with the army in Hillview on Monday. They captured the town on Monday evening.'),
    ['Armed clash @Hillview', 'Non-state actor overtakes territory @Hillview']);
});

test('dates: a date closing a clause before "and" is that clause\'s; a verb joined by "and" shares the date before it', () => {
  const cases: [string, string[]][] = [
    ['NLF fighters clashed with the army in Hillview on Monday and captured Rivertown on Wednesday.',
      ['Armed clash Northern Liberation Front 2025-12-29', 'Non-state actor overtakes territory Northern Liberation Front 2025-12-31']],
    ['On Monday, soldiers arrested six men in Hillview and burned down their houses.',
      ['Arrests Armed Forces of Freedonia 2025-12-29', 'Looting/property destruction Armed Forces of Freedonia 2025-12-29']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(dated(body).sort(), expected.sort(), body);
});
