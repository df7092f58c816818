// Table-driven checks of event rules added after round 12: passives of people seized and houses
// destroyed, handovers told as a pull-out under a brokered deal, relative-clause captures and
// dates, a widespread ", as" clause, arson that kills, participles after "since", joined victims.
// Hand-written sentences, run through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const mm = (body: string) => extractStory('10 December 2025', body);
const row = (e: ReturnType<typeof mm>['events'][number]): string => `${e.sub_event_type} | ${e.actors.map((a) => a.name).join(' / ')} | ${e.location?.name ?? '-'} | ${e.date}`;
const subs = (body: string): string[] => mm(body).events.map((e) => e.sub_event_type);
const MIL = 'Military Forces of Myanmar';

test('people as the subject of a passive "seized" are abducted, not a place captured', () => {
  const cases: [string, string, string[]][] = [
    ['workers seized', 'Earlier this week, about 20 workers at a rice mill in Hlaingbwe were seized by soldiers on their way home.', ['Abduction/forced disappearance']],
    ['dragging men from homes', 'Soldiers went from house to house in Hpa-an on Monday night, dragging at least nine young men from their homes.', ['Abduction/forced disappearance']],
    ['a town seized stays a capture', 'The town of Hpapun was seized by the Karen National Liberation Army on Monday.', ['Non-state actor overtakes territory']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(subs(body), expected, label);
});

test('arrests on an accusation stay arrests in a conscription story', () => {
  assert.deepEqual(subs('Police in Pyay arrested two ward clerks on Monday, accusing them of selling exemptions from the conscription list.'), ['Arrests']);
  assert.deepEqual(subs('Police in Pyay arrested two young men on Monday and sent them for military service.'), ['Abduction/forced disappearance']);
});

test('new trigger wordings: retake, battling, fired on a police post, houses were destroyed', () => {
  const cases: [string, string, string][] = [
    ['retake after an overrun', 'Resistance forces overran Kyondoe in March 2024, only for regime troops to retake it in June 2025.', `Government regains territory | ${MIL} | Kyondoe | 2025-06`],
    ['battling troops', 'Since Monday, fighters of the Karenni Nationalities Defence Force have been battling troops near Demoso.', 'Armed clash'],
    ['fired on a police post', 'In Kawthoung town, members of the local People\'s Defence Force fired on a police post on Sunday afternoon.', 'Armed clash'],
    ['houses were destroyed', 'On Monday smoke rose over Myaing, where more than 50 houses were destroyed, residents said.', 'Looting/property destruction'],
  ];
  for (const [label, body, expected] of cases) {
    const got = mm(body).events.map(row);
    assert.ok(got.some((g) => g === expected || g.startsWith(`${expected} |`)), `${label}: ${got.join(' ; ')}`);
  }
  // The capture before the retaking keeps its own date.
  assert.ok(mm('Resistance forces overran Kyondoe in March 2024, only for regime troops to retake it in June 2025.').events.some((e) => e.sub_event_type === 'Non-state actor overtakes territory' && e.date === '2024-03'));
});

test('a pull-out under a brokered deal is a handover; the capture in its relative clause keeps its date', () => {
  const body = 'On December 2, the PNLA pulled its fighters out of Hopong, a town that it had seized from the military in May 2024, and left it to the PNA under an arrangement brokered by monks.';
  const got = mm(body).events.map(row);
  assert.ok(got.some((g) => g.startsWith('Non-violent transfer of territory | Pa-O National Army') && g.endsWith('Hopong | 2025-12-02')), got.join(' ; '));
  assert.ok(got.some((g) => g.startsWith('Non-state actor overtakes territory') && g.endsWith('Hopong | 2024-05')), got.join(' ; '));
});

test('a widespread ", as" clause does not cancel the event before it', () => {
  assert.deepEqual(subs('Two poll workers were wounded when a bomb went off outside a polling station in Pyay on Sunday, as the regime held its election in dozens of townships.'), ['Remote explosive/landmine/IED']);
  assert.deepEqual(subs('Bombs went off in dozens of townships on Sunday.'), []);
});

test('a date in an appositive about who holds the place since then does not date the clash', () => {
  const got = mm('On Sunday, CNA troops and fighters of the Zomi Revolutionary Army (ZRA) exchanged fire for about an hour near Tonzang, the hill town the ZRA has held since the army left it in late 2024.').events.map(row);
  assert.ok(got.length > 0 && got.every((g) => g.endsWith('2025-12-07')), got.join(' ; '));
});

test('"…, the YDF claimed" is the source of the ambush, so the column is the other side', () => {
  const got = mm('Fighters from the Yaw Defence Force, together with a local PDF, ambushed the column near Gangaw on Sunday and killed four soldiers, the YDF claimed.').events.map(row);
  assert.ok(got.some((g) => g.startsWith('Armed clash') && g.includes(MIL)), got.join(' ; '));
});

test('arson that kills someone is an attack; "blamed soldiers" names the army', () => {
  const body = 'On Friday night, homes were set on fire in Myaing. At least 20 houses were burned and an old woman died in the flames, residents said. They blamed soldiers for the arson.';
  const got = mm(body).events.map(row);
  assert.deepEqual(got.map((g) => g.split(' | ')[0]), ['Attack'], got.join(' ; '));
  assert.ok(got[0]!.startsWith(`Attack | ${MIL}`), got.join(' ; '));
});

test('"since capturing the town from the military": the alliance before it took the town', () => {
  const body = 'A junta drone hit a clinic in Hakha on Monday, killing a nurse, according to the Chin Brotherhood, the alliance which has administered Falam since capturing the town from the military in April 2025.';
  const got = mm(body).events.map(row);
  assert.ok(got.some((g) => g.startsWith(`Non-state actor overtakes territory | Chin Brotherhood / ${MIL}`) && g.endsWith('2025-04')), got.join(' ; '));
});

test('a counted group joined to the first victim counts too', () => {
  const cases: [string, string, number][] = [
    ['a nurse and two patients', 'A junta drone bombed a clinic in Lumbang village on Monday, killing a nurse and two patients and wounding six other people.', 3],
    ['a teacher and three pupils', 'A junta jet bombed the school in Naung Kaing village on Sunday, killing a teacher and three pupils.', 4],
    ['one victim, wounded others', 'A junta jet bombed the school in Naung Kaing village on Sunday, killing a teacher and wounding three pupils.', 1],
  ];
  for (const [label, body, n] of cases) assert.equal(mm(body).events[0]?.fatalities, n, label);
});

test('"the day after the capture" dates from the story\'s capture', () => {
  const body = 'The Arakan Army captured Myebon on December 1.\n\nThe day after the capture, a junta jet bombed the town\'s market, killing two civilians.';
  const got = mm(body).events.map(row);
  assert.ok(got.some((g) => g.startsWith('Air/drone strike') && g.endsWith('2025-12-02')), got.join(' ; '));
});

test('more dead "bringing the toll to" an earlier attack are no new attack', () => {
  const body = 'At least nine civilians were killed when soldiers stormed Ye Hla village on Monday.\n\nOn Wednesday two old men were found dead in a burned house, bringing the confirmed toll to nine, rescuers said.';
  assert.deepEqual(subs(body), ['Attack']);
});

test('a detention followed by "their whereabouts are unknown" is one disappearance', () => {
  const body = 'Relatives said BGF soldiers detained four men from a village near Myawaddy on Saturday. Their whereabouts are unknown.';
  assert.deepEqual(subs(body), ['Abduction/forced disappearance']);
});

test('a government that "lodged a protest" held no protest', () => {
  assert.deepEqual(subs('Two shells landed near Mae Sot on Friday. The Thai army said it had lodged a protest with the Myanmar side.').filter((s) => s.includes('protest')), []);
  assert.deepEqual(subs('Hundreds of students held a protest in Mandalay on Friday against conscription.'), ['Peaceful protest']);
});

test('a strike on a site "sheltering" people is placed where the site is', () => {
  const got = mm('On November 9, a junta airstrike on a monastery sheltering displaced families in Myaing Township killed five people.').events.map(row);
  assert.ok(got.some((g) => g.includes('| Myaing |')), got.join(' ; '));
});

test('"briefly occupied … before withdrawing" is a raid, not a change of hands', () => {
  assert.deepEqual(subs('The attackers briefly occupied the army post at Kani on Monday before withdrawing.').filter((s) => s.includes('territory')), []);
  assert.deepEqual(subs('The attackers occupied the army post at Kani on Monday.').filter((s) => s.includes('territory')), ['Non-state actor overtakes territory']);
});

test('tear gas fired on a crowd the paragraph names is an intervention', () => {
  const body = 'In Mandalay, hundreds of drivers took to the streets on Thursday to protest against fuel prices. Police fired tear gas to disperse them.';
  assert.deepEqual(subs(body), ['Protest with intervention']);
});

test('"neutralising dozens of terrorists" counts twelve dead', () => {
  assert.equal(mm('The army said it had carried out drone strikes on militant positions in Sagaing on Monday, neutralising dozens of terrorists.').events[0]?.fatalities, 12);
});

test('a lead with no place joins the nearest report of its sub-type', () => {
  const body = 'Gunmen attacked an army post in the north on Tuesday, killing at least nine soldiers, sources said.\n\nThe assault on the post at Kani began before dawn on Tuesday, a local official said.\n\nOn Saturday, gunmen ambushed a convoy near Hpakant.';
  const got = mm(body).events.filter((e) => e.sub_event_type === 'Armed clash');
  assert.ok(got.every((e) => e.location), got.map(row).join(' ; '));
  assert.equal(got.find((e) => e.location?.name === 'Kani')?.fatalities, 9, got.map(row).join(' ; '));
});

test('"…, a KNDF officer told" reports the clash; the troops fought are the army', () => {
  const got = mm('Since Monday, fighters of the Karenni Nationalities Defence Force have been battling troops near Demoso, a KNDF officer told reporters.').events.map(row);
  assert.ok(got.some((g) => g.startsWith(`Armed clash | Karenni Nationalities Defence Force / ${MIL}`)), got.join(' ; '));
});

test('houses destroyed (passive) right after a strike are its damage, not a new event', () => {
  const body = 'Three villagers were killed when a junta aircraft bombed Kani village on Wednesday. About 20 houses were destroyed.';
  assert.deepEqual(subs(body), ['Air/drone strike']);
  assert.ok(subs('Soldiers raided Kani village on Wednesday. Later, about 20 houses were destroyed.').includes('Looting/property destruction'));
});

test('"briefly captured" stays a capture; only "briefly occupied" is a raid', () => {
  assert.deepEqual(subs('KNLA troops briefly captured the town of Bilin in April 2024.').filter((s) => s.includes('territory')), ['Non-state actor overtakes territory']);
});
