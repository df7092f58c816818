// Table-driven checks of rules added after scoring four more unseen Myanmar articles (a wire
// story on an air strike, an analysis of a western front, a weekly roundup, an election phase
// story). Hand-written sentences, tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/pipeline/dates/find.js';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { controlStage } from '../../src/pipeline/control/index.js';
import { electionsStage } from '../../src/pipeline/elections/index.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY, runEarly } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage, controlStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.actors.map((a) => a.name).join('/')} ${e.location?.name} ${e.date}..${e.date_end ?? ''}`);
const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name}: ${c.status} ${c.controller?.name ?? '-'} ${c.how}`);
const elections = (body: string): string[] => buildPipeline<Layers>([...EARLY, electionsStage]).run(articleToDoc(head + body, { path: 'test' }, 'test', false), tinyPack)
  .elections.map((e) => `${e.place.name}: ${e.included} ${e.excluded_village_tracts}`);
const claimants = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name}: ${c.text}`);

test('weekdays: "last Saturday" in a Saturday paper is a week back, "on Saturday" is the day itself', () => {
  // 2026-01-03 is a Saturday.
  const cases: [string, string][] = [
    ['Soldiers raided the market last Saturday.', '2025-12-27'],
    ['Soldiers raided the market on Saturday.', '2026-01-03'],
    ['Soldiers raided the market last Thursday.', '2026-01-01'],
    ['Soldiers raided the market Last  Saturday, residents said.', '2025-12-27'],
  ];
  for (const [s, date] of cases) assert.equal(findDates(s, 0, s.length, '2026-01-03')[0]?.date, date, s);
});

test('claimants: an organisation name with a possessive inside is not cut at "People"', () => {
  const cases: [string, string[]][] = [
    ['According to the Hillview People’s Defence Unit, soldiers burned ten houses in the village.', ['People’s Defence Unit: soldiers burned ten houses in the village']],
    ['According to residents and the NLF, soldiers burned ten houses in the village.', ['residents: soldiers burned ten houses in the village']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(claimants(body), expected, body);
});

test('claimants: "the council said" names back the organisation last named with that head noun', () => {
  const cases: [string, string[]][] = [
    ['Dawn Valley Council fighters seized a checkpoint near Hillview. The council said 12 soldiers had surrendered.', ['Dawn Valley Council: 12 soldiers had surrendered']],
    ['Fighters seized a checkpoint near Hillview. The council said 12 soldiers had surrendered.', ['council: 12 soldiers had surrendered']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(claimants(body), expected, body);
});

test('control: "remains (firmly) in X\'s hands" after a town and a province in apposition', () => {
  const cases: [string, string[]][] = [
    ['Rivertown, the North Province capital, remains firmly in the army’s hands.', ['Rivertown: controlled Armed Forces of Freedonia unknown']],
    ['Rivertown, in North Province, is still held by the NLF.', ['Rivertown: controlled Northern Liberation Front unknown']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(control(body), expected, body);
});

test('control: a side\'s "hold on" a town is no statement that it holds it', () => {
  const cases: [string, string[]][] = [
    ['Observers say the army’s hold on Rivertown is weakening.', []],
    ['The army holds Rivertown.', ['Rivertown: controlled Armed Forces of Freedonia unknown']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(control(body), expected, body);
});

test('control: "the town has been contested since" after a capture in the same sentence', () => {
  const cases: [string, string[]][] = [
    ['Army troops retook a police post in Rivertown on 28 December after heavy fighting with the NLF, and the town has been contested since, with each side holding several wards.', ['Rivertown: contested - unknown']],
    ['Army troops retook a police post in Rivertown on 28 December after heavy fighting with the NLF.', ['Rivertown: controlled Armed Forces of Freedonia captured']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(control(body), expected, body);
});

test('elections: "polling in X and Y has been cancelled" leaves those townships out, not the others in the sentence', () => {
  const cases: [string, string[]][] = [
    ['The commission said the second phase will include Lakeside, but polling in Rivertown and Hillview townships has been cancelled altogether.', ['Rivertown: false null', 'Hillview: false null', 'Lakeside: true null']],
    ['Voting in 12 village tracts of Rivertown has been cancelled, the commission said.', ['Rivertown: true 12']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(elections(body), expected, body);
});

test('elections: "In X, N wards and village tracts are excluded" after the township', () => {
  const cases: [string, string[]][] = [
    ['In Hillview, 21 wards and village tracts are excluded from the second phase.', ['Hillview: true 21']],
    ['In Hillview Township, 9 village tracts and wards will not vote.', ['Hillview: true 9']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(elections(body), expected, body);
});

test('elections: "every village tract in X took part / voted" is no exclusion (0)', () => {
  const cases: [string, string[]][] = [
    ['Every village tract in Hillview Township took part in the first phase, officials said.', ['Hillview: true 0']],
    ['Every ward in Rivertown voted on 28 December.', ['Rivertown: true 0']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(elections(body), expected, body);
});

test('elections: towns that name a road are no election places', () => {
  const cases: [string, string[]][] = [
    ['The NLF said it would attack checkpoints along the Rivertown-Hillview highway before the second phase of voting in January.', []],
    ['Voting in the second phase will take place in Rivertown, near the Hillview road.', ['Rivertown: true null']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(elections(body), expected, body);
});

test('captures: a when-clause hanging off a date is a dated background capture', () => {
  const cases: [string, string[]][] = [
    ['The war changed on 14 March 2024, when the NLF took Hillview, the largest town in the north.', [`Non-state actor overtakes territory Northern Liberation Front/Armed Forces of Freedonia Hillview 2024-03-14..`]],
    ['Shops closed when the NLF took Hillview.', []],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('captures: "captured the town" is the town last named before it in the paragraph', () => {
  const cases: [string, string[]][] = [
    ['In November the NLF handed Millbrook back to local leaders. NLF fighters had captured the town from the army in June 2025, but North Province elders objected.', [
      `Non-violent transfer of territory Northern Liberation Front Millbrook 2025-11..`,
      `Non-state actor overtakes territory Northern Liberation Front/Armed Forces of Freedonia Millbrook 2025-06..`]],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('protests: a protest elsewhere broken up does not make a peaceful march an intervened one', () => {
  const cases: [string, string[]][] = [
    ['About 200 farmers marched peacefully through Rivertown on Friday. Police used tear gas to break up a protest in Hillview on Friday.', [
      'Peaceful protest Protesters (FD)/Civilians (Freedonia) Rivertown 2026-01-02..',
      'Protest with intervention Protesters (FD)/Armed Forces of Freedonia Hillview 2026-01-02..']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('protests: detentions one short sentence after a protest are its intervention', () => {
  const cases: [string, string[]][] = [
    ['Police used tear gas to break up a protest by farmers in Hillview on Thursday. The farmers were protesting a new land tax. Six of them were detained and released on Friday.', [
      'Protest with intervention Protesters (FD)/Armed Forces of Freedonia/Civilians (Freedonia) Hillview 2026-01-01..']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('clashes: "have been attacking army positions" is a clash beside the army\'s reply', () => {
  const cases: [string, string[]][] = [
    ['NLF units have been attacking army positions near Hillview town since Monday, and the army has answered with air strikes, residents said.', [
      `Armed clash Northern Liberation Front/Armed Forces of Freedonia Hillview 2025-12-29..`,
      `Air/drone strike Armed Forces of Freedonia/Northern Liberation Front Hillview 2026-01-03..`]],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('control: a town where fighting "has been" going on since a date is contested', () => {
  const cases: [string, string[]][] = [
    ['Since Monday, NLF units have been attacking army positions on the edge of Hillview town, residents said.', ['Hillview: contested - unknown']],
    ['NLF units have been attacking army positions around Hillview since Monday, but the town remains under army control.', ['Hillview: controlled Armed Forces of Freedonia unknown']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(control(body), expected, body);
});

test('negation: the month May is not the modal "may"', () => {
  const cases: [string, string[]][] = [
    ['In May 2025, jets bombed Rivertown.', [`Air/drone strike Armed Forces of Freedonia Rivertown 2025-05..`]],
    ['On 3 May, jets bombed Rivertown.', [`Air/drone strike Armed Forces of Freedonia Rivertown 2025-05-03..`]],
    ['Jets may have bombed Rivertown.', []],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('strikes: "a strike on a monastery" in a paragraph about attacks from the air is an air strike on civilians', () => {
  const cases: [string, string[]][] = [
    ['Rivertown has been hit from the air many times. On Monday, a strike on a monastery in the town killed at least six people.', [`Air/drone strike Armed Forces of Freedonia/Civilians (Freedonia) Rivertown 2025-12-29..`]],
    // (Not an air strike; a labour strike is a peaceful protest, as ACLED codes it, since round 13.)
    ['Workers at the Rivertown mill began a strike on the factory floor on Monday.', ['Peaceful protest Protesters (FD) Rivertown 2025-12-29..']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(events(body), expected, body);
});

test('claims: "…, residents said at the time" attributes the clause before it', () => {
  const cases: [string, string[]][] = [
    ['In 2024, soldiers burned 40 houses in the village, residents said at the time.', ['residents: In 2024, soldiers burned 40 houses in the village']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(claimants(body), expected, body);
});
