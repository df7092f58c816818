// Wave-32 event actors on hand-written sentences (Myanmar pack): looting and arson by unnamed men,
// a source named through its people or papers ("according to an official of …"), the loser of a
// recapture that names none, and a drone raid on a village inside a story of the state's air war.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('20 March 2026', body);
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'}: ${e.actors.map((a) => a.name).join(', ')}`);

const ARMY = 'Military Forces of Myanmar';
const UAG = 'Unidentified Armed Group (Myanmar)';
const CIV = 'Civilians (Myanmar)';

test('looting and arson by men no group is named for have an unidentified doer', () => {
  const cases: [string, string[]][] = [
    ['Unidentified gunmen looted shops in Mogok market on Saturday.', [`Looting/property destruction Mogok: ${UAG}, ${CIV}`]],
    ['Shops in Lashio market were looted on Friday night by men in uniform.', [`Looting/property destruction Lashio: ${UAG}, ${CIV}`]],
    ['Gunmen torched a rice mill in Shwebo on Monday, residents said.', [`Looting/property destruction Shwebo: ${UAG}`]],
    ["Masked men burned down the village administrator's house in Monywa on Tuesday.", [`Looting/property destruction Monywa: ${UAG}, ${CIV}`]],
    // Near misses: a named doer stays the only one; damage told with no doer at all gets none.
    ['Junta soldiers torched 40 houses in Kani on Monday.', [`Looting/property destruction Kani: ${ARMY}, ${CIV}`]],
    ['Forty houses were burned down in Kani on Monday.', [`Looting/property destruction Kani: ${CIV}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a source named through its people or papers is no party to a strike it reports', () => {
  const cases: [string, string[]][] = [
    ['Drones struck the market in Hpakant on Monday, killing two, according to members of the local defence force.', [`Air/drone strike Hpakant: ${UAG}, ${CIV}`]],
    ['Two civilians were killed when a shell hit Sagaing town on Monday, according to an official of the KIA.', [`Shelling/artillery/missile attack Sagaing: ${UAG}, ${CIV}`]],
    ['Troops arrested three men in Pyay on Friday, according to a statement from the NUG.', [`Arrests Pyay: ${ARMY}`]],
    ['Three people were killed when artillery hit Kalay on Monday, according to a spokesman for the Chin Brotherhood.', [`Shelling/artillery/missile attack Kalay: ${ARMY}, ${CIV}`]],
    // Near miss: a source that names no group leaves the doer as it was.
    ['Soldiers shot dead two farmers in Pyay on Friday, according to relatives of the victims.', [`Attack Pyay: ${ARMY}, ${CIV}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a recapture that names no loser retakes the place from the group told taking it', () => {
  const cases: [string, string[]][] = [
    ['The KNDF overran Moebye in January 2024. Regime troops retook Moebye in October 2025 after a two-week counter-offensive.',
      [`Non-state actor overtakes territory Moebye: Karenni Nationalities Defence Force, ${ARMY}`, `Government regains territory Moebye: ${ARMY}, Karenni Nationalities Defence Force`]],
    ['The TNLA seized Mogok in July 2024. The MNDAA took Lashio in August 2024. The MNDAA is the larger group; the MNDAA has many men. The army recaptured Mogok on Sunday.',
      [`Non-state actor overtakes territory Mogok: Ta'ang National Liberation Army, ${ARMY}`, `Non-state actor overtakes territory Lashio: Myanmar National Democratic Alliance Army, ${ARMY}`, `Government regains territory Mogok: ${ARMY}, Ta'ang National Liberation Army`]],
    // Near misses: no earlier capture of that place, or the loser named.
    ['The army retook Kawlin on Sunday. The KIA is the largest group in Kachin.', [`Government regains territory Kawlin: ${ARMY}, Kachin Independence Army`]],
    ['The AA seized Thandwe in 2024. The army retook Thandwe from the AA on Sunday.',
      [`Non-state actor overtakes territory Thandwe: Arakan Army, ${ARMY}`, `Government regains territory Thandwe: ${ARMY}, Arakan Army`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a drone raid on a village in a story of the state air war is the state\'s', () => {
  const cases: [string, string[]][] = [
    ['A junta jet bombed Depayin on Monday, killing four villagers.\n\nOn Tuesday a drone dropped bombs on Nyaung Pin village in Yinmabin, killing two farmers.',
      [`Air/drone strike Depayin: ${ARMY}, ${CIV}`, `Air/drone strike Nyaung Pin: ${ARMY}, ${CIV}`]],
    ['Regime air strikes have hit Depayin for weeks.\n\nA woman was killed when a drone dropped a bomb on Pyin Si village in Natogyi on Saturday.',
      [`Air/drone strike Depayin: ${ARMY}`, `Air/drone strike Pyin Si: ${ARMY}, ${CIV}`]],
    // Near misses: no state air war told before; a drone near a polling station.
    ['A drone dropped bombs on Nyaung Pin village in Yinmabin on Tuesday, killing two farmers.', [`Air/drone strike Nyaung Pin: ${UAG}, ${CIV}`]],
    ['Military aircraft bombed Depayin on Monday.\n\nA drone dropped two bombs near a polling station in Monywa on Tuesday, wounding two officials.',
      [`Air/drone strike Depayin: ${ARMY}`, `Air/drone strike Monywa: ${UAG}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('an owner inside an appositive before a coordinated verb is not its subject', () => {
  const cases: [string, string[]][] = [
    ['The AA took Thandwe in 2024. It captured Ann, the seat of the regime\'s Western Command, on 20 December 2024, and took Gwa at the end of that month.',
      [`Non-state actor overtakes territory Thandwe: Arakan Army, ${ARMY}`, `Non-state actor overtakes territory Ann: Arakan Army, ${ARMY}`, `Non-state actor overtakes territory Gwa: Arakan Army, ${ARMY}`]],
    ['The KIA seized Mansi, home of the junta\'s 21st battalion, and took Momauk in 2024.',
      [`Non-state actor overtakes territory Mansi: Kachin Independence Army, ${ARMY}`, `Non-state actor overtakes territory Momauk: Kachin Independence Army, ${ARMY}`]],
    // Near miss: the side named as the clause's own subject stays its doer.
    ['The AA held Ann for a year, and the junta retook Ann in March.', [`Government regains territory Ann: ${ARMY}, Arakan Army`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

const control = (body: string): string[] => run(body).control.map((f) => `${f.place.name}: ${f.controller?.name ?? '-'} ${f.status}`);

test('an interview answer\'s "they" holding a place at home is the state force', () => {
  const cases: [string, string[]][] = [
    ['Bo Lin, a KNLA commander, spoke to us.\n\nQ: Who holds the area?\n\nA: Hpapun town is still in their hands, and we are in the hills.', [`Hpapun: ${ARMY} controlled`]],
    ['Ko Aung, a PDF commander, spoke to us.\n\nQ: And Singu?\n\nA: Singu town has never left their hands.', [`Singu: ${ARMY} controlled`]],
    ['Ko Aung, a PDF commander, spoke to us.\n\nQ: And the towns?\n\nA: Mogok and Kyaukme are with them now.', [`Mogok: ${ARMY} controlled`, `Kyaukme: ${ARMY} controlled`]],
    ['Ko Aung, a PDF commander, spoke to us.\n\nQ: And Falam?\n\nA: Falam remains in their hands for now.', [`Falam: ${ARMY} controlled`]],
    // Near misses: outside an answer; a town "theirs by day" is split, no holding.
    ['Residents said Hpapun town is still in their hands.', []],
    ['Ko Aung, a PDF commander, spoke to us.\n\nQ: And Madaya?\n\nA: Madaya is theirs by day, and at night our drones are over it.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});

test('a holder told after "itself", an aside or "continues to be held by"', () => {
  const cases: [string, string[]][] = [
    ['Tamu town itself, which faces the border, continues to be held by the Myanmar army.', [`Tamu: ${ARMY} controlled`]],
    ['Kalay, which lies on the highway, is still held by the military.', [`Kalay: ${ARMY} controlled`]],
    ['Falam continues to be held by the Chinland Council.', ['Falam: Chinland Council controlled']],
    ['Mindat, where the fighting began last year, remains under the control of the Chin Brotherhood.', ['Mindat: Chin Brotherhood controlled']],
    // Near miss: a siege is no holding.
    ['Hakha, which the army has shelled for weeks, is now besieged by the Chinland Council.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(control(body), want, body);
});
