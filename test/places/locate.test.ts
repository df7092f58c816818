// locateEvent: the place where the event in a sentence happened, not every toponym in it.
// Rows: [article text, the event's trigger word, expected ("pcode/precision" or "-")].
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locateEvent } from '../../src/pipeline/places/index.js';
import { createDoc } from '../../src/core/doc.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { analyse, describe, myanmar } from './helpers.js';

function locate(text: string, trigger: string): string {
  const a = analyse(text);
  const at = text.indexOf(trigger);
  assert.ok(at >= 0, `trigger ${trigger} not in text`);
  const sentence = a.layers.sentences.find((s) => s.start <= at && at < s.end) ?? { start: at, end: at + trigger.length };
  return describe(locateEvent(a.doc, a.layers, sentence, { start: at, end: at + trigger.length }));
}

const CASES: [string, string, string][] = [
  ['An air strike in Hpakant was reported by a Laiza-based group.', 'air strike', 'MMR001009/town'],
  ['A Laiza-based group reported an air strike on a jade mine.', 'air strike', '-'],
  ['SITTWE, 1 January 2025 — The Arakan Army says its fighters captured Gwa on Sunday.', 'captured', 'MMR012017/town'],
  ['MAWLAMYINE — Police broke up a protest on Sunday.', 'broke up', '-'],
  ['LASHIO — Junta troops re-entered the town on Sunday.', 're-entered', '-'],
  ['AIZAWL, Mizoram — Chin resistance forces have taken full control of Falam.', 'taken', 'MMR004001/town'],
  ['The KNLA overran the Pu Lu Tu camp, also in Hlaingbwe Township; 12 soldiers were killed and 11 escaped across the border into Thailand.', 'overran', 'MMR003002/village'],
  ['Villagers fled to Thailand after jets bombed Myawaddy.', 'bombed', 'MMR003005/town'],
  ['About 200 villagers crossed the Moei River into Thailand\'s Tak province.', 'crossed', '-'],
  ['Fighters from Kale attacked a police post in Tamu.', 'attacked', 'MMR005030/town'],
  ['India is building a road from Vijaynagar to the mines.', 'building', '-'],
  ['The alliance claimed 1,000 air strikes on Falam since November.\nThe regime struck back on Tuesday. A fighter jet dropped two bombs on a residential ward near the market.', 'dropped', 'MMR004001/town'],
  ['A military aircraft bombed a village in Kanbalu Township, Sagaing Region, on Saturday.', 'bombed', 'MMR005007/township'],
  // A displacement camp "on the city's edge" is the city; an earlier camp is no "the city".
  ['Shells hit Lashio on Friday.\nOn Sunday, shells struck the Hsipaw displacement camp on the city\'s northern edge.', 'struck', 'MMR015001/town'],
  ['Shells hit Lashio on Friday.\nShells struck the Hsipaw displacement camp.\nTroops repelled an assault from the east of the city.', 'repelled', 'MMR015001/town'],
  // A town named with its state is the more exact reading, even when only the state follows "in".
  ['Hpakant suffered the deadliest air attack of the conflict in Kachin State in 2022, when jets bombed a concert.', 'bombed', 'MMR001009/town'],
  ['A jet bombed Kanbalu Township.\nTwo bombs fell on the centre of Chaung Kan village, beside its monastery.', 'fell', 'MMR005007/village'],
  ['Fighting resumed in Bhamo on December 25, and the KIA said China was involved.', 'Fighting', 'MMR001010/town'],
  ['Naing Lin Aung, a Bangkok-based analyst, said the AA would attack Kyaukphyu next.', 'attack', 'MMR012011/town'],
  ['The TNLA said a drone strike had wounded three villagers in Namhsan Township.', 'drone strike', 'MMR015016/township'],
  ['The two sides signed a ceasefire in Kunming, China, on 28 October.', 'signed', 'CN/town'],
  ['Troops advancing toward Hpruso clashed with KNDF fighters near Htee Paw So village in Hpruso Township.', 'clashed', 'MMR002003/village'],
  ['Junta troops in Lashio (File photo)\nSoldiers shot two villagers on Monday.', 'shot', '-'],
  ['The junta\'s Demoso offensive follows its recapture of Moebye, the gateway town, on 6 July.', 'recapture', 'MMR014010/town'],
  ['In Kyaikmaraw, the military claims to have regained about 70 percent of the township.', 'regained', 'MMR011002/town'],
  ['Troops shelled the village, residents who fled to Mae Sot said.', 'shelled', '-'],
  ['The junta bombed positions across Myanmar on Monday.', 'bombed', 'MM/country'],
  ['KIA fighters attacked a junta post in Chipwi near the China border.', 'attacked', 'MMR001005/town'],
  ['Fighting broke out in northern Shan State on Monday.', 'Fighting', 'MMR015/state'],
  ['Fighting broke out near Lashio in northern Shan State on Monday.', 'Fighting', 'MMR015001/town'],
  ['Police detained six people in Thingangyun and three in Tamwe.', 'detained', 'MMR013009/township'],
  // A city of several townships contains the township named with it: the township is more exact.
  ['Troops clashed with PDF fighters in Yangon’s Thaketa Township on Monday.', 'clashed', 'MMR013013/township'],
  ['Protesters were shot in Hlaing Tharyar Township, Yangon, on Monday.', 'shot', 'MMR013008/township'],
  ['The KIA, headquartered in Laiza, shelled Bhamo.', 'shelled', 'MMR001010/town'],
  ['Jets bombed Gwa town on Monday.\nTwo civilians were killed, a relief volunteer in Ngathaingchaung told the Courier.', 'killed', 'MMR012017/town'],
  ['Residents in Gwa said two civilians were killed.', 'killed', 'MMR012017/town'],
];

for (const [text, trigger, expected] of CASES) {
  test(`${trigger} in "${text.slice(0, 70)}"`, () => assert.equal(locate(text, trigger), expected));
}

test('no places layer: null', () => {
  const a = analyse('Nothing happened.');
  assert.equal(locateEvent(a.doc, { sentences: a.layers.sentences }, { start: 0, end: 5 }), null);
});

test('a township and the city it is in are one place, not a list of two', () => {
  const text = 'Protesters were shot in Hlaing Tharyar Township, Yangon, on Monday.';
  const events = extractDoc(createDoc(text, {}, { start: 0, end: text.length }), myanmar()).events;
  assert.deepEqual(events.map((e) => e.location?.admin3_pcode), ['MMR013008']);
});
