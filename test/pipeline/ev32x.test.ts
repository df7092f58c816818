// Wave 32 (extra events): a source's toll after a strike or clash, journalists as a statement's audience, the
// dead of a gunfight, weapons a passive seizure follows, tolls summed across places, the outlet's own frame.
// Hand-written sentences, the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const subs = (body: string): string[] => extractStory('12 March 2026', body).events.map((e) => e.sub_event_type);

test("a source's toll after a strike or a clash is that event's, no attack of its own", () => {
  const cases: [string, string[]][] = [
    ['Junta jets bombed the market in Hsipaw town on Monday. A nurse told reporters that three bodies had been brought in, while the TNLA said five civilians were killed.', ['Air/drone strike']],
    ['Regime aircraft bombed Kani village on Tuesday. A teacher told us that two pupils were hurt, while the PDF said four villagers had been killed.', ['Air/drone strike']],
    ['KNLA fighters attacked a military convoy near Myawaddy on Friday. A drivers\' welfare group in Myawaddy said two drivers were killed and four trucks burned.', ['Armed clash']],
    ['The KIA ambushed an army column near Bhamo on Sunday. A church group said three villagers were killed in the crossfire.', ['Armed clash']],
    ['Resistance fighters clashed with junta troops near Kalay on Monday. Relatives said two farmers had been killed.', ['Armed clash']],
  ];
  for (const [body, expected] of cases) assert.deepEqual(subs(body), expected, body);
});

test('a toll with no strike or clash told just before stays an attack', () => {
  const cases: [string, string[]][] = [
    ['Soldiers shot dead four villagers in Kani on Monday, residents said.', ['Attack']],
    ['Troops raided Ma Gyi Kan village in Ayadaw on Monday. Residents said six civilians were killed.', ['Attack']],
  ];
  for (const [body, expected] of cases) assert.ok(expected.every((s) => subs(body).includes(s)), body);
});

test('journalists a statement was sent or told to are its audience, not victims', () => {
  const lead = 'Resistance fighters attacked a junta outpost near Kalay on Tuesday night. ';
  const cases = [
    'The PDF claimed responsibility for the attack in a message to journalists, saying its fighters had killed "more than 20" soldiers.',
    'Its spokesman said in a statement sent to journalists that the group\'s fighters had killed "dozens" of soldiers and lost two of their own.',
    'A commander told journalists that the group had killed "at least 12" soldiers.',
    'The group briefed local journalists, saying its fighters had killed "several" soldiers.',
    'In a statement to the journalists, the group said it had killed "15" soldiers.',
  ];
  for (const body of cases) assert.deepEqual(subs(lead + body), ['Armed clash'], body);
  // Journalists who are the dead stay victims.
  assert.deepEqual(subs('Gunmen shot dead two journalists in Mandalay on Monday.'), ['Attack']);
  assert.deepEqual(subs('Soldiers killed three journalists near Hpakant on Sunday, the group said.'), ['Attack']);
});

test('the dead of a gunfight or an exchange of fire are the battle\'s toll', () => {
  const cases = [
    'Three suspected Maoists, among them a woman cadre, were killed in an exchange of fire with security personnel near Hpakant on Sunday.',
    'Two rebels and a woman were killed in a gunfight with police in Kalay on Sunday.',
    'Four men were killed in a firefight with troops near Bhamo on Saturday.',
    'Two gunmen and a boy were killed in a shootout with police in Mandalay on Friday.',
    'Five fighters, including a woman, were killed in a heavy exchange of fire with soldiers near Mindat on Monday.',
  ];
  for (const body of cases) assert.ok(!subs(body).includes('Attack'), body);
  assert.deepEqual(subs('Troops shot dead a woman near Kalay on Monday.'), ['Attack']);
});

test('a weapon a passive seizure follows is a seized item, no blast', () => {
  const cases = [
    'Police said three men had been arrested at a house in Einme town on Tuesday and that a pistol, two hand grenades and a motorcycle had been seized there.',
    'Two rifles and four hand grenades were confiscated from a car at a checkpoint in Hpakant on Sunday, state media said.',
    'Officers said five landmines and a detonator had been recovered from a hut in Kalay on Monday.',
    'Troops arrested two men in Mindat on Friday; three grenades were also seized.',
    'A cache of rifles, mines and rockets was found in a monastery in Kani on Monday, the army said.',
  ];
  for (const body of cases) assert.ok(!subs(body).some((s) => s === 'Grenade' || s === 'Remote explosive/landmine/IED' || s === 'Shelling/artillery/missile attack'), body);
  const blasts: [string, string][] = [
    ['A hand grenade was thrown into a tea shop in Mandalay on Monday, wounding three people, and the pin was later found nearby.', 'Grenade'],
    ['A landmine exploded under a truck near Kalay on Monday; its remains were found by villagers.', 'Remote explosive/landmine/IED'],
    ['A drone dropped a bomb on the market in Kani on Monday and unexploded shells were found later.', 'Air/drone strike'],
  ];
  for (const [body, sub] of blasts) assert.ok(subs(body).includes(sub), body);
});

test('a toll summed across several named or counted places is a recap', () => {
  const cases = [
    'At least nine people were killed on Sunday across Kyaukse and Myittha townships, four of them in an air strike on Tha Yet Pin.',
    'Fighting killed at least 14 civilians across Sagaing and Magway regions last week.',
    'Soldiers detained 30 people across Kalay, Tamu and Mawlaik townships on Tuesday, relatives said.',
    'Air strikes killed eleven people across three townships of Sagaing Region on Monday.',
    'Gunmen abducted at least 20 people from their homes across four districts on Friday.',
  ];
  for (const body of cases) assert.deepEqual(subs(body), [], body);
  const kept: [string, string][] = [
    ['Clashes erupted across Hpakant and Mohnyin townships on Wednesday.', 'Armed clash'],
    ['Troops burned about 150 houses across three villages in Gyobingauk Township on Tuesday.', 'Looting/property destruction'],
    ['Soldiers who fled across the border were detained in Tamu on Monday.', 'Arrests'],
  ];
  for (const [body, sub] of kept) assert.ok(subs(body).includes(sub), body);
});

test("the outlet's own frame of its coverage tells no event", () => {
  const cases = [
    'We are following events in Kalay, where fighting broke out at dawn.',
    "We're tracking the fighting around Bhamo, where the KIA attacked junta positions overnight.",
    'Our regional desk looks back on a week of fighting around Bhamo.',
    'Our correspondents are following the clashes in Hpakant through the day.',
    'We will be updating this page as news of the air strikes in Kawlin comes in.',
  ];
  for (const body of cases) assert.deepEqual(subs(body), [], body);
  // A side speaking in the first person tells its own acts.
  const kept: [string, string][] = [
    ['We captured the police station in Kani on Tuesday, the PDF commander said.', 'Non-state actor overtakes territory'],
    ['Our fighters overran the outpost near Kalay on Sunday, the spokesman said.', 'Non-state actor overtakes territory'],
    ['Our village was bombed by junta jets on Monday, a resident of Kani said.', 'Air/drone strike'],
  ];
  for (const [body, sub] of kept) assert.ok(subs(body).includes(sub), body);
});

test('a present passive with a frequency word tells a habit, no event', () => {
  const cases = [
    'Some residents in Kani say suspected informers are sometimes killed without any trial.',
    'In Kalay, young men are often detained at checkpoints and taken for military service.',
    'Farmers in Mindat are still occasionally shot at by soldiers at the bridge, residents said.',
    'Village heads in Monywa are usually arrested after an ambush nearby, a monk said.',
    'Traders on the Muse road are commonly abducted for ransom, drivers say.',
  ];
  for (const body of cases) assert.deepEqual(subs(body), [], body);
  assert.deepEqual(subs('Soldiers shot dead a villager in Kani on Monday.'), ['Attack']);
  assert.ok(subs('Two men are often seen at the market; soldiers arrested them in Kalay on Monday.').includes('Arrests'));
});
