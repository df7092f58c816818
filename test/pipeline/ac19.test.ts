// Wave 19, actors and claimed events: battles told as a side's own account ("its members shot dead
// two soldiers", "repelled a junta attack", "was attacked by the AA"), the doer named in a passive
// after the event ("The attack was carried out by …"), a people's forces ("Karenni forces"), gunmen
// at home, a count of the doers before the verb ("a column of about 80 soldiers burned homes").
// Our own sentences, through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

type Who = { name: string; aliases?: string[] };
type Ev = { sub_event_type: string; actors: Who[] };
const events = (body: string): Ev[] => extractStory('14 October 2025', body).events as Ev[];
const subs = (body: string): string[] => events(body).map((e) => e.sub_event_type);
const names = (body: string): string[] => events(body).flatMap((e) => e.actors.map((a) => a.name.toLowerCase()));
const show = (body: string): string => JSON.stringify(events(body).map((e) => [e.sub_event_type, e.actors.map((a) => a.name)]));

// A side's own account of killing armed men, or of beating off an attack, is a battle.
const CLAIMED: [string, string][] = [
  ['The Ta\'ang National Liberation Army said its members shot dead two soldiers near Namhsan town on Monday.', "ta'ang national liberation army"],
  ['The military claimed its troops killed 20 AA fighters in Kyauktaw Township on Sunday.', 'arakan army'],
  ['State media said security forces gunned down four PDF members in Myaing Township on Friday.', 'military forces of myanmar'],
  ['The Mandalay PDF said its troops repelled a junta attack on Singu Township on Thursday.', 'military forces of myanmar'],
  ['The KNLA said it beat back a junta assault in Hpapun Township on Tuesday.', 'karen national liberation army'],
  ['A navy vessel was attacked by the AA near Kyaukphyu on Saturday, the military said.', 'arakan army'],
  ['A junta outpost near Mohnyin was stormed by KIA fighters on Wednesday, the group said.', 'kachin independence army'],
];
for (const [body, who] of CLAIMED) test(`a side's account is a battle: "${body}"`, () => {
  assert.ok(subs(body).includes('Armed clash'), show(body));
  assert.ok(names(body).includes(who), show(body));
});
// Near misses: a restated toll of a battle told before, the attack named back, civilians killed, an unarmed target.
const NOT_CLAIMED: string[] = [
  'The KIA said its members had killed 30 soldiers.',
  'The army said its troops repelled the attack.',
  'A junta jet killed two PDF members in Myaing Township on Friday.',
  'The PDF denied that its members shot dead two soldiers.',
  'A village in Pale Township was attacked by unknown men on Monday.',
];
for (const body of NOT_CLAIMED) test(`no battle of its own: "${body}"`, () => assert.ok(!subs(body).includes('Armed clash'), show(body)));

// "The attack was carried out by X": X is the doer of the attack told just before.
const DONE_BY: [string, string][] = [
  ['A police outpost in Waingmaw Township was hit by rockets on Friday. The attack was carried out by the Kachin Independence Army, the junta said.', 'kachin independence army'],
  ['A bomb exploded at a junta checkpoint in Hpakant on Sunday, wounding three soldiers. The bombing was claimed by the KIA.', 'kachin independence army'],
  ['Rockets hit an army camp in Kyaukme Township on Monday. The strike was launched by the TNLA, residents said.', "ta'ang national liberation army"],
];
for (const [body, who] of DONE_BY) test(`the doer in the passive after: "${body}"`, () => assert.ok(names(body).includes(who), show(body)));
test('no doer when the next sentence is about something else', () => {
  const body = 'A police outpost in Waingmaw Township was hit by rockets on Friday. The report was written by the KIA\'s office.';
  assert.ok(!names(body).includes('kachin independence army'), show(body));
});

// A people's forces: the story's group of that people, else "<People> forces"; gunmen at home, unidentified.
const SIDES: [string, string][] = [
  ['Karenni forces attacked a junta outpost in Demoso Township on Monday. The KNDF has fought there for months.', 'karenni nationalities defence force'],
  ['Karenni forces seized a military camp in Mese Township on Saturday, a spokesman said.', 'karenni forces'],
  ['Kachin resistance fighters clashed with regime troops near Waingmaw on Tuesday.', 'kachin forces'],
  ['Gunmen ambushed a military truck near Myingyan on Thursday, killing two soldiers.', 'unidentified armed group (myanmar)'],
  ['Armed men attacked a junta outpost in Kani Township on Friday, residents said.', 'unidentified armed group (myanmar)'],
  ['A local defence force attacked a police station in Taze Township on Monday.', 'local defence force'],
];
for (const [body, who] of SIDES) test(`the side described: "${body}"`, () => assert.ok(names(body).includes(who), show(body)));
// Near misses: a people named as victims or speakers, not fighters; gunmen in a story that names its group.
const NOT_SIDES: [string, string][] = [
  ['Junta troops clashed with the KIA near Waingmaw on Tuesday, Kachin residents said.', 'kachin forces'],
  ['Gunmen of the PDF ambushed a military truck near Myingyan on Thursday, the PDF said.', 'unidentified armed group (myanmar)'],
];
for (const [body, who] of NOT_SIDES) test(`no such side: "${body}"`, () => assert.ok(!names(body).includes(who), show(body)));

// A count of the doers before the verb is no tally ("about 80 soldiers burned homes").
const COUNTED: string[] = [
  'A military column of about 80 soldiers burned homes in Kani Township on Friday, villagers said.',
  'About 80 soldiers burned houses in Yinmabin Township on Sunday.',
  'Some 200 junta troops torched homes in Pale Township on Wednesday, residents said.',
  'A column of 50 soldiers set fire to shops in Salin Township on Monday.',
  'Around 60 regime soldiers looted homes in Pauk Township on Tuesday.',
];
for (const body of COUNTED) test(`counted doers still act: "${body}"`, () => assert.ok(subs(body).includes('Looting/property destruction'), show(body)));
test('a count of strikes is still a tally', () => assert.ok(!subs('The military carried out more than 40 air strikes in Sagaing Region in January.').includes('Air/drone strike')));

// A clash at a police post: the police are the state's side, not the army beside them.
const POLICE_POSTS: string[] = [
  'Militants attacked a police station in Bannu, Pakistan, on Monday, killing three policemen, officials said.',
  'A police station in Bannu district, Pakistan, was attacked by militants on Monday, killing two policemen.',
  'Gunmen stormed a police post in Zamfara State, Nigeria, on Wednesday, killing two police officers.',
  'Insurgents raided a police checkpoint in Manipur, India, on Friday, police said.',
  'Militants opened fire on a police station in Lakki Marwat, Pakistan, on Sunday, wounding a constable, police said.',
];
for (const body of POLICE_POSTS) test(`the police hold the post: "${body}"`, () => {
  const clash = events(body).find((e) => e.sub_event_type === 'Armed clash');
  assert.ok(clash && clash.actors.some((a) => a.name.startsWith('Police Forces')) && !clash.actors.some((a) => a.name.startsWith('Military Forces')), show(body));
});
// Near miss: soldiers named in the fight stay.
test('soldiers at the police post stay', () => {
  const body = 'Militants attacked a police station and an army post in Bannu, Pakistan, on Monday, killing three soldiers and a policeman.';
  assert.ok(names(body).some((n) => n.startsWith('military forces')), show(body));
});
