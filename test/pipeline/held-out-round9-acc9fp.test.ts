// Table-driven checks of the precision rules added after scoring round 9 (eight unseen articles in
// the styles of junta state media, RFA, Myanmar Now, The Irrawaddy, DVB, Mizzima, and Cameroonian
// and Nigerian outlets): summaries, tallies, history and denied reports told as events, weapons
// or names handed over read as places. Hand-written sentences on the tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { controlStage } from '../../src/pipeline/control/index.js';
import { electionsStage } from '../../src/pipeline/elections/index.js';
import { eventsStage } from '../../src/pipeline/events/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';
import { extractStory } from '../support/extract-story.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
function run(body: string): Layers {
  const doc = articleToDoc(head + body, { path: 'test' }, 'test', false);
  return buildPipeline<Layers>([...EARLY, eventsStage, controlStage]).run(doc, tinyPack);
}
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'} ${e.date}`);
const table = (cases: [string, string, string[]][]): void => {
  for (const [label, body, expected] of cases) assert.deepEqual(events(body), expected, label);
};

test('a count over a period that began "at the start of" a month or "the beginning of the month" is a tally', () => table([
  ['start of a month', 'The NLF said on Monday that the army had carried out at least 12 air and drone strikes in North Province since the start of December.', []],
  ['beginning of the month', 'Soldiers in Rivertown and Hillview have arrested more than 40 young men since the beginning of the month, residents said.', []],
  ['one strike, dated, stays', 'Army jets bombed Hillview on Monday, the first strike on the town since the start of December.', ['Air/drone strike Hillview 2025-12-29']],
]));

test('"It has killed more than 3,000 people": a running toll in thousands told in the perfect is no event', () => table([
  ['the war, as "It"', 'The rebellion in North Province began a decade ago. It has killed more than 3,000 people, according to a monitoring group.', []],
  ['thousands in words', 'The NLF insurgency has dragged on for years. It has killed thousands of civilians and displaced many more.', []],
  ['a dated massacre with a small toll stays', 'Soldiers have killed 14 villagers in Hillview on Monday, residents said.', ['Attack Hillview 2025-12-29']],
]));

test('how a war began ("began in 2019 after protests") is history, not an event', () => table([
  ['protests at the origin', 'The conflict in North Province began in 2019 after soldiers broke up protests by farmers.', []],
  ['an attack at the origin', 'The insurgency erupted in March 2020 when NLF fighters attacked an army post.', []],
  ['fighting that began this week stays', 'Fighting began in Hillview on Monday after NLF fighters attacked an army post.', ['Armed clash Hillview 2025-12-29']],
]));

test('"have fought … in recent years": the length of a war, even when the period ends the sentence after another clause', () => table([
  ['period after ", and the army,"', 'Hillview is a district where the NLF and the PDU have fought each other, and the army, for control of roads in recent years.', []],
  ['over the past few years', 'The NLF has fought the army in Rivertown over the past few years.', []],
  ['a dated clash stays', 'The NLF has fought the army in Hillview since Monday, and the town is now contested.', ['Armed clash Hillview 2025-12-29']],
]));

test('an allegation the sentence calls fake news or rumour is not an event', () => table([
  ['fake news that …, but did not', 'NLF supporters spread fake news online that the army had shelled Hillview, but troops did not fire on the town that day, the army said.', []],
  ['dismissed as false reports', 'The army dismissed as false reports that its soldiers had burned houses in Rivertown.', []],
  ['a report told plainly stays', 'Residents reported that the army had shelled Hillview on Monday.', ['Shelling/artillery/missile attack Hillview 2025-12-29']],
]));

test('one rifle or pistol seized is no place captured (and no control fact)', () => table([
  ['one homemade rifle', 'Soldiers raided a house in Hillview on Monday and arrested two NLF members. The column seized one homemade rifle, 12 bullets and a radio from the house.', ['Arrests Hillview 2025-12-29']],
  ['a pistol', 'Police in Rivertown seized a pistol from the house on Monday.', []],
  ['a town seized stays', 'NLF fighters seized Hillview on Monday.', ['Non-state actor overtakes territory Hillview 2025-12-29']],
]));

test('handing over names, people or arms is no handover of a place (and no control fact)', () => table([
  ['names', 'The ward administrator of Rivertown told the Daily that he had been ordered to hand over twelve names every month.', []],
  ['suspects to police', 'Villagers in Hillview handed over two suspects to the police on Monday.', []],
  ['a town handed over stays', 'The NLF handed over Hillview to the army on Monday under a deal brokered by Sylvania.', ['Non-violent transfer of territory Hillview 2025-12-29']],
]));

const elections = (body: string): string[] => buildPipeline<Layers>([...EARLY, electionsStage]).run(articleToDoc(head + body, { path: 'test' }, 'test', false), tinyPack)
  .elections.map((e) => `${e.place.name} ${e.included} vt=${e.excluded_village_tracts} w=${e.excluded_wards}`);

test('elections: no facts in a story with no word of elections', () => {
  const cases: [string, string, string[]][] = [
    ['a ward official and names, no election', 'The administrator of a ward in Hillview said he had been ordered to name ten young men for the army every month.', []],
    ['a story about the vote still counts', 'The commission said polling will not take place in three wards of Rivertown.', ['Rivertown true vt=null w=3']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(elections(body), expected, label);
});

test('elections: "Ward 3 of X" is an address, not three wards', () => {
  const cases: [string, string, string[]][] = [
    ['an address in a story that mentions the election in passing', 'Soldiers raided a house in Ward 3 of Rivertown on Monday.\n\nThe two sides discussed the coming general election.', []],
    ['counted wards still count', 'The commission said polling will not take place in three wards of Rivertown.', ['Rivertown true vt=null w=3']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(elections(body), expected, label);
});

test('the other side\'s version of a battle told before, naming no place of its own, is that battle (its lower toll kept)', () => {
  const first = 'NLF fighters ambushed an army convoy near Hillview on Monday, killing 20 soldiers, the NLF said.\n\n';
  const withToll = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'} ${e.date} f=${e.fatalities}`);
  const cases: [string, string, string[]][] = [
    ['state radio\'s account', `${first}State radio in North Province reported on Wednesday that "terrorists" had attacked a security column with mines, killing two soldiers.`,
      ['Armed clash Hillview 2025-12-29 f=2']],
    ['an event with a place of its own stays', `${first}Residents said a drone struck a school in Lakeside on Tuesday.`,
      ['Armed clash Hillview 2025-12-29 f=20', 'Air/drone strike Lakeside 2025-12-30 f=null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(withToll(body), expected, label);
});

test('an offensive whose start is told only as troops moving is no battle', () => table([
  ['advanced from', 'The army\'s new offensive began in early December, when some 500 troops advanced from Rivertown along the main road.', []],
  ['moving, then fighting, stays', 'The army\'s offensive began on Monday, when troops advanced on Hillview and clashed with the NLF.', ['Armed clash Hillview 2025-12-29']],
]));

test('"where fighting has been heaviest": a region described, not a battle', () => table([
  ['no determiner', 'North Province, where fighting has been heaviest, will vote in the second phase, the commission said.', []],
  ['most intense', 'The fighting in Hillview has been most intense in the villages, residents said.', []],
  ['a battle told for itself stays', 'Heavy fighting broke out in Hillview on Monday, residents said.', ['Armed clash Hillview 2025-12-29']],
]));

test('an account of a strike told before the strike itself, naming no place of its own, is that strike', () => {
  const mm = (body: string): string[] => extractStory('24 November 2025', body)
    .events.map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'} ${e.date}`);
  const strike = 'A military jet bombed Nam Mar village in Indaw Township on Sunday evening, killing three farmers.';
  const cases: [string, string, string[]][] = [
    ['account first', `The Myanmar Herald, quoting villagers, reported that military aircraft had bombed the hills near the camp that evening.\n\n${strike}`,
      ['Air/drone strike Nam Mar 2025-11-23']],
    ['two strikes with places stay', `A military jet bombed Indaw on Saturday, residents said.\n\n${strike}`,
      ['Air/drone strike Indaw 2025-11-22', 'Air/drone strike Nam Mar 2025-11-23']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mm(body), expected, label);
});

test('"fought a three-week war": a war summed up, not one battle', () => table([
  ['a short war', 'The NLF and the army fought a three-week war in Hillview in March that killed at least 60 people.', []],
  ['a bloody war', 'The two sides fought a bloody border war in 2019.', []],
  ['a battle fought stays', 'The NLF fought the army in Hillview on Monday, residents said.', ['Armed clash Hillview 2025-12-29']],
]));

test('fighting that spread "to at least five areas" is no one event', () => table([
  ['spread to areas', 'The clashes spread on Tuesday to at least five areas of North Province, the army said.', []],
  ['spread to several villages', 'Fighting spread on Tuesday to several villages around Hillview.', []],
  ['one place stays', 'The clashes spread on Tuesday to Hillview, the army said.', ['Armed clash Hillview 2025-12-30']],
]));

test('police detaining people right after a protest are its intervention, not a second event', () => {
  const mm = (body: string): string[] => extractStory('24 November 2025', body)
    .events.map((e) => `${e.sub_event_type} ${e.location?.name ?? '-'} ${e.date} ${e.actors.map((a) => a.name).join('/')}`);
  const protest = 'Hundreds of farmers blocked the main road in Monywa on Monday to protest against a new tax.';
  const cases: [string, string, string[]][] = [
    ['police named', `${protest} Police fired tear gas to clear the road and detained six people, witnesses said.`,
      ['Protest with intervention Monywa 2025-11-24 Protesters (Myanmar)/Civilians (Myanmar)/Police Forces of Myanmar']],
    ['an arrest with a place of its own stays apart', `${protest} Police detained six people in Sagaing on Monday, witnesses said.`,
      ['Peaceful protest Monywa 2025-11-24 Protesters (Myanmar)/Civilians (Myanmar)', 'Arrests Sagaing 2025-11-24 Police Forces of Myanmar']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(mm(body), expected, label);
});

test('"soldiers had died in the attack": the toll of an attack told before, not a new clash', () => table([
  ['the army\'s communiqué', 'NLF fighters overran an army camp at Hillview on Sunday after hours of fighting, residents said.\n\nIn a statement on Monday, the army said 20 soldiers had died in the attack and that troops had pulled back to Rivertown.',
    ['Non-state actor overtakes territory Hillview 2025-12-28']],
  ['an attack with a place of its own stays', 'Two soldiers died in the attack on an army post in Rivertown on Monday, residents said.', ['Armed clash Rivertown 2025-12-29']],
]));

test('"six soldiers had been captured": people taken prisoner, not a place (and no control fact)', () => table([
  ['passive, people', 'NLF fighters overran an army post near Hillview on Monday. A spokesman said six soldiers had been captured, but would not give the group\'s losses.',
    ['Non-state actor overtakes territory Hillview 2025-12-29']],
  ['a town captured by fighters stays', 'NLF fighters captured Rivertown on Monday, residents said.', ['Non-state actor overtakes territory Rivertown 2025-12-29']],
]));

test('victims named again are no new attack', () => {
  const first = 'Gunmen fired on a bus near Hillview on Monday, killing four passengers, residents said.\n\n';
  table([
    // (The first sentence is the attack itself: "fired on a bus …, killing four passengers".)
    ['among those killed', `${first}A farmer whose son was among those killed said the family buried him on Tuesday.`, ['Attack Hillview 2025-12-29']],
    ['the bodies of the dead', `${first}Residents said the bodies of the dead were taken to Rivertown on Tuesday.`, ['Attack Hillview 2025-12-29']],
  ]);
});

test('mines found are no blast', () => table([
  ['mines found', 'Gunmen fired on a bus near Hillview on Monday, killing four passengers, residents said.\n\nPolice later found three homemade mines planted beside the road.', ['Attack Hillview 2025-12-29', 'Disrupted weapons use Hillview 2025-12-29']],
  ['a mine that went off stays', 'A mine planted beside the road exploded under a bus near Hillview on Monday, killing four passengers.', ['Remote explosive/landmine/IED Hillview 2025-12-29']],
]));

test('buildings occupied are no place taken (and no control fact)', () => table([
  ['hospital and monastery', 'A teacher said army soldiers had occupied the hospital and the main monastery in Hillview on Monday.', []],
  ['a town occupied stays', 'NLF fighters occupied Hillview on Monday, residents said.', ['Non-state actor overtakes territory Hillview 2025-12-29']],
]));
