// Table-driven checks of rules added after scoring four more unseen articles (a Pakistani outlet
// that never names Pakistan, a Rakhine abduction story with rival accounts, a Magway strike and
// prisoner swap, a Kachin front report). Hand-written sentences: the tiny pack for pack-neutral
// rules, the Myanmar pack for an article about another country.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { controlStage } from '../../src/pipeline/control/index.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY, runEarly } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';
import { extractStory } from '../support/extract-story.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage, controlStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.actors.map((a) => a.name).join('/')} ${e.date}`);
const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name}: ${c.status} ${c.controller?.name ?? '-'} ${c.how}`);
const hedges = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name}: ${c.hedged}`);
const mm = (body: string) => extractStory('10 December 2025', body);
const abroad = (body: string): string[] => mm(body).events.map((e) => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'} ${e.location?.country ?? '-'}`);

test('another country never named: its region capitals place the article, its forces act', () => {
  const cases: [string, string, string[]][] = [
    ['two capitals, no country name', 'Police fired tear gas at hundreds of protesters outside the provincial assembly in Peshawar on Sunday. A similar march in Lahore passed off peacefully.',
      ['Protest with intervention | Protesters (Pakistan) / Police Forces of Pakistan | Peshawar PK']],
    ['the Frontier Corps is the army; its media wing speaks, it does not fight', 'A roadside bomb struck a Frontier Corps convoy near Peshawar on Monday, killing three soldiers, the military\'s media wing, Inter-Services Public Relations (ISPR), said. Traffic to Lahore was stopped.',
      ['Remote explosive/landmine/IED | Unidentified Armed Group (Pakistan) / Military Forces of Pakistan | Peshawar PK']],
    ['one foreign city in a Myanmar story changes nothing', 'Soldiers shelled Kyaukme in Shan State on Monday, a week after the junta chief returned from talks in Karachi.',
      ['Shelling/artillery/missile attack | Military Forces of Myanmar | Kyaukme MM']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(abroad(body), expected, label);
});

test('"neither claim / either account could be verified" doubts both sides, after the rival\'s reply too', () => {
  const cases: [string, string, string[]][] = [
    ['two tolls, then the doubt', 'The army said in a statement on Monday that its troops had killed 30 NLF fighters in Hillview.\n\nNLF spokesman Tom Brand said the group had lost only two men and had killed 40 soldiers.\n\nNeither claim could be independently verified.',
      ['Armed Forces of Freedonia: true', 'Tom Brand: true']],
    ['a reply in two sentences between', 'The army said on Monday that NLF fighters had burned a school in Hillview.\n\nTom Brand, an NLF spokesman, said the army had burned it.\n\nHe added that the group did not attack schools.\n\nThe Daily could not independently verify either account.',
      ['Armed Forces of Freedonia: true']],
    ['a third, earlier source is not a side', 'Residents said the market in Rivertown was closed on Monday.\n\nThe army said its troops had killed 30 NLF fighters in Hillview.\n\nNLF spokesman Tom Brand said the group had killed 40 soldiers.\n\nNeither claim could be independently verified.',
      ['Residents: false', 'Armed Forces of Freedonia: true', 'Tom Brand: true']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(hedges(body), expected, label);
});

test('prisoners: soldiers captured in a raid are no place taken; a swap is an agreement', () => {
  const cases: [string, string, string[]][] = [
    ['captured as prisoners', 'The NLF released six soldiers captured during a raid on an army camp in Hillview last year.', []],
    ['a town captured still is', 'NLF fighters captured Hillview on Monday.', ['Non-state actor overtakes territory Northern Liberation Front/Armed Forces of Freedonia 2025-12-29']],
    ['freed in exchange for', 'The NLF freed nine soldiers in exchange for 15 civilians held by the army in Rivertown on Monday.',
      ['Agreement Northern Liberation Front/Armed Forces of Freedonia/Civilians (Freedonia) 2025-12-29']],
    ['the exchange took place', 'The prisoner exchange took place at a school in Hillview on Monday, the NLF said.', ['Agreement Northern Liberation Front 2025-12-29']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
  assert.deepEqual(control('The NLF released six soldiers captured during a raid on an army camp in Hillview last year.'), []);
});

test('control: "has been held by", an appositive naming a reference town, the taker told again as holder', () => {
  const cases: [string, string, string[]][] = [
    ['has been held by', 'Hillview has been held by the army since the war began, while the NLF controls the hills around it.', [`Hillview: controlled Armed Forces of Freedonia unknown`]],
    ['east of another town', 'Hillview, the district capital, about 30 miles east of Rivertown, remains under the control of the army.', [`Hillview: controlled Armed Forces of Freedonia unknown`]],
    ['a township that only contains the place', 'Millbrook lies in Rivertown Township and had been held by the NLF since 2024.', [`Millbrook: controlled Northern Liberation Front unknown`]],
    ['the taker still holds it', 'The NLF has controlled Hillview since February 2024, when it captured the town after weeks of fighting.', [`Hillview: controlled Northern Liberation Front captured`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(control(body), expected, label);
});

test('claims: a party that "has accused X of <deed>" claims it; an office\'s charge or one retold by a witness does not', () => {
  const cases: [string, string, string[]][] = [
    ['a party accuses', 'The NLF has accused army troops of burning 40 houses in Millbrook last week.', ['Northern Liberation Front: false']],
    ['an office\'s charge', 'The authorities accused the two men of sending money to the NLF.', []],
    ['retold by a witness', 'The army accused him of feeding NLF fighters, his wife told the Daily.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(hedges(body), expected, label);
});

test('claims: "<group> statement released on Monday said …" is the group\'s', () => {
  assert.deepEqual(hedges('An NLF statement released on Monday said the group had no fighters in Millbrook.'), ['Northern Liberation Front: false']);
});

test('claims: a party\'s spokesman denying a deed and laying it on another is quoted and claims it', () => {
  const cases: [string, string, string[]][] = [
    ['a denial that blames', 'Tom Brand, a spokesman for the NLF, told the Daily that its fighters had not attacked the market and that the fire was set by the army.', ['Tom Brand: false']],
    ['a denial alone', 'Tom Brand, a spokesman for the NLF, told the Daily that its fighters had not attacked the market.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(hedges(body), expected, label);
});
