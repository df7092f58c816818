// Wave-17 events in Myanmar stories, on hand-written sentences (Myanmar pack): captures told with
// "drove out the garrison" (the phrasal verb with its object after "out"), a past capture told in a
// time clause ("two years after the group drove out …") or in an appositive's relative clause, and
// fighting named only as the cause of displacement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('20 March 2026', body);
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.date} ${e.location?.name ?? '-'}: ${e.actors.map((a) => a.name).join(', ')}`);

const ARMY = 'Military Forces of Myanmar';

test('"drove out the garrison" and its kin: a force driven out of a place is a capture', () => {
  const cases: [string, string[]][] = [
    ['KIA fighters drove out the junta garrison in Mansi on Monday.', [`Non-state actor overtakes territory 2026-03-16 Mansi: Kachin Independence Army, ${ARMY}`]],
    ['In January 2024 the Arakan Army drove out the last regime troops from Paletwa.', [`Non-state actor overtakes territory 2024-01 Paletwa: Arakan Army, ${ARMY}`]],
    ['The TNLA drove out the army battalion stationed in Namtu in November 2023.', [`Non-state actor overtakes territory 2023-11 Namtu: Ta'ang National Liberation Army, ${ARMY}`]],
    // (The police named as the side driven out are the loser, ac18.)
    ['The KNDF pushed out the remaining police from Demoso on Sunday.', ['Non-state actor overtakes territory 2026-03-15 Demoso: Karenni Nationalities Defence Force, Police Forces of Myanmar']],
    ['The MNDAA has driven out the regime forces in Laukkai, the group said on Friday.', [`Non-state actor overtakes territory 2026-03-20 Laukkai: Myanmar National Democratic Alliance Army, ${ARMY}`]],
    // The state driving out a group takes the place back.
    ['Junta troops drove out the PDF fighters from Kani on Tuesday.', [`Government regains territory 2026-03-17 Kani: ${ARMY}, People's Defence Force`]],
    // Near misses: people driven out, a column driving out of a town, a month after "in".
    ['Soldiers drove out residents from Monywa on Friday.', []],
    ['The army convoy drove out of Hsipaw on Tuesday.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a capture a span of time back ("two years after the group drove out …") is the earlier change of hands', () => {
  const cases: [string, string[]][] = [
    // Dated: told for itself, by its own subject, not a handover.
    ['Laukkai was handed back to the military on Sunday, more than two years after the Myanmar National Democratic Alliance Army (MNDAA) drove out the garrison there in January 2024.',
      [`Non-violent transfer of territory 2026-03-15 Laukkai: ${ARMY}, Myanmar National Democratic Alliance Army`, `Non-state actor overtakes territory 2024-01 Laukkai: Myanmar National Democratic Alliance Army, ${ARMY}`]],
    ['The TNLA handed Mogok back to the junta on Monday, a year after its fighters overran the town in July 2024.',
      [`Non-violent transfer of territory 2026-03-16 Mogok: ${ARMY}, Ta'ang National Liberation Army`, `Non-state actor overtakes territory 2024-07 Mogok: Ta'ang National Liberation Army, ${ARMY}`]],
    // Undated: no time of its own, so no event of its own.
    ['The military regime recaptured Hsipaw town on Sunday, more than a year after the TNLA seized it, residents said.',
      [`Government regains territory 2026-03-15 Hsipaw: ${ARMY}, Ta'ang National Liberation Army`]],
    ['Troops retook Kutkai on Friday, months after the TNLA captured it.',
      [`Government regains territory 2026-03-20 Kutkai: ${ARMY}, Ta'ang National Liberation Army`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('a capture in an appositive\'s relative clause does not take the date after the comma that closes it', () => {
  const cases: [string, string[]][] = [
    ['Fighting over Matupi, a hill town in the south of Chin State that the Chinland Council has administered since its troops drove out a small military garrison in March 2024, entered its sixth day on Friday.',
      [`Non-state actor overtakes territory 2024-03 Matupi: Chinland Council, ${ARMY}`, `Armed clash 2026-03-15 Matupi: Chinland Council, ${ARMY}`]],
  ];
  for (const [body, want] of cases) {
    const got = run(body).events.map((e) => `${e.sub_event_type} ${e.date} ${e.location?.name ?? '-'}: ${e.actors.map((a) => a.name).join(', ')}`);
    assert.deepEqual(got, want, body);
  }
});

test('fighting named only as the cause of displacement is no battle', () => {
  const none: string[] = [
    'The clinic in Kawlin had been treating people displaced from the fighting along the highway.',
    'About 300 families displaced by clashes near Tigyaing are sheltering in a monastery.',
    'The school in Hpakant now houses children uprooted by the fighting in the jade mines.',
    'Villagers forced from their homes by the clashes near Mogaung are living in tents.',
    'A camp in Waingmaw holds families driven out by the battles around Myitkyina.',
    'The aid group said people displaced in the fighting around Bhamo lacked rice.',
  ];
  for (const body of none) assert.deepEqual(events(body), [], body);
  // Near misses: the fighting told for itself, which displaced people.
  assert.deepEqual(events('Fighting broke out near Tigyaing on Monday and displaced 300 families.'), [`Armed clash 2026-03-16 Tigyaing: ${ARMY}, Civilians (Myanmar)`]);
  assert.deepEqual(events('Hundreds of families were displaced when fighting broke out near Mogaung on Monday.').length, 1);
});

test('a place "given back" is handed back; things given back are not', () => {
  const cases: [string, string[]][] = [
    ['Hsipaw was given back in mid-November in what the TNLA called a temporary relocation.', ["Non-violent transfer of territory 2025-11 Hsipaw: Ta'ang National Liberation Army"]],
    ['The TNLA gave Mogok back to the military on Monday.', [`Non-violent transfer of territory 2026-03-16 Mogok: ${ARMY}, Ta'ang National Liberation Army`]],
    ['The TNLA gave back Momeik to the junta on Monday.', [`Non-violent transfer of territory 2026-03-16 Momeik: ${ARMY}, Ta'ang National Liberation Army`]],
    ['Momeik was given back to the regime on Tuesday under the China-brokered deal.', [`Non-violent transfer of territory 2026-03-17 Momeik: ${ARMY}`]],
    ['The MNDAA has given Lashio back to the military, residents said on Friday.', [`Non-violent transfer of territory 2026-03-20 Lashio: ${ARMY}, Myanmar National Democratic Alliance Army`]],
    // Near misses: bodies given back; a state of things summed up ("has already given back").
    ['The junta gave back the bodies of the fighters on Monday.', []],
    ['The TNLA has already given back Mogok and Momeik.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('"took over the junta\'s hilltop camp": two words between the article and the place noun', () => {
  const cases: [string, string[]][] = [
    ['The CNA took over the junta\'s hilltop camp near Tedim on Friday.', [`Non-state actor overtakes territory 2026-03-20 Tedim: Chin National Army, ${ARMY}`]],
    ['The PDF took the regime\'s main base in Kani on Monday.', [`Non-state actor overtakes territory 2026-03-16 Kani: People's Defence Force, ${ARMY}`]],
    ['KIA troops took over the army\'s last outpost near Mansi on Thursday.', [`Non-state actor overtakes territory 2026-03-19 Mansi: Kachin Independence Army, ${ARMY}`]],
    // Near miss: people taken to a camp.
    ['Soldiers took the two boys to a camp near Kani on Monday.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body).filter((e) => !e.startsWith('Abduction') && !e.startsWith('Arrests')), want, body);
});

test('a campaign counted in months or years, and "its recapture", name no event of their own', () => {
  const cases: [string, string[]][] = [
    // The assault the sentence tells, not the eight-month campaign around it, is the event (and its date).
    ['The spokesman said the KIA\'s eight-month offensive on Bhamo had "failed completely" and that troops had repelled a KIA assault on the Bhamo University compound on March 16, killing "about 50" attackers.',
      [`Armed clash 2026-03-16 Bhamo: Kachin Independence Army, ${ARMY}`]],
    ['The KIA\'s months-long offensive on Bhamo has stalled, analysts said.', []],
    ['The junta\'s two-year offensive against the KNDF in Demoso has cost it hundreds of soldiers.', []],
    ['Its recapture is the regime\'s first gain this year.', []],
    // Near misses: a new offensive, an offensive of days, a recapture dated for itself.
    ['The KIA launched a new offensive on Bhamo on Monday.', [`Armed clash 2026-03-16 Bhamo: Kachin Independence Army, ${ARMY}`]],
    ['The three-day offensive on Kani ended on Sunday with heavy losses.', [`Armed clash 2026-03-15 Kani: ${ARMY}`]],
  ];
  for (const [body, want] of cases) assert.deepEqual(events(body), want, body);
});

test('what a report dated on a day tells had happened by that day: no later date borrowed from context', () => {
  const cases: [string, string][] = [
    ['Troops shelled Kani on Wednesday. The KIA announced on Monday that it had captured Mansi after a long siege.', '2026-03-16'],
    ['Jets bombed Kani on Thursday. State media reported on Tuesday that soldiers had arrested 12 men in Monywa.', '2026-03-17'],
    ['Fighting went on near Kani on Friday. The TNLA claimed on Monday that its fighters had overrun a junta camp near Kutkai.', '2026-03-16'],
    ['Jets bombed Kani on Thursday. The army said on Tuesday that PDF fighters had abducted two officials in Monywa.', '2026-03-17'],
    ['Shells fell on Kani on Friday. The AA said on Wednesday that it had taken the base near Ann.', '2026-03-18'],
  ];
  for (const [body, want] of cases) assert.equal(run(body).events[1]?.date, want, body);
  // Near miss: an earlier date before the report stays the event's (it happened by then).
  assert.equal(run('Troops shelled Kani on Monday. The KIA said on Thursday that its fighters had clashed with troops near Mansi.').events[1]?.date, '2026-03-16');
});

test('a township-wide report with one of its villages told in its time is that village\'s event', () => {
  const one = (body: string): string[] => events(body).filter((e) => e.startsWith('Air/drone') || e.startsWith('Shelling'));
  const cases: [string, number][] = [
    ['The spokesman insisted that an air strike in Myaung Township last week had hit terrorists. Residents said 18 people were killed in the March 12 bombing of Kyauk Yit village in Myaung Township.', 1],
    ['Jets bombed Phyu Township last week, the NUG said. A bomb fell on the market in Let Tet Gyi village in Phyu Township on March 12, killing four.', 1],
    ['Troops shelled Namhsan Township over the weekend. A shell hit the monastery in Man Loi village in Namhsan Township on Sunday, killing two novices.', 1],
    ['The regime carried out air strikes in Myaung Township earlier this month. Residents said the March 4 bombing of Kyauk Yit village in Myaung Township killed 18.', 1],
    ['Artillery struck Namhkam Township between Monday and Wednesday. A shell hit Man Sam village in Namhkam Township on Tuesday, wounding three.', 1],
    // Near miss: the village told weeks apart is another strike.
    ['A jet bombed Phyu Township on Tuesday. In January a bomb fell on the market in Let Tet Gyi village in Phyu Township, killing four.', 2],
  ];
  for (const [body, n] of cases) assert.equal(one(body).length, n, `${body}\n${one(body).join('\n')}`);
});

test('a fight counted in days that a dated capture ends runs up to that day', () => {
  const clash = (body: string): string[] => run(body).events.filter((e) => e.sub_event_type === 'Armed clash').map((e) => `${e.date}..${e.date_end}`);
  const cases: [string, string[]][] = [
    ['KNLA fighters took a junta camp near Myawaddy on Tuesday afternoon, ending a three-day assault on the ridge.', ['2026-03-15..2026-03-17']],
    ['The KIA captured the army base at Mansi on Thursday, capping a nine-day offensive against the town.', ['2026-03-11..2026-03-19']],
    ['PDF units overran the police station in Kani on Monday, ending their five-day assault.', ['2026-03-12..2026-03-16']],
    ['The AA seized the army outpost at Ann on Sunday, ending a four-day assault on the hill.', ['2026-03-12..2026-03-15']],
    ['Resistance fighters took the junta camp at Tigyaing on Wednesday, ending a 10-day assault.', ['2026-03-09..2026-03-18']],
    // Near miss: "after a three-day assault" is the capture's circumstance, no clash of its own.
    ['KNLA fighters took a junta camp near Myawaddy on Tuesday after a three-day assault.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(clash(body), want, body);
});

test('one drone "hit" a place as drones hit and a drone struck', () => {
  const strikes = (body: string): string[] => events(body).filter((e) => e.startsWith('Air/drone')).map((e) => e.split(':')[0]!);
  const cases: [string, string[]][] = [
    ['A junta drone hit a gold mining camp near Hpakant on Saturday, wounding four workers.', ['Air/drone strike 2026-03-14 Hpakant']],
    ['A military drone hit a market in Mansi on Saturday, wounding four people.', ['Air/drone strike 2026-03-14 Mansi']],
    ['A regime drone hit a monastery near Kani on Monday.', ['Air/drone strike 2026-03-16 Kani']],
    ['A drone attacked the police station in Monywa on Tuesday.', ['Air/drone strike 2026-03-17 Monywa']],
    ['One drone slammed into a house in Kalay on Wednesday, killing a child.', ['Air/drone strike 2026-03-18 Kalay']],
    // Near misses: "the drone" tells a strike again; "drone hit" as a noun.
    ['The drone hit the cattle section of the market, said a nurse in Kalay.', []],
    ['Soldiers said a drone hit on the base in Kani was repelled.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(strikes(body), want, body);
});
