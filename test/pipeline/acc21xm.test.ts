// Myanmar events, wave 11: who takes over a place another side leaves, aircraft leading a raid,
// detentions and blame. Hand-written sentences (invented places and wording).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const run = (body: string) => extractDoc(articleToDoc(`Test Bulletin\n19 March 2026\nHeadline\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const events = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} | ${e.date} | ${e.actors.map((a) => a.name).join(' / ')}`);
const first = (body: string, sub: string): string[] | undefined => run(body).events.find((e) => e.sub_event_type === sub)?.actors.map((a) => a.name);

test('the side told moving in takes over a place another side pulls out of', () => {
  const cases: [string, string][] = [
    ['entry told before, next paragraph', 'Junta troops drove into Demoso town on Tuesday and took over the hospital without a fight.\n\nKNDF units pulled out of the town overnight under a deal brokered by church elders, residents said.'],
    ['entry told before, same paragraph', 'Junta soldiers moved into Demoso town on Tuesday. KNDF units withdrew from Demoso town overnight under a deal brokered by local elders.'],
    ['entry told after', 'KNDF units pulled out of Demoso town on Tuesday under an arrangement brokered by church leaders.\n\nJunta troops entered the town a few hours later, residents said.'],
  ];
  for (const [label, body] of cases) assert.equal(first(body, 'Non-violent transfer of territory')?.[0], 'Military Forces of Myanmar', label);
});

test('a withdrawal with no side moving in nearby keeps the sides as found', () => {
  const body = 'KNDF units pulled out of Demoso town on Tuesday under an arrangement brokered by church leaders.\n\nResidents said the market reopened on Wednesday.';
  assert.notEqual(first(body, 'Non-violent transfer of territory')?.[0], 'Military Forces of Myanmar');
});

test('aircraft named first in a raid make it an air attack', () => {
  const cases: [string, string][] = [
    ['gunships and troops', 'In September 2022, helicopter gunships and troops attacked a school in Let Yet Kone village in Depayin Township, killing at least 11 children.'],
    ['jets alone', 'Two jets attacked a monastery in Let Yet Kone village in Depayin Township on Monday, killing four novices.'],
  ];
  for (const [label, body] of cases) assert.equal(events(body)[0]?.split(' | ')[0], 'Air/drone strike', label);
});

test('a vehicle packed with explosives is a remote bomb', () => {
  const cases: [string, string][] = [
    ['car packed', 'A car packed with explosives blew up outside the market in Myawaddy town on Wednesday night, killing two people.'],
    ['motorcycle rigged', 'A motorcycle rigged with a bomb exploded near the bus station in Myawaddy town on Wednesday, wounding four people.'],
  ];
  for (const [label, body] of cases) assert.equal(events(body)[0]?.split(' | ')[0], 'Remote explosive/landmine/IED', label);
});

test('a no-claim cue opening the next paragraph makes the bomber unidentified, the target stays', () => {
  const body = 'A car packed with explosives blew up outside an office of the Karen National Army (KNA) in Myawaddy town on Wednesday night, killing two people.\n\n'
    + 'No group has claimed responsibility. State television reported that "KNLA terrorists" had planted the bomb.';
  const actors = first(body, 'Remote explosive/landmine/IED') ?? [];
  assert.equal(actors[0], 'Unidentified Armed Group (Myanmar)');
  assert.ok(actors.includes('Karen National Army'), actors.join(' / '));
});

test('"The blast …" right after a bombing is the same blast, not a new one', () => {
  const body = 'A bomb exploded outside the market in Myawaddy town late on Tuesday night, killing two people.\n\n'
    + 'A medic said a third man died in hospital on Thursday morning. The blast shattered windows along the road to the bridge and could be heard in Mae Sot, residents on the Thai side said.';
  assert.equal(events(body).length, 1, events(body).join('\n'));
});

test('a since-period in an aside about the place does not make the sentence a running tally', () => {
  const body = 'In Bhamo, where the KIA and the regime have been fighting since November 2024, soldiers and police detained at least 23 people in Shwe Kyina ward on January 24, relatives said.';
  assert.ok(events(body).some((e) => e.startsWith('Arrests | 2026-01-24')), events(body).join('\n'));
});

test('fighting told as repeated, or strikes kept up for months, are no single event', () => {
  const cases: [string, string][] = [
    ['repeated fighting', 'Hpakant has seen repeated fighting in recent weeks, residents said.'],
    ['shelling for months', 'Hpakant town is held by regime troops, who have been shelling the surrounding villages for months.'],
  ];
  for (const [label, body] of cases) assert.deepEqual(events(body), [], label);
});

test('"mid-2024" dates an event to its year', () => {
  const body = 'The KIA began attacking regime positions along the road near Hpakant town in mid-2024.';
  assert.equal(events(body)[0]?.split(' | ')[1], '2024');
});

test('fighters who hit or raid a column, convoy or patrol fight it', () => {
  const cases: [string, string][] = [
    ['hit a column', 'Resistance fighters hit a junta column near Nat Gyi village in Kani Township on Sunday morning.'],
    ['raided a convoy', 'PDF fighters raided a military supply convoy near Nat Gyi village in Kani Township on Sunday.'],
  ];
  for (const [label, body] of cases) assert.equal(events(body)[0]?.split(' | ')[0], 'Armed clash', label);
});

test('a member group the text names as an alliance member joins the alliance\'s battles', () => {
  const body = 'Forces of the Chin Brotherhood (CB) took over a hilltop camp at Laitui village in Tedim Township on Tuesday after two days of fighting with the Chin National Army (CNA).\n\n'
    + 'The fighting began on Sunday when troops of the Chin National Defence Force (CNDF), a CB member, moved toward the camp.';
  const actors = first(body, 'Non-state actor overtakes territory') ?? [];
  assert.ok(actors.includes('Chin National Defence Force'), actors.join(' / '));
});

test('a town named for a border is not where the event happened', () => {
  const body = 'KNDF fighters took over a hilltop camp at Laitui village in Tedim Township, close to the Falam border, on Tuesday morning after two days of fighting with junta troops.';
  const places = run(body).events.filter((e) => e.sub_event_type === 'Non-state actor overtakes territory').map((e) => e.location?.name);
  assert.deepEqual(places, ['Laitui']);
});

test('the group detainees are charged with helping is no party to the detention', () => {
  const cases: [string, string][] = [
    ['accused of', 'Police and soldiers at a checkpoint near Loikaw detained six young men on Tuesday and accused them of carrying messages for the KNDF, relatives said.'],
    ['on suspicion of links', 'Police in Loikaw arrested five men on Tuesday on suspicion of links with the KNDF.'],
    ['an aside about the place', 'In Loikaw, where the KNDF and the junta have fought for months, soldiers and police detained six young men on Tuesday.'],
  ];
  for (const [label, body] of cases) {
    const actors = run(body).events.find((e) => e.sub_event_type === 'Arrests')?.actors.map((a) => a.name) ?? [];
    assert.ok(actors.length && !actors.includes('Karenni Nationalities Defence Force'), `${label}: ${actors.join(' / ')}`);
  }
});

test('what a place was used to do is a past practice, not an attack', () => {
  const body = 'The AA said the hill outpost near Sittwe had been used to fire artillery into villages in Ponnagyun Township.';
  assert.deepEqual(events(body).filter((e) => e.startsWith('Shelling')), []);
});
