// Wave 17, coverage probe (pr17c): wording families of claims and control that a probe of our own
// mini-articles found uncovered — the other ways a newsroom says it could not check a claim, a
// party's rebuttal ("dismissed … as", "rejected the claims that …"), "claims" in the present and
// more verbs of saying, a document's issuer ("The statement said …" after "X issued a statement"),
// "They" naming the plural people the sentence before opened on, and control told as an adjective
// ("the KIA-administered town of", "the contested town of"). Our own sentences, whole pipeline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

type Who = { name: string; aliases?: string[] } | null | undefined;
type Claim = { text: string; claimant: Who; hedged: boolean };
type Quote = { text: string; speaker: Who; direct: boolean };
type Control = { place: { name: string; admin3?: string }; controller: Who; status: string };
const run = (body: string) => extractStory('3 April 2026', body);
const claims = (body: string): Claim[] => run(body).claims as Claim[];
const names = (w: Who): string[] => (w ? [w.name, ...(w.aliases ?? [])].map((n) => n.toLowerCase()) : []);
const claimWith = (body: string, words: string): Claim | undefined => claims(body).find((c) => c.text.includes(words));

// A claim, then a sentence that says it could not be checked: [body, words of the claim].
const DOUBTS: [string, string][] = [
  ['The KIA said 18 soldiers were killed near Hpakant on Tuesday. Independent confirmation was not possible.', '18 soldiers were killed'],
  ['The AA said its fighters had captured 40 soldiers at an outpost near Ann. It was not possible to independently verify the figure.', 'captured 40 soldiers'],
  ['The junta said troops had killed 25 PDF fighters near Pale. The Courier could not immediately confirm the toll.', 'killed 25 PDF fighters'],
  ['The TNLA said a jet had bombed a monastery in Namhsan. There was no independent confirmation of the strike.', 'bombed a monastery'],
  ['The KNU said three of its fighters died in clashes near Hpapun. The report remains unverified.', 'three of its fighters died'],
  ['State media said 12 insurgents surrendered in Mawlaik. Reporters were not able to verify the account.', '12 insurgents surrendered'],
  ['The MNDAA said its troops shot down two drones near Lashio. There was no way to confirm the claim.', 'shot down two drones'],
  ['Residents said soldiers burned 60 houses in Myinmu. Independent verification was impossible because of the internet blackout.', 'burned 60 houses'],
];
for (const [body, words] of DOUBTS) {
  test(`a doubt in the next sentence hedges the claim: "${body.slice(0, 60)}…"`, () => {
    assert.equal(claimWith(body, words)?.hedged, true);
  });
}
// Near misses: a check that succeeded, or a word of checking that doubts nothing.
const CHECKED: [string, string][] = [
  ['The KIA said 18 soldiers were killed near Hpakant on Tuesday. Hospital staff later confirmed the deaths.', '18 soldiers were killed'],
  ['The AA said its fighters had captured 40 soldiers near Ann. Photos made it possible to verify the figure.', 'captured 40 soldiers'],
  ['The TNLA said a jet had bombed a monastery in Namhsan. Monks confirmed the strike to the Courier.', 'bombed a monastery'],
];
for (const [body, words] of CHECKED) {
  test(`a check that succeeded hedges nothing: "${body.slice(0, 60)}…"`, () => {
    assert.equal(claimWith(body, words)?.hedged, false);
  });
}

// A party's rebuttal is its claim, unhedged (the noun names the other side's account): [body, words, claimant].
const REBUTTALS: [string, string, string][] = [
  ['The TNLA dismissed the report as fabricated by the regime.', 'dismissed the report', 'tnla'],
  ["The KNU rejected the army's claims that its fighters had burned the school.", 'rejected the army', 'knu'],
  ['The Arakan Army refuted reports that it had recruited children in Kyauktaw.', 'refuted reports', 'aa'],
  ["The KIA called the junta's account of the battle false.", 'called the junta', 'kia'],
  ['The MNDAA rejected the allegations and blamed junta drones for the fire.', 'rejected the allegations', 'mndaa'],
  ['The junta dismissed the video as propaganda made by terrorists.', 'dismissed the video', 'junta'],
];
for (const [body, words, who] of REBUTTALS) {
  test(`a rebuttal is the party's claim: "${body}"`, () => {
    const c = claimWith(body, words);
    assert.ok(c && names(c.claimant).includes(who), JSON.stringify(claims(body)));
    assert.equal(c.hedged, false);
  });
}
// Near misses: a bare rebuttal of a noun asserts nothing; other objects are no rebuttal.
for (const body of ['The KIA rejected the accusation.', 'The AA denied the allegations.', 'The TNLA has denied this.', 'The junta rejected the proposal for talks.', 'Villagers called the new road a blessing.']) {
  test(`no claim: "${body}"`, () => {
    assert.deepEqual(claims(body).map((c) => c.text), []);
  });
}

// "claims" in the present, and verbs of saying before "that".
const PRESENT_CLAIMS: [string, string, string][] = [
  ['The TNLA claims to have captured 40 soldiers near Kyaukme.', 'captured 40 soldiers', 'tnla'],
  ['The AA claims its forces shot down a junta jet over Ann.', 'shot down a junta jet', 'aa'],
  ['The KNU claims that troops shelled a school in Hpapun.', 'shelled a school', 'knu'],
];
for (const [body, words, who] of PRESENT_CLAIMS) {
  test(`"claims" reports a hedged claim: "${body}"`, () => {
    const c = claimWith(body, words);
    assert.ok(c && names(c.claimant).includes(who), JSON.stringify(claims(body)));
    assert.equal(c.hedged, true);
  });
}
test('"the army\'s claims that" is a noun, no statement of its own', () => {
  assert.deepEqual(claims("Few believed the army's claims that it had retaken the town.").filter((c) => c.text.startsWith('it had retaken')), []);
});
const SAYING: [string, string, string][] = [
  ['KIA spokesman Colonel Naw Bu stressed that the group would not attack civilians.', 'would not attack civilians', 'naw bu'],
  ['U Tin Maung, a trader in Lashio, noted that rice prices had doubled since March.', 'rice prices had doubled', 'tin maung'],
  ['Daw Hla Hla reiterated that the camp had received no food for a month.', 'no food for a month', 'hla hla'],
  ['Sai Kham emphasised that the road to Muse was still closed.', 'still closed', 'sai kham'],
];
for (const [body, words, who] of SAYING) {
  test(`a verb of saying before "that" reports a person's words: "${body}"`, () => {
    const q = (run(body).quotes as Quote[]).find((x) => x.text.includes(words));
    assert.ok(q && names(q.speaker).some((n) => n.includes(who)), JSON.stringify(run(body).quotes));
  });
}

// A document named by its bare noun speaks for the organisation that issued it just before.
const ISSUED: [string, string, string][] = [
  ['The TNLA issued a statement on Tuesday about the fighting. The statement said jets had bombed three villages.', 'bombed three villages', 'tnla'],
  ['The KNU released a statement on Friday. According to the statement, troops shelled a village in Hpapun.', 'shelled a village', 'knu'],
  ['The Arakan Army posted an announcement on Monday. The announcement said 30 soldiers had surrendered in Ann.', '30 soldiers had surrendered', 'aa'],
  ['The KIA has published a two-page statement. The statement said its troops had repelled an attack near Bhamo.', 'repelled an attack', 'kia'],
  ['The MNDAA put out a statement late on Sunday. The statement added that the ceasefire would hold.', 'the ceasefire would hold', 'mndaa'],
];
for (const [body, words, who] of ISSUED) {
  test(`the statement speaks for its issuer: "${body.slice(0, 60)}…"`, () => {
    const c = claimWith(body, words);
    assert.ok(c && names(c.claimant).includes(who), JSON.stringify(claims(body)));
  });
}
test('"The group further claimed" is the group of the sentence before', () => {
  const c = claimWith('The KNDF said it raided a police post in Loikaw. The group further claimed that it seized 20 rifles.', 'seized 20 rifles');
  assert.ok(c && names(c.claimant).includes('kndf'), JSON.stringify(c));
});

// "They" names the plural people the sentence before opened on.
const THEY: [string, string, string][] = [
  ['Villagers from Ywathit returned on Tuesday. They said soldiers had burned the school.', 'burned the school', 'villagers'],
  ['Many residents fled to the forest. They said the army shelled the ward at night.', 'shelled the ward', 'residents'],
  ['Witnesses at the market ran for cover. They said a jet dropped two bombs near the stalls.', 'dropped two bombs', 'witnesses'],
  ['Some traders stayed in the town after the fighting. They said the junta had closed the bridge.', 'closed the bridge', 'traders'],
  ['Local farmers gathered near the river on Monday. They told reporters that troops took their rice.', 'troops took their rice', 'farmers'],
];
for (const [body, words, who] of THEY) {
  test(`"They" after plural people: "${body.slice(0, 50)}…"`, () => {
    assert.equal(claimWith(body, words)?.claimant?.name.toLowerCase(), who);
  });
}
test('"They" after a paragraph break, or after an owner\'s noun, is not those people', () => {
  assert.notEqual(claimWith('Residents fled on Monday.\n\nThey said the army shelled the ward at night.', 'shelled the ward')?.claimant?.name.toLowerCase(), 'residents');
  assert.notEqual(claimWith("Residents' homes burned on Monday. They said the army shelled the ward at night.", 'shelled the ward')?.claimant?.name.toLowerCase(), 'residents');
});

// Control told as the place's adjective.
const controlOf = (body: string, place: string): Control | undefined => (run(body).control as Control[]).find((c) => c.place.name === place || c.place.admin3 === place);
const ADJ_HOLDERS: [string, string, string][] = [
  ['Traders in the KIA-administered town of Hpakant say jade sales have fallen.', 'Hpakant', 'kia'],
  ['Aid reached AA-administered Paletwa on Friday.', 'Paletwa', 'aa'],
  ['Schools reopened in TNLA-administered Namhsan this week.', 'Namhsan', 'tnla'],
  ['Food is scarce in junta-occupied Kalay, residents say.', 'Kalay', 'junta'],
  ['A festival was held in the MNDAA-administered town of Laukkai.', 'Laukkai', 'mndaa'],
];
for (const [body, place, who] of ADJ_HOLDERS) {
  test(`a holder as the place's adjective: "${body}"`, () => {
    const c = controlOf(body, place);
    assert.ok(c && names(c.controller).includes(who) && c.status === 'controlled', JSON.stringify(run(body).control));
  });
}
const ADJ_CONTESTED: [string, string][] = [
  ['Fighting flared again in the contested town of Hpapun on Saturday.', 'Hpapun'],
  ['Shells fell on contested Falam overnight.', 'Falam'],
  ['Aid workers left the disputed town of Kyaukme on Monday.', 'Kyaukme'],
  ['Thousands fled the contested border town of Myawaddy.', 'Myawaddy'],
];
for (const [body, place] of ADJ_CONTESTED) {
  test(`"contested" as the place's adjective: "${body}"`, () => {
    assert.equal(controlOf(body, place)?.status, 'contested', JSON.stringify(run(body).control));
  });
}
// Near misses: the name qualifies another noun; an outlet owned by a side names no place it holds.
for (const [body, place] of [['Trucks avoid the contested Falam road after dark.', 'Falam'], ['The junta-run Myawaddy television said the bridge was closed.', 'Myawaddy'], ['Near Kalay, fighting went on in the contested hills.', 'Kalay']] as const) {
  test(`no control fact: "${body}"`, () => {
    assert.equal(controlOf(body, place), undefined);
  });
}
test('"with claims that" is a noun after a preposition', () => {
  assert.deepEqual(claims('A nurse went public with claims that soldiers had beaten patients in Kalay.').filter((c) => c.text.startsWith('soldiers had beaten')), []);
});
test('"-administered areas of" a township holds no fact about the township', () => {
  assert.equal(controlOf('Villagers in KNU-administered areas of Hlaingbwe Township marched on Saturday.', 'Hlaingbwe'), undefined);
});
