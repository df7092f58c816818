// Wave 32, claims: how far a doubt reaches (a toll in quotes, a person's toll past their own further
// words, "these numbers" past a spokesperson's aside), the body's own name for a registry match
// ("Ayeyarwady Region Police Force") and a "people's" body, and the verbs that assert a figure or a
// stand ("put the civilian toll at", "put turnout in … at", "insist that", "has documented 40 …").
// Our own sentences, through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

type Who = { name: string; aliases?: string[] } | null | undefined;
type Claim = { text: string; claimant: Who; hedged: boolean };
const claims = (body: string): Claim[] => extractStory('3 April 2026', body).claims as Claim[];
const names = (w: Who): string[] => (w ? [w.name, ...(w.aliases ?? [])].map((n) => n.toLowerCase()) : []);
const withText = (body: string, words: string): Claim | undefined => claims(body).find((c) => c.text.includes(words));

// A figure in quotes after ", killing" is still the toll a following doubt weighs: [paragraph, words of the claim].
const QUOTED_TOLL: [string, string][] = [
  ['The air force said its jets struck a rebel camp near the river on Saturday, killing "over 30 terrorists" and destroying their motorcycles. The figures could not be independently verified.', 'struck a rebel camp'],
  ['In a statement on Thursday, the AA said its fighters took two hill camps after four days of assaults, killing "at least 25" regime soldiers. The figures could not be independently verified, and the group did not give its own losses.', 'took two hill camps'],
  ['The KNLA said its 5th Brigade ambushed a convoy on the highway, killing “more than 20” soldiers. These figures could not be verified.', 'ambushed a convoy'],
  ['State television said security forces raided a hideout in the hills, killing "nine terrorists". The figures could not be independently confirmed.', 'raided a hideout'],
  ['The PDF said its drones hit a police station in the town, killing "about 12" officers. The figures could not be checked independently.', 'hit a police station'],
];
for (const [body, words] of QUOTED_TOLL) {
  test(`a quoted toll is doubted: "${body.slice(0, 60)}…"`, () => {
    const c = withText(body, words);
    assert.ok(c, 'claim found');
    assert.equal(c.hedged, true);
  });
}
test('a quoted toll with no doubt after it stays plain', () => {
  const c = withText('The air force said its jets struck a rebel camp near the river on Saturday, killing "over 30 terrorists". Residents fled to the town.', 'struck a rebel camp');
  assert.ok(c);
  assert.equal(c.hedged, false);
});

// A person's toll, then more of their own words, then the doubt: [paragraphs, words of the toll].
const PERSON_TOLL: [string, string][] = [
  ['Ko Min Thant, a spokesperson for the local PDF, said three police officers were killed and four guns were taken. He said the others ran away toward the town.\n\n"We told them many times to leave their weapons. They did not listen," Ko Min Thant said.\n\nThe number of dead could not be confirmed.', 'three police officers were killed'],
  ['"We destroyed two bunkers. Six soldiers died and we lost two comrades," Bo Zaw Htet, a spokesman for the column, said. He added that artillery fell on the fields all morning. The Herald was unable to independently confirm the casualty figures.', 'Six soldiers died'],
  ['Saw Kyaw Min, a KNLA officer, said 11 soldiers were killed in the raid. He said the camp was burned. The figures could not be verified.', '11 soldiers were killed'],
  ['Ko Aung Ko, who leads the township PDF, said eight soldiers were killed at the checkpoint. He said his men took five rifles. He said they withdrew before dawn. The toll could not be independently verified.', 'eight soldiers were killed'],
  ['Major Lin Lin said four militiamen died in the attack. He added that two more were wounded. The death toll could not be confirmed.', 'four militiamen died'],
];
for (const [body, words] of PERSON_TOLL) {
  test(`a person's toll is doubted past their own words: "${body.slice(0, 50)}…"`, () => {
    const c = withText(body, words);
    assert.ok(c, 'claim found');
    assert.equal(c.hedged, true);
  });
}
test("another speaker's words between stop the doubt's reach", () => {
  const body = 'Ko Min Thant, a PDF spokesperson, said three police officers were killed. He said the others fled.\n\n"The soldiers came at night," said Daw Hla Hla, a resident.\n\nThe number of dead could not be confirmed.';
  const c = withText(body, 'three police officers were killed');
  assert.ok(c);
  assert.equal(c.hedged, false);
});

// "These numbers could not be verified" after a spokesperson's aside: the organisation's toll, not the aside.
const AFTER_ASIDE: string[] = [
  'The township PDF said its fighters overran an outpost at the bridge at noon, killing six soldiers and capturing three. Its spokesperson, Ko Zeya, told us the post guarded the road to the town. These numbers could not be independently verified.',
  'The KIA said its troops took a hill camp on Monday, killing 14 soldiers. Its spokesman, Colonel Naw Tu, said the camp had shelled villages for months. These figures could not be confirmed.',
  'The AA said its forces seized a naval outpost, killing 20 soldiers. A spokesman, Khaing Thu Kha, said the outpost had blocked fishing boats. The numbers could not be independently verified.',
];
for (const body of AFTER_ASIDE) {
  test(`"these numbers" doubt the organisation's toll past an aside: "${body.slice(0, 50)}…"`, () => {
    const c = claims(body);
    const toll = c.find((x) => /killing/.test(x.text));
    assert.ok(toll, 'toll claim');
    assert.equal(toll.hedged, true);
    assert.ok(!c.some((x) => /guarded|shelled|blocked/.test(x.text) && x.hedged), 'the aside is not doubted');
  });
}

// The body's own name around a registry match: [sentence, the name the text gives].
const BODY: [string, string][] = [
  ['A statement released by the Ayeyarwady Region Police Force on Tuesday said three men had been arrested.', 'ayeyarwady region police force'],
  ['Separately, the Nigerian Air Force said its aircraft struck a bandit camp on Saturday.', 'nigerian air force'],
  ['The Sagaing Region Military Council said two villages had been cleared of rebels.', 'sagaing region military council'],
  ['The Shwebo District People\'s Defence Force said its fighters captured two soldiers on Friday.', "shwebo district people's defence force"],
  ['The Mandalay Region Police said four suspects had been detained.', 'mandalay region police'],
];
for (const [body, name] of BODY) {
  test(`the claimant keeps the body's name: "${body.slice(0, 60)}…"`, () => {
    const c = claims(body);
    assert.equal(c.length, 1);
    assert.ok(names(c[0]!.claimant).includes(name), JSON.stringify(c[0]!.claimant));
  });
}
for (const body of ['The police said three men had been arrested.', 'Separately, police said three men had been arrested.', 'On Monday the army said two villages had been cleared.']) {
  test(`no fuller name where the text gives none: "${body}"`, () => {
    const c = claims(body);
    assert.equal(c.length, 1);
    assert.ok(!names(c[0]!.claimant).some((n) => /separately|monday|^on /.test(n)), JSON.stringify(c[0]!.claimant));
  });
}

// "people's" opens a body's name: [sentence, the claimant].
const PEOPLES: [string, string][] = [
  ['The Minhla Township People\'s Administration Team put the toll at nine, saying two more bodies had been found.', "minhla township people's administration team"],
  ['Regime jets bombed a village on Saturday, according to the township\'s People\'s Administration Team.', "township's people's administration team"],
  ['Artillery shells struck the village on Monday, according to the township people\'s administration team.', "township people's administration team"],
];
for (const [body, name] of PEOPLES) {
  test(`a people's body is not cut at its possessive: "${body.slice(0, 60)}…"`, () => {
    const c = claims(body);
    assert.ok(c.some((x) => names(x.claimant).includes(name)), JSON.stringify(c.map((x) => x.claimant)));
  });
}

// Verbs that assert a figure or a stand: [sentence, words of the claim].
const VERBS: [string, string][] = [
  ['MRTV put the civilian toll at three.', 'civilian toll at three'],
  ['The KIA put its own death toll at two.', 'death toll at two'],
  ['The election sub-commission put turnout in the six townships at 61.8 percent.', 'turnout in the six townships'],
  ['The commission put turnout across the region at about 54 percent.', 'turnout across the region'],
  ['Junta spokesmen insist that the strikes hit only rebel positions.', 'the strikes hit only rebel positions'],
  ['The KNU insists that no villages were handed over.', 'no villages were handed over'],
  ['The Karen Human Rights Group has documented dozens of strikes on schools since 2024.', 'documented dozens of strikes'],
  ['The Kachin rights network documented at least 140 arrests of civilians last year.', 'at least 140 arrests'],
];
for (const [body, words] of VERBS) {
  test(`the verb asserts: "${body}"`, () => {
    assert.ok(withText(body, words), JSON.stringify(claims(body)));
  });
}
for (const body of [
  'The army put the blame on the rebels for the fire.',
  'Residents insist on staying in the village.',
  'The monks documented the damage to the pagoda.',
  'The townspeople put their belongings on carts and left.',
]) {
  test(`no claim by the verb: "${body}"`, () => {
    assert.equal(claims(body).length, 0, JSON.stringify(claims(body)));
  });
}

// "It <verb> … and said …": the second verb shares the pronoun subject: [paragraph, the claimant's name].
const SHARED: [string, string][] = [
  ['The police said three men had been arrested. It described the three as members of a "terrorist" cell and said they had confessed to the killing.', 'police forces of myanmar'],
  ['The police said three men had been arrested. It named the three as members of a local militia and said they had confessed.', 'police forces of myanmar'],
  ['The army said troops had cleared the village. It blamed residents of the ward for the fire and said two houses had burned.', 'military forces of myanmar'],
  ['The KIA said it had taken the hill camp. It listed the weapons of the garrison and said 12 soldiers had surrendered.', 'kachin independence army'],
  ['The AA said its fighters had seized the outpost. It thanked villagers of the township and added that the road would reopen.', 'arakan army'],
];
for (const [body, who] of SHARED) {
  test(`the pronoun subject speaks for "and said": "${body.slice(-60)}"`, () => {
    const c = claims(body);
    assert.equal(c.length, 2, JSON.stringify(c));
    assert.ok(names(c[1]!.claimant).includes(who), JSON.stringify(c[1]!.claimant));
  });
}

// A person's words, more of their own words, then a doubt pointing back: a quote and a hedged claim.
const PERSON_DOUBT: [string, string][] = [
  ['Saw Eh Moo, a KNLA spokesperson, said the group had targeted only army trucks. He said several soldiers had been killed but gave no number. The Journal could not independently verify his account.', 'targeted only army trucks'],
  ['Colonel Naw Lat said 17 soldiers were killed in the fighting. The Times was unable to verify these numbers independently.', '17 soldiers were killed'],
  ['U Aung Soe told state television that turnout in the region was 57 percent. He said the vote had been calm. Those figures could not be independently verified.', 'turnout in the region was 57 percent'],
  ['Ko Thura, a Fano spokesperson, said the fighters held most of the rural districts. Neither side\'s account could be independently verified.', 'held most of the rural districts'],
  ['Brigadier Khalid Omar said dozens of militia fighters had been killed and 11 vehicles seized. The Post could not independently verify the claims.', 'dozens of militia fighters'],
];
for (const [body, words] of PERSON_DOUBT) {
  test(`a doubt after a person's words makes them a hedged claim: "${body.slice(0, 50)}…"`, () => {
    const c = withText(body, words);
    assert.ok(c, JSON.stringify(claims(body)));
    assert.equal(c.hedged, true);
  });
}
for (const body of [
  'Ko Zaw Min said his fighters clashed with a column four miles east of the town. The Times could not verify the figures.',
  'Daw Hla said the market was closed. A resident said three people died. The Times could not verify his account.',
  'Ko Thant said the road was closed. The next day the army reopened it.',
]) {
  test(`no hedged claim of the person's words: "${body.slice(0, 50)}…"`, () => {
    assert.ok(!claims(body).some((c) => /clashed|market was closed|road was closed/.test(c.text)), JSON.stringify(claims(body)));
  });
}

// The medium between commas before a charge verb: [sentence, words of the claim].
const MEDIUM_ASIDE: [string, string][] = [
  ['The KNU, in a statement on Monday, put the death toll at four.', 'put the death toll at four'],
  ['The AA, in a post on Telegram, put the number of dead at 12.', 'number of dead at 12'],
  ['The KIA, in a statement, blamed the army for the fire.', 'blamed the army for the fire'],
  ['The NUG, in its weekly bulletin, accused the junta of burning 300 homes.', 'accused the junta of burning'],
  ['The TNLA, through a press release issued late on Friday, dismissed the report as propaganda.', 'dismissed the report'],
];
for (const [body, words] of MEDIUM_ASIDE) {
  test(`a charge past the medium between commas: "${body}"`, () => {
    assert.ok(withText(body, words), JSON.stringify(claims(body)));
  });
}
test('an aside that is no medium still blocks the charge', () => {
  assert.equal(claims('The KNU, which rejects the vote, and its allies put the blame on the army.').length, 0);
});
test("an owner's label is no part of the body's name", () => {
  for (const body of ['State-run MRTV said two villages had been cleared.', 'Junta-controlled MRTV said troops had repelled an attack.', 'The Tamu-based PDF said its fighters took the camp.']) {
    const c = claims(body);
    assert.ok(c.length >= 1);
    assert.ok(!names(c[0]!.claimant).some((n) => /-(?:run|controlled|based)/.test(n)), JSON.stringify(c[0]!.claimant));
  }
});
