// Wave-17 coverage probe (pr17e): plain wordings of common events that outlets use every day —
// a drone as the doer or the weapon, explosives detonated, plunder and arson in other verbs, a place
// left and the other side moving in, detainees killed, protesting crowds fired on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('Tuesday, 14 October 2025', body);
const subs = (body: string): string[] => run(body).events.map((e) => `${e.sub_event_type} @${e.location?.admin3 ?? e.location?.name}`);
const has = (body: string, want: string): boolean => subs(body).includes(want);

test('a drone as the doer of one strike, or as the weapon of an attack: an air/drone strike', () => {
  const cases: [string, string][] = [
    ['A junta drone hit a monastery in Ohn Ma village, Kani Township, on Sunday, wounding a novice.', 'Air/drone strike @Kani'],
    ['A military drone struck a rice mill near Pyawt village in Myinmu Township on Saturday, residents said.', 'Air/drone strike @Myinmu'],
    ['An army drone slammed into a house in Let Pan village, Gangaw Township, on Sunday night.', 'Air/drone strike @Gangaw'],
    ['Local defence fighters attacked the police station in Madaya town with kamikaze drones on Sunday.', 'Air/drone strike @Madaya'],
    ['The PDF said it targeted an army outpost near Kyar Tet village in Salingyi Township using armed drones on Saturday.', 'Air/drone strike @Salingyi'],
    ['Troops used drones to drop bombs on Kan Gyi Taw village in Shwebo Township on Sunday.', 'Air/drone strike @Shwebo'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
});

test('a drone told again, or hit by something else, is no new strike', () => {
  const misses = [
    'The drone hit the roof of the school in Kani Township, a teacher said on Sunday.',
    'A drone hit by air defence fire fell near Myinmu town on Sunday, officials said.',
    'Officials in Gangaw said they would attack the problem with drones that map farmland on Sunday.',
  ];
  for (const body of misses) assert.ok(!subs(body).some((s) => s.startsWith('Air/drone strike')), `${body} → ${subs(body)}`);
});

test('explosives detonated: a remote explosive, unless a battle is told with them', () => {
  const cases: [string, string][] = [
    ['The PDF detonated explosives on a junta convoy in Yinmabin Township on Friday, killing seven soldiers.', 'Remote explosive/landmine/IED @Yinmarbin'],
    ['Resistance fighters detonated a remote-controlled mine under a military truck near Ma Li village in Palaw Township on Sunday.', 'Remote explosive/landmine/IED @Palaw'],
    ['A bomb was detonated outside the ward office in Thaton town on Monday, injuring two staff, police said.', 'Remote explosive/landmine/IED @Thaton'],
    ['Fighters detonated two bombs on the road near Htein Pin village, Thaton Township, on Sunday as a column passed.', 'Remote explosive/landmine/IED @Thaton'],
    ['Guerrillas detonated landmines along the Bilin road in Bilin Township on Saturday, destroying a truck.', 'Remote explosive/landmine/IED @Bilin'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  // An ambush that goes on with small arms is the battle's.
  const ambush = 'The PDF detonated mines under a junta convoy near Ma Li village in Palaw Township on Sunday and then clashed with the troops for an hour.';
  assert.ok(!has(ambush, 'Remote explosive/landmine/IED @Palaw') && has(ambush, 'Armed clash @Palaw'), `${ambush} → ${subs(ambush)}`);
});

test('plunder and arson in other verbs: looting/property destruction', () => {
  const cases: [string, string][] = [
    ['Junta troops plundered shops in Hnin Son village, Ye Township, on Monday, residents said.', 'Looting/property destruction @Ye'],
    ['A military column raided Poke Par village in Pale Township on Sunday, ransacking homes, residents said.', 'Looting/property destruction @Pale'],
    ['Soldiers pillaged Son Tar village in Salingyi Township on Saturday, villagers said.', 'Looting/property destruction @Salingyi'],
    ['Troops stole livestock and rice from villagers in Kan Thit village, Khin-U Township, on Sunday.', 'Looting/property destruction @Khin-U'],
    ['On Sunday, the military set ablaze homes in Kan Thit village of Khin-U Township, residents said.', 'Looting/property destruction @Khin-U'],
    ['Soldiers set the houses on fire in He Zin village, Tamu Township, on Monday.', 'Looting/property destruction @Tamu'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
});

test('damage told with another event, or theft of no property, is no looting of its own', () => {
  const misses = [
    'The police post in Pale town had been set on fire, a resident said on Sunday.',
    'A thief stole the show at the Ye festival on Sunday, organisers said.',
    'The team stealing the headlines in Tamu on Monday was a football club.',
  ];
  for (const body of misses) assert.ok(!subs(body).some((s) => s.startsWith('Looting')), `${body} → ${subs(body)}`);
});

test('a place left and the other side moving in: a non-violent transfer', () => {
  const cases: [string, string][] = [
    ['TNLA troops pulled out of Kyaukme town on Thursday, leaving it to the military, the group said.', 'Non-violent transfer of territory @Kyaukme'],
    ['Junta troops abandoned their base in Momauk Township on Sunday and the KIA moved in without a fight.', 'Non-violent transfer of territory @Momauk'],
    ['Soldiers vacated the camp near Moe Naing village in Hlaingbwe Township on Saturday and the KNLA took it over.', 'Non-violent transfer of territory @Hlaingbwe'],
    ['The TNLA withdrew from Mongmit on Sunday and junta troops moved into the town hours later.', 'Non-violent transfer of territory @Mongmit'],
    ['After the army withdrew from Mansi town on Monday, KIA fighters took over the abandoned base.', 'Non-violent transfer of territory @Mansi'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  const misses = ['Junta troops moved into Kyaukme town on Thursday and fighting broke out with the TNLA.', 'The KIA took over the running of schools in Momauk Township on Sunday.'];
  for (const body of misses) assert.ok(!subs(body).some((s) => s.startsWith('Non-violent')), `${body} → ${subs(body)}`);
});

test('detainees killed or found dead: an attack on civilians, not an arrest', () => {
  const cases: [string, string][] = [
    ['Soldiers executed four men they had detained in Let Pan village, Pale Township, on Monday, a relative said.', 'Attack @Pale'],
    ['A man detained by junta troops in Wet Khe village, Ayadaw Township, was found dead on Thursday, his family said.', 'Attack @Ayadaw'],
    ['The bodies of two villagers arrested by soldiers were found in Ke Taung village, Kani Township, on Sunday.', 'Attack @Kani'],
    ['Regime troops killed three detainees in Gangaw town on Sunday, the local PDF said.', 'Attack @Gangaw'],
    ['Troops beheaded two villagers they had abducted from Tet Khaung village, Tabayin Township, on Saturday, residents said.', 'Attack @Tabayin'],
  ];
  for (const [body, want] of cases) {
    const got = subs(body);
    assert.ok(got.includes(want) && !got.some((s) => /^(?:Arrests|Abduction)/.test(s)), `${body} → ${got}`);
  }
  // A detention that is the sentence's own verb stays an arrest.
  for (const body of ['Two journalists were detained by police in Pyay on Saturday, their employer said.', 'Police detained 20 factory workers in Hlaingtharya Township on Monday.']) assert.ok(subs(body).some((s) => s.startsWith('Arrests')), `${body} → ${subs(body)}`);
});

test('soldiers firing on a protesting crowd: excessive force against protesters', () => {
  const body = 'Soldiers fired on protesting jade miners in Hpakant Township on Monday, killing two, residents said.';
  assert.ok(has(body, 'Excessive force against protesters @Hpakant'), `${body} → ${subs(body)}`);
});

test('fighters told only as "the resistance", in a story naming no group: the People\'s Defence Force', () => {
  const sides = (body: string): string[] => run(body).events.flatMap((e) => e.actors.map((a) => a.name));
  const cases = [
    'Tilin town in Magway Region fell to resistance forces on Sunday after the junta troops fled, residents said.',
    'Joint resistance forces attacked a junta base in Koke Ko village, Kale Township, before dawn on Sunday.',
    'Clashes between the military and local resistance fighters broke out in An Din village, Ye Township, on Sunday.',
    'Anti-junta fighters captured Kawlin town in Sagaing Region on Saturday, local media reported.',
    'Revolutionary forces overran an army outpost near Se Pin village in Pauk Township on Sunday.',
  ];
  for (const body of cases) assert.ok(sides(body).includes("People's Defence Force"), `${body} → ${sides(body)}`);
  // A group the story names is the side; a foreign story's resistance is not Myanmar's PDF.
  const kia = 'Resistance forces led by the KIA seized Mansi town on Sunday, the KIA said.';
  assert.ok(!sides(kia).includes("People's Defence Force"), `${kia} → ${sides(kia)}`);
  const abroad = 'Ukrainian resistance fighters clashed with Russian troops near Kherson, Ukraine, on Sunday.';
  assert.ok(!sides(abroad).includes("People's Defence Force"), `${abroad} → ${sides(abroad)}`);
});

test('people snatched, grabbed, hauled off, taken away or held hostage: an abduction', () => {
  const cases: [string, string][] = [
    ['Troops grabbed young men from a tea shop in Pakokku on Monday to fill conscription quotas, residents said.', 'Abduction/forced disappearance @Pakokku'],
    ['The junta snatched five youths from their homes in Hinthada on Saturday for military service, a rights group said.', 'Abduction/forced disappearance @Hinthada'],
    ['Police and soldiers hauled dozens of young men off the streets of Magway town on Sunday to be conscripted.', 'Abduction/forced disappearance @Magway'],
    ['Pyu Saw Htee members took away a village teacher from Oe Bo village in Myaing Township on Friday.', 'Abduction/forced disappearance @Myaing'],
    ['The Arakan Army held two traders hostage in Zin Taw village, Ann Township, on Friday, their families said.', 'Abduction/forced disappearance @Ann'],
    ['Gunmen seized a rice trader in Paungde Township on Monday and demanded a ransom, his family said.', 'Abduction/forced disappearance @Paungde'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  const misses = [
    'Police held five men for questioning in Pakokku on Monday and released them the same day.',
    'Soldiers took away their phones at a checkpoint in Hinthada on Saturday, travellers said.',
  ];
  for (const body of misses) assert.ok(!subs(body).some((s) => s.startsWith('Abduction')), `${body} → ${subs(body)}`);
});

test('armed men engaging, raiding, storming or repelling the other side\'s forces: a battle', () => {
  const cases: [string, string][] = [
    ['PDF fighters engaged a junta column near Depayin town on Sunday, the group said.', 'Armed clash @Tabayin'],
    ['KNLA troops raided a junta camp near Moe Naing village in Hlaingbwe Township on Saturday, killing four soldiers.', 'Armed clash @Hlaingbwe'],
    ['AA fighters stormed junta positions in Ponnagyun Township on Sunday, the group said.', 'Armed clash @Ponnagyun'],
    ['KNDF troops repelled a junta advance near Loi Paw village in Pekon Township on Saturday, killing five soldiers.', 'Armed clash @Pekon'],
    ['The KIA beat back an army patrol near Je Sum village in Mansi Township on Monday.', 'Armed clash @Mansi'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  const misses = [
    'Soldiers raided a cattle camp outside Oe Bo village in Myaing Township on Sunday and shot dead two herders.',
    'The gunmen stormed a displacement camp near Se Wa village, Budalin Township, on Monday.',
  ];
  for (const body of misses) assert.ok(!subs(body).some((s) => s.startsWith('Armed clash')), `${body} → ${subs(body)}`);
});

test('a place coming under a side\'s control in other words, or stormed until its defenders fled: taken', () => {
  const cases: [string, string][] = [
    ['The PDF gained control of Kawlin town on Saturday after the junta garrison surrendered, residents said.', 'Non-state actor overtakes territory @Kawlin'],
    ['Taungup town came under full AA control on Sunday, the group said.', 'Non-state actor overtakes territory @Toungup'],
    ['In Mansi town, the KIA drove out the last junta troops on Sunday, the group said.', 'Non-state actor overtakes territory @Mansi'],
    ['TNLA fighters stormed an army camp near Maw Mar village in Kyaukme Township on Sunday. Three soldiers were killed and the rest fled.', 'Non-state actor overtakes territory @Kyaukme'],
    ['KNLA troops stormed the hilltop outpost near Inn Gyi village, Kawkareik Township, on Saturday, and the soldiers inside surrendered by noon.', 'Non-state actor overtakes territory @Kawkareik'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  // A storming the defenders held is a battle.
  const held = 'TNLA fighters stormed an army camp near Maw Mar village in Kyaukme Township on Sunday. The soldiers held out until reinforcements came.';
  assert.ok(has(held, 'Armed clash @Kyaukme') && !subs(held).some((s) => s.startsWith('Non-state')), `${held} → ${subs(held)}`);
});

test('victims named by kin or age are civilians shot at', () => {
  const body = 'Soldiers opened fire on a farm hut in Nyaung Kan village, Khin-U Township, on Sunday, killing an elderly couple.';
  assert.ok(has(body, 'Attack @Khin-U'), `${body} → ${subs(body)}`);
});

test('a drone named by its side or nationality: an air/drone strike', () => {
  const cases: [string, string][] = [
    ['A Rapid Support Forces drone hit a mosque in El Fasher, Sudan, on Sunday, killing 12 worshippers.', 'Air/drone strike @El Fasher'],
    ['An RSF drone struck the main market in El Obeid, Sudan, on Saturday, medics said.', 'Air/drone strike @El Obeid'],
    ['A Ukrainian drone hit an oil depot in Belgorod, Russia, on Monday, the governor said.', 'Air/drone strike @Belgorod'],
    ['An AA drone struck a navy vessel off Sittwe on Sunday, the group said.', 'Air/drone strike @Sittwe'],
    ['A KIA drone hit a junta camp near Bhamo on Monday, the group said.', 'Air/drone strike @Bhamo'],
  ];
  for (const [body, want] of cases) assert.ok(has(body, want), `${body} → ${subs(body)}`);
  for (const body of ['The drone hit the market in El Obeid, Sudan, a trader said on Saturday.', 'El Obeid residents said on Saturday that one Drone hit parade was cancelled.']) assert.ok(!subs(body).some((s) => s.startsWith('Air/drone')), `${body} → ${subs(body)}`);
});
