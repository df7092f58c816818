// Wave 30, claims and quotes: a person's words that give a toll with the deed's participle, an
// organisation's added or coordinated second claim, a group noun ending a sentence that names the
// organisation it opens on, the medium a source "told", and a spokesperson for a body.
// Our own sentences, through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

type Who = { name: string; aliases?: string[] } | null | undefined;
type Claim = { text: string; claimant: Who; hedged: boolean };
type Quote = { text: string; speaker: Who };
const run = (body: string) => extractStory('3 April 2026', body);
const claims = (body: string): Claim[] => run(body).claims as Claim[];
const quotes = (body: string): Quote[] => run(body).quotes as Quote[];
const names = (w: Who): string[] => (w ? [w.name, ...(w.aliases ?? [])].map((n) => n.toLowerCase()) : []);

// A person's words giving a toll by ", killing …" are a quote and a claim: [sentence, the person].
const KILLING: [string, string][] = [
  ['Drones struck the market town before dawn, killing six people and wounding 11, district official Maung Thura said on Friday.', 'Maung Thura'],
  ['A mortar shell hit a school in the village, killing two children, headmaster Daw Khin Nu told reporters.', 'Khin Nu'],
  ['Ko Aung Min, a rescue worker, said a jet bombed the clinic on Tuesday, killing at least four patients.', 'Aung Min'],
  ['The governor of the province, Pedro Salinas, said gunmen opened fire on a bus, killing 12 passengers.', 'Pedro Salinas'],
  ['An airstrike hit the camp on Sunday, killing three displaced people, said U Tin Oo, a camp leader.', 'Tin Oo'],
  ['Regional governor Olena Marchenko wrote on Telegram that a missile struck a depot, killing five workers.', 'Olena Marchenko'],
  ['Ko Zaw Lin said a drone hit a truck on the highway, killing the driver.', 'Zaw Lin'],
];
for (const [body, who] of KILLING) {
  test(`a person's ", killing …" toll is a claim: "${body}"`, () => {
    const c = claims(body);
    assert.equal(c.length, 1);
    assert.ok(names(c[0]!.claimant).some((n) => n.includes(who.toLowerCase())));
  });
}
// Near misses: no death told, or no one killed.
for (const body of [
  'Daw Su Su said the attack on the ward injured 14 people.',
  'Ko Min Naing said the column shelled the village for two hours, killing nobody but destroying 20 homes.',
  'U Hla Maung said the shelling went on all night, killing time for nobody.',
]) {
  test(`no toll by the participle: "${body}"`, () => {
    assert.equal(claims(body).length, 0);
  });
}

// An organisation's ", adding that …" or "and claimed …" is a second claim: [sentence, first words, second words, second hedged].
const SECOND: [string, string, string, boolean][] = [
  ['The Arakan Army said it had captured the police outpost at Kyauktaw, adding that 14 soldiers had surrendered.', 'captured the police outpost', '14 soldiers had surrendered', false],
  ['The KNU said its troops had repelled the column, adding that the village had been cleared of mines.', 'repelled the column', 'cleared of mines', false],
  ['The TNLA said in a statement that it had withdrawn from the town, adding it would keep its other positions.', 'withdrawn from the town', 'keep its other positions', false],
  ['State television reported that the air force had struck a rebel camp near the river and claimed around 40 fighters were killed.', 'struck a rebel camp', '40 fighters were killed', true],
  ['The junta-run newspaper said troops had cleared the hills and claimed 25 insurgents died.', 'cleared the hills', '25 insurgents died', true],
];
for (const [body, first, second, hedged] of SECOND) {
  test(`a second claim of the same source: "${body}"`, () => {
    const c = claims(body);
    const a = c.find((x) => x.text.includes(first));
    const b = c.find((x) => x.text.includes(second));
    assert.ok(a && b && a !== b, JSON.stringify(c));
    assert.ok(!a.text.includes(second));
    assert.equal(b.hedged, hedged);
  });
}
// Near misses: "claimed the lives", "claimed responsibility", "claimed it as", and a person's added words (one quote).
for (const [body, whole] of [
  ['Residents said the attack claimed the lives of four farmers and destroyed a bridge.', 'claimed the lives of four farmers'],
  ['The group said it attacked the post and claimed responsibility for the blast.', 'claimed responsibility'],
  ['The AA said its troops had taken the base and claimed it as a major victory.', 'claimed it as'],
] as const) {
  test(`one claim: "${body}"`, () => {
    assert.ok(claims(body).some((x) => x.text.includes(whole)));
  });
}
test('a person\'s ", adding that …" stays one quote', () => {
  const q = quotes('Colonel Saw Ba Lin said the town was quiet, adding that his men had not fired a shot.');
  assert.equal(q.length, 1);
  assert.ok(q[0]!.text.includes('had not fired a shot'));
});

// "…, the group said" after a sentence opening on an organisation: that organisation, not an ally named between.
const OPENER: [string, string, string][] = [
  ['The KNLA\'s 5th Brigade, fighting alongside a local People\'s Defence Force battalion, attacked the outpost on Monday, the brigade said in a statement.', 'attacked the outpost', 'karen national liberation army'],
  ['The MNDAA, supported by TNLA fighters, captured the hill, the group said on Friday.', 'captured the hill', 'myanmar national democratic alliance army'],
  ['On Sunday, the Arakan Army, backed by Chin fighters, overran the camp, the group said.', 'overran the camp', 'arakan army'],
  ['The KIA, helped by PDF units, shot down a drone near the river, the group said.', 'shot down a drone', 'kachin independence army'],
  ['The TNLA, with MNDAA support, took two posts on the highway, the alliance said.', 'took two posts', "ta'ang national liberation army"],
];
for (const [body, words, org] of OPENER) {
  test(`a group noun names the opening organisation: "${body}"`, () => {
    const c = claims(`The People's Defence Force said it had blocked the road. ${body}`).find((x) => x.text.includes(words));
    assert.ok(names(c?.claimant).includes(org), JSON.stringify(c));
  });
}
// Near miss: the state's forces opening the sentence are not "the group".
test('the state\'s forces opening the sentence are not "the group"', () => {
  const c = claims('The KNU said it had blocked the road. Junta troops shelled the village for two hours, the group said.').find((x) => x.text.includes('shelled the village'));
  assert.ok(!names(c?.claimant).includes('military forces of myanmar'), JSON.stringify(c));
});

// "told <a named country's or outlet's medium> that …": the words start after "that".
for (const [body, starts] of [
  ['Vladyslav Petrenko, a spokesperson for the Eastern Command, told Ukrainian television that fighting was continuing near the river.', 'fighting was'],
  ['Ko Min, a KNLA officer, told Thai reporters that the camp had been overrun.', 'the camp'],
  ['U Hla told the BBC Burmese service that the village was empty.', 'the village'],
  ['Daw Khin told the Thai broadcaster Thai PBS that 200 people had crossed.', '200 people'],
  ['Ko Tun told Myanmar Now on Tuesday that the school was burned.', 'the school'],
] as const) {
  test(`told a medium: "${body}"`, () => {
    assert.ok(quotes(body).some((q) => q.text.startsWith(starts)), JSON.stringify(quotes(body)));
  });
}

// An unnamed spokesperson keeps the body they speak for; the bare head is an alias.
for (const [body, name] of [
  ['A spokesman for the interior ministry said two officers had been wounded.', 'spokesman for the interior ministry'],
  ['A spokesman for the Afghan interim government said in a statement that the border was closed.', 'spokesman for the afghan interim government'],
  ['The spokesperson of the regional government said the road had reopened.', 'spokesperson of the regional government'],
  ['A spokeswoman for the district council said the curfew would be lifted.', 'spokeswoman for the district council'],
  ['A spokesman for the provincial administration said the bridge was repaired.', 'spokesman for the provincial administration'],
] as const) {
  test(`a spokesperson for a body: "${body}"`, () => {
    const c = claims(body)[0];
    assert.equal(c?.claimant?.name.toLowerCase(), name);
    assert.ok(names(c?.claimant).includes(name.split(' ')[0]!));
  });
}
test('a spokesman for no body stays a spokesman', () => {
  assert.equal(claims('A spokesman for the families of the missing said no one had been told.')[0]?.claimant?.name.toLowerCase(), 'spokesman');
});

// "…, including U Tun Shein, he said": the tail's "he" is the speaker named before, not a person inside the words.
for (const [body, who] of [
  ['Ko Zaw Lin Htet, a rescue volunteer, described the raid. The team has recorded 11 civilians killed since March, including U Tun Shein, he said.', 'Zaw Lin Htet'],
  ['Daw Hla Hla, a nurse, spoke by phone. Soldiers took away the headman, Daw Mya Mya, on Monday, she said.', 'Hla Hla'],
  ['U Aung Naing, a village elder, was at home. Soldiers arrested his neighbour Ko Min Oo and burned two houses, he said.', 'Aung Naing'],
  ['Ko Bo Bo, a volunteer, drove the truck. The shell killed U Sein Win and his son, he said.', 'Bo Bo'],
  ['Ko Thura, a teacher, fled the town. Troops searched the house of U Kyaw Kyaw twice, he said.', 'Thura'],
] as const) {
  test(`a tail pronoun skips a person inside the words: "${body}"`, () => {
    const q = quotes(body).at(-1);
    assert.ok(q?.speaker?.name.includes(who), JSON.stringify(q));
  });
}
test('a person opening the words may still be "he"', () => {
  assert.ok(quotes('Ko Myo Win lost his house in the fire, he said.')[0]?.speaker?.name.includes('Myo Win'));
});

// A group "calling itself", "known as", "called" X: an organisation's claim, not a person's quote.
for (const [body, name] of [
  ['An urban guerrilla group calling itself the Yangon Night Owls said it carried out the attack.', 'Yangon Night Owls'],
  ['A small cell known as the Thunder Hawks said it planted the bomb.', 'Thunder Hawks'],
  ['A resistance unit calling itself Golden Eagle said its fighters ambushed a truck.', 'Golden Eagle'],
  ['A new group called Silver Lotus said it had burned the office.', 'Silver Lotus'],
  ['An armed gang known as the Red Scorpions said it had seized two trucks.', 'Red Scorpions'],
] as const) {
  test(`a group that calls itself X: "${body}"`, () => {
    const r = run(body);
    assert.equal((r.quotes as Quote[]).length, 0);
    assert.equal((r.claims as Claim[])[0]?.claimant?.name, name);
  });
}

// "…; regime media blamed X": the charge after the semicolon is a claim beside the statement before it.
for (const [body, before] of [
  ['The Yangon Night Owls said it carried out the attack; regime media blamed "PDF terrorists".', 'carried out the attack'],
  ['The Arakan Army said it shot down a drone; state media blamed rebel fighters for the crash.', 'shot down a drone'],
  ['The blast hit the market; regime media blamed "PDF terrorists" for it.', null],
  ['The KNU said its troops had pulled back; junta media blamed the rebels for the fire.', 'pulled back'],
  ['The bridge collapsed on Monday; state media blamed saboteurs.', null],
] as const) {
  test(`a charge after a semicolon: "${body}"`, () => {
    const c = claims(body);
    const charge = c.find((x) => / media blamed /.test(x.text));
    assert.ok(charge, JSON.stringify(c));
    if (before) assert.ok(c.some((x) => x.text.includes(before) && !x.text.includes('blamed')), JSON.stringify(c));
  });
}

// "The Yangon Night Owls said": a title-case name after "the", with no title or role, is a body's.
for (const [body, name] of [
  ['The Yangon Night Owls said it carried out the attack.', 'Yangon Night Owls'],
  ['On Monday, the Black Tiger Column said it had taken the hill.', 'Black Tiger Column'],
  ['The Silver Lotus Fighters said they had burned the office.', 'Silver Lotus Fighters'],
  ['The Night Owls said the bomb was theirs.', 'Night Owls'],
  ['The Southern Thunder said its members had seized two trucks.', 'Southern Thunder'],
] as const) {
  test(`"The <Title Case> said" is a body: "${body}"`, () => {
    const r = run(body);
    assert.equal((r.quotes as Quote[]).length, 0);
    assert.equal((r.claims as Claim[])[0]?.claimant?.name, name);
  });
}
test('a person after "the" with a role stays a person', () => {
  assert.ok(quotes('The poet Ko Ko Gyi said the town was empty.')[0]?.speaker?.name.includes('Ko Ko Gyi'));
});
