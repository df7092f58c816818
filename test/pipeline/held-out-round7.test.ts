// Table-driven checks of rules added after scoring four more unseen articles (a negotiated
// handover with a China-brokered deal, a shelled village clinic, urban attacks relayed by state
// media, an attack on mourners abroad). Hand-written sentences, tiny pack.
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
const dated = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date}..${e.date_end ?? ''}`);
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.actors.map((a) => a.name).join('/')} ${e.location?.name ?? '-'}`);
const claims = (body: string): string[] => run(body).claims.map((c) => `${c.claimant?.name ?? '-'}: ${c.text}`);
const control = (body: string): string[] => run(body).control.map((c) => `${c.place.name}: ${c.status} ${c.controller?.name ?? '-'}`);
const NLF = 'Northern Liberation Front';
const PDU = 'People’s Defence Unit';
const ARMY = 'Armed Forces of Freedonia';
const CIV = 'Civilians (Freedonia)';

test('spurious events: background wars, allies and bare "fighting continued"', () => {
  const cases: [string, string, string[]][] = [
    ['"which has fought beside X since YEAR" is an alliance told as background', 'The PDU, which has fought beside the NLF since 2022, said it was not told of the deal.', []],
    ['"which has fought X alongside Y since YEAR" is a war\'s length', 'The PDU, which has fought the army alongside NLF units since 2021, said it lost no men.', []],
    ['a bare "fighting went on elsewhere" makes no event', 'NLF fighters clashed with troops in Hillview on Monday. Fighting went on elsewhere.', [`Armed clash ${NLF}/${ARMY} Hillview`]],
    ['"but fighting has continued" after a deal makes no event', 'The NLF and the army signed a ceasefire in Rivertown in July but fighting has continued.', [`Agreement ${NLF}/${ARMY} Rivertown`]],
    ['fighting with its own place stays a clash', 'Fighting continued in Hillview on Monday, the NLF said.', [`Armed clash ${NLF}/${ARMY} Hillview`]],
    ['"has fought X for decades" is a war\'s length', 'The NLF has fought the army for decades.', []],
    ['"has been fighting X since the coup" is a war\'s length', 'The NLF has been fighting the army in Hillview since the 2021 coup.', []],
    ['"has battled X since YEAR" is a war\'s length', 'The NLF has battled the army since 2021.', []],
    ['"for months" in a named place stays ongoing fighting', 'The NLF and the army have fought in Hillview for months.', [`Armed clash ${NLF}/${ARMY} Hillview`]],
    ['"since <month> <year>" stays ongoing fighting', 'The NLF has been fighting the army in Hillview since December 2025.', [`Armed clash ${NLF}/${ARMY} Hillview`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('event typing: mourners, strikes told with their setting, terms agreed, arson by attackers, riots', () => {
  const cases: [string, string, string[]][] = [
    ['an attack on a funeral gathering is an attack on civilians', 'NLF gunmen attacked a funeral gathering in Millbrook on Sunday night, killing nine people.', [`Attack ${NLF}/${CIV} Millbrook`]],
    ['", as fighting …" is the setting of the strike', 'Army shells struck a school in Millbrook on Tuesday, killing two pupils, as fighting along the river forced families to flee.', [`Shelling/artillery/missile attack ${ARMY}/${CIV} Millbrook`]],
    ['"terms agreed at talks in X" is an agreement', 'The NLF held Hillview until March. Under terms agreed at talks in Rivertown on 2 January, the army was to take it back.', [`Agreement ${ARMY}/${NLF} Rivertown`]],
    ['houses burned by "the attackers" are part of the attack', 'NLF gunmen attacked mourners in Millbrook on Sunday, killing nine people. Witnesses said the attackers set fire to 30 houses before leaving.', [`Attack ${NLF}/${CIV} Millbrook`]],
    ['stone-throwing protesters are one riot', 'Police fired tear gas in Hillview on Monday when protesters threw stones at the town hall.', ['Violent demonstration Rioters (FD) Hillview']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
});

test('places: the area a village lies in is not a second event place', () => {
  assert.deepEqual(events('NLF gunmen attacked mourners in Millbrook, east of Hillview in Rivertown township, on Sunday, killing nine people.'), [`Attack ${NLF}/${CIV} Millbrook`]);
});

test('claims: a mid-sentence source, and a source closing an apposition', () => {
  const cases: [string, string, string[]][] = [
    ['", the army said, and …" attributes the clause before', 'The NLF did not attack Hillview town itself, the army said, and the road to Rivertown remained open.',
      [`${ARMY}: The NLF did not attack Hillview town itself`]],
    ['"A group, the NLF (…), said in a post that …"', 'A rebel group, the Northern Liberation Front (NLF), said in a post on Telegram that its fighters had destroyed the bridge.',
      [`${NLF}: its fighters had destroyed the bridge`]],
    ['"claimed responsibility …, saying …" keeps the participle\'s clause', 'A rebel group, the Northern Liberation Front (NLF), claimed responsibility in a post on its page, saying the blast had killed two officers.',
      [`${NLF}: the blast had killed two officers`]],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('control: "leaves X holding only A and B", and "the Northern group" refers back to the NLF', () => {
  assert.deepEqual(control('The handover leaves the NLF holding only Hillview and Millbrook.'), [`Hillview: controlled ${NLF}`, `Millbrook: controlled ${NLF}`]);
  assert.deepEqual(control('The NLF signed the deal on Monday. The PDU did not. The deal leaves the Northern group holding only Hillview.'), [`Hillview: controlled ${NLF}`]);
  assert.deepEqual(control(`The PDU signed the deal on Monday. The deal left the group holding only Hillview.`), [`Hillview: controlled ${PDU}`]);
});

test('dates: "Thursday last week" is that Thursday, not the whole week', () => {
  // 3 January 2026 is a Saturday: last week ran from Monday 22 to Sunday 28 December.
  assert.deepEqual(dated('On Thursday last week, NLF fighters abducted six farmers near Hillview.'), ['Abduction/forced disappearance 2025-12-25..']);
  assert.deepEqual(dated('Troops arrested three men in Hillview last week.'), ['Arrests 2025-12-22..2025-12-28']);
});

test('places: the town a handover trigger holds beats a later place in another clause', () => {
  assert.deepEqual(events('The NLF handed Hillview back to the army in December, and the PDU took no part in the Rivertown talks.'), [`Non-violent transfer of territory ${ARMY}/${NLF}/${PDU} Hillview`]);
});
