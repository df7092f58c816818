// Wave 33, claims: how far a "neither account" doubt reaches (the two sides', not a third source's words
// before them), and statement shapes the stage did not read. Our own sentences, through the whole
// pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

type Who = { name: string; aliases?: string[] } | null | undefined;
type Claim = { text: string; claimant: Who; hedged: boolean };
const claims = (body: string): Claim[] => extractStory('3 April 2026', body).claims as Claim[];
const withText = (body: string, words: string): Claim | undefined => claims(body).find((c) => c.text.includes(words));

// A third source's words just before the two sides stay plain under "neither account":
// [paragraph, words of the third source's claim, words of a side's claim].
const TWO_SIDES: [string, string, string][] = [
  ['On Sunday, shells struck the camp on the northern edge of the town, killing dozens of people, camp volunteers said. The army said it had repelled a large assault from the east, killing 200 fighters. The KIA said it had lost 17 fighters. Neither account could be independently verified.', 'shells struck the camp', 'lost 17 fighters'],
  ['Heavy fighting continued around the airstrip since Monday, residents said. The AA said its troops had captured two outposts near the river. State media said the army had destroyed a rebel gathering. Neither claim could be verified.', 'Heavy fighting continued', 'captured two outposts'],
  ['A market in the town was shut for the third day, traders said. The PDF said its fighters had seized a police station on the highway. The military said it had pushed the fighters back from the station. The Herald could not verify either side’s account.', 'A market in the town', 'seized a police station'],
  ['Police fired tear gas at the protesters and three people were hurt, a police source said. The TNLA said it had taken a hill camp near the town. The regime said troops had held the camp. Neither version could be independently confirmed.', 'Police fired tear gas', 'taken a hill camp'],
  ['Dozens of families fled across the river, a local aid worker said. The KNLA said its fighters had overrun a junta outpost. The military said the attack was repelled. Neither account could be independently verified.', 'Dozens of families fled', 'overrun a junta outpost'],
];
for (const [body, third, side] of TWO_SIDES) {
  test(`"neither account" weighs the two sides only: "${body.slice(0, 50)}…"`, () => {
    const t = withText(body, third);
    const s = withText(body, side);
    assert.ok(t && s, 'claims found');
    assert.equal(t.hedged, false);
    assert.equal(s.hedged, true);
  });
}
test('"the accounts could not be verified" still weighs every account near by', () => {
  const body = 'Five people were killed when a bus came under fire, according to state media. The Global New Light of Myanmar said "terrorists" opened fire on the bus. The accounts could not be independently verified.';
  assert.equal(withText(body, 'Five people were killed')?.hedged, true);
});

// A charge beside the other side's words, or after an adverb: [paragraph, words of the charge, its claimant's name].
const CHARGES: [string, string, string][] = [
  ['Junta-run media blamed "CDF terrorists", while the Kalay People\'s Defence Force said its members were not involved.', 'blamed "CDF terrorists"', 'junta-run media'],
  ['Regime-run newspapers blamed "PDF terrorists", a charge the KNLA rejected, saying it had not laid mines on the highway.', 'blamed "PDF terrorists"', 'regime-run newspapers'],
  ['State media blamed the KIA for the attack, while the group said it had not been in the area.', 'blamed the KIA', 'media'],
  ['Ko Aung, a spokesman for the local PDF, said the group had not planted mines near the farms, while junta-run media blamed "terrorists" for the blast.', 'blamed "terrorists"', 'media'],
  ['A bomb hit the ward office on Sunday. The junta-run MRTV later blamed "PDF terrorists".', 'blamed "PDF terrorists"', 'mrtv'],
  ['Authorities later blamed that blast on the same resistance network.', 'blamed that blast', 'authorities'],
  ['Troops torched the village on Tuesday, residents said, while an official of the AA-run township administration put the toll at six.', 'put the toll at six', 'official of the aa-run township administration'],
];
for (const [body, words, who] of CHARGES) {
  test(`a charge is read: "${body.slice(0, 50)}…"`, () => {
    const c = withText(body, words);
    assert.ok(c, 'charge found');
    assert.ok(c.claimant && [c.claimant.name, ...(c.claimant.aliases ?? [])].some((n) => n.toLowerCase().includes(who)), `claimant ${c.claimant?.name}`);
  });
}
test('the rebutter of "a charge X rejected, saying …" speaks the participle\'s words', () => {
  const c = withText('Regime-run newspapers blamed "PDF terrorists", a charge the KNLA rejected, saying it had not laid mines on the highway.', 'had not laid mines');
  assert.ok(c?.claimant && /Karen/.test(c.claimant.name), `claimant ${c?.claimant?.name}`);
});
test('a person\'s words stop at the contrast before a charge', () => {
  const r = extractStory('3 April 2026', 'Ko Aung, a spokesman for the local PDF, said the group had not planted mines near the farms, while junta-run media blamed "terrorists" for the blast.');
  const q = (r.quotes as { text: string }[]).find((x) => x.text.includes('planted mines'));
  assert.ok(q && !q.text.includes('blamed'), q?.text);
});
// Near misses: no charge verb at its subject, or a passive.
for (const body of ['The men were blamed for the fires by officials, residents said.', 'Six civil servants accused of helping the PDF were detained, while their families fled.']) {
  test(`no charge read: "${body.slice(0, 50)}…"`, () => {
    assert.ok(claims(body).every((c) => c.claimant?.name === 'residents'), JSON.stringify(claims(body)));
  });
}

// A body no list names: a government body that accuses, a "… Team" named in title case (its place
// word may be lower case): [paragraph, words of the claim, claimant's name].
const BODIES: [string, string, string][] = [
  ['The regional government accused the army of burning 200 houses in Kani Township.', 'burning 200 houses', 'regional government'],
  ['The state government accused the rebels of killing six farmers near the river.', 'killing six farmers', 'state government'],
  ['The Kani Township People\'s Administration Team said on Monday that troops torched 40 homes.', 'torched 40 homes', "kani township people's administration team"],
  ['The Mogok Township People\'s Administration Team, which reports to the NUG, accused the junta of shelling the town.', 'shelling the town', "mogok township people's administration team"],
  ['The Khin-U township People\'s Administration Team, which answers to the NUG, said in a statement that the men had been executed.', 'had been executed', "khin-u township people's administration team"],
  ['The Chin Relief Team said two villagers were killed by artillery fire on Friday.', 'two villagers were killed', 'chin relief team'],
];
for (const [body, words, who] of BODIES) {
  test(`an unlisted body's claim: "${body.slice(0, 50)}…"`, () => {
    const c = withText(body, words);
    assert.ok(c, 'claim found');
    assert.equal(c.claimant?.name.toLowerCase(), who);
  });
}
// The authorities' or officials' "accused" is a legal charge.
for (const body of ['The authorities accused the detainees of sending money to resistance groups.', 'Officials accused the two men of planting a bomb at the market.']) {
  test(`a legal charge is no claim: "${body.slice(0, 50)}…"`, () => {
    assert.equal(claims(body).length, 0, JSON.stringify(claims(body)));
  });
}

// A statement named back as the subject of a verb that charges: [paragraphs, words of the claim, its issuer's name].
const DOCUMENT_SUBJECT: [string, string, string][] = [
  ['The military council said in a statement on Monday that two soldiers were killed in Kyaukme. The same statement linked the three detained men to a bomb blast at a township office on Sunday.', 'linked the three detained men', 'military'],
  ['The AA said on Tuesday that its fighters took a hill camp near Buthidaung. The statement also accused the junta of shelling three villages near the town.', 'accused the junta of shelling', 'arakan'],
  ['Police said on Friday they had arrested four men in Pathein. The report blamed the men for a string of arson attacks on ward offices.', 'blamed the men', 'police'],
  ['The KNU said in a statement that its 6th Brigade had overrun an outpost. The statement later put the number of soldiers killed at 14.', 'number of soldiers killed at 14', 'karen'],
  ['A statement released by the KIA on Tuesday said three soldiers had been captured near the jade mines.\n\nResidents said the fighting had stopped by Wednesday. Ko Lwin, a trader, said the road was still closed. "We cannot move our goods," he said.\n\nThe same statement linked the soldiers to the burning of a village school last month.', 'linked the soldiers', 'kachin'],
];
for (const [body, words, who] of DOCUMENT_SUBJECT) {
  test(`a document's charge is its issuer's: "${body.slice(0, 50)}…"`, () => {
    const c = withText(body, words);
    assert.ok(c, 'claim found');
    assert.ok(c.claimant && c.claimant.name.toLowerCase().includes(who), `claimant ${c.claimant?.name}`);
    assert.ok(/^The /.test(c.text), c.text);
  });
}
// "linked" as a participle ("a militia linked to the army") charges nothing.
for (const body of ['A militia linked to the army said it had taken the bridge.', 'Two men linked to the resistance were detained on Monday, residents said.']) {
  test(`no "linked" charge: "${body.slice(0, 50)}…"`, () => {
    assert.ok(!claims(body).some((c) => /linked/.test(c.text) && c.claimant?.name !== 'residents'), JSON.stringify(claims(body)));
  });
}

// "The same <words> statement" names back the issuer's document past other voices.
const SAME_WORDS: [string, string, string][] = [
  ['The AA said in a statement that its fighters took a camp. Residents said the gunmen left at dusk. A trader said the market was closed. The same two-page statement said the junta had shelled three villages.', 'shelled three villages', 'arakan'],
  ['The KNU said in a statement on Monday that its fighters held the bridge. Villagers said the shelling went on all night. A monk said the monastery was hit. The same KNU statement said troops had burned 30 houses.', 'burned 30 houses', 'karen'],
  ['The TNLA said in a statement that it had captured a base near the town. Residents said the road was closed. A driver said trucks were stuck at the gate. The same lengthy statement accused the junta of bombing a school.', 'bombing a school', "ta'ang"],
];
for (const [body, words, who] of SAME_WORDS) {
  test(`"the same … statement" is its issuer's: "${body.slice(-60)}"`, () => {
    const c = withText(body, words);
    assert.ok(c, 'claim found');
    assert.ok(c.claimant && c.claimant.name.toLowerCase().includes(who), `claimant ${c.claimant?.name}`);
  });
}

// Subjects naming a group back or by its place: "the paramilitary", "the Tedim resistance coalition".
const GROUP_SUBJECTS: [string, string, string][] = [
  ['The RSF shelled the town on Monday. The paramilitary said its drones had targeted an army depot.', 'targeted an army depot', 'rapid support forces'],
  ['The RSF entered the camp at dawn, residents said. The paramilitary denied hitting the market and said it had targeted soldiers.', 'targeted soldiers', 'rapid support forces'],
  ['The Zomi-led Tedim resistance coalition said it would investigate the killings.', 'investigate the killings', 'tedim resistance coalition'],
  ['The Tedim resistance coalition denied involvement and said it would investigate.', 'would investigate', 'tedim resistance coalition'],
  ['The Kale resistance alliance said its fighters had taken the police station.', 'taken the police station', 'kale resistance alliance'],
];
for (const [body, words, who] of GROUP_SUBJECTS) {
  test(`a group subject: "${body.slice(0, 50)}…"`, () => {
    const c = withText(body, words);
    assert.ok(c, 'claim found');
    assert.equal(c.claimant?.name.toLowerCase(), who);
  });
}
test('"the resistance alliance" still names back the group of the sentence before', () => {
  const c = withText('The KIA and its allies attacked the base on Sunday. The resistance alliance said it had taken two hills.', 'taken two hills');
  assert.ok(c?.claimant && /Kachin/.test(c.claimant.name), c?.claimant?.name);
});

// "have/had not been able to confirm" doubts as "has not been able to" does: [paragraph, words of the doubted claim].
const HAVE_NOT_ABLE: [string, string][] = [
  ['The KNLA said its 6th Brigade had overrun a junta outpost, killing 11 soldiers. I have not been able to confirm the KNLA\'s account.', 'overrun a junta outpost'],
  ['The AA said its troops had seized an outpost near Sittwe. We have not been able to verify the claim.', 'seized an outpost'],
  ['The PDF said it killed nine soldiers. The Herald had not been able to confirm the figures.', 'killed nine soldiers'],
  ['The TNLA said it had shot down a drone over the town. Reporters have not yet been able to verify the claim.', 'shot down a drone'],
  ['State media said troops had cleared the road of mines. We had not been able to check the report independently.', 'cleared the road'],
];
for (const [body, words] of HAVE_NOT_ABLE) {
  test(`"have not been able to confirm" doubts: "${body.slice(-50)}"`, () => {
    assert.equal(withText(body, words)?.hedged, true);
  });
}
test('"have been able to confirm" does not doubt', () => {
  assert.equal(withText('The AA said its troops had seized an outpost near Sittwe. Residents have been able to confirm the fighting.', 'seized an outpost')?.hedged, false);
});

// A deed "claimed by" a group, or "which no group has claimed", is no distancing of the source's words.
const DEED_CLAIMED: [string, string][] = [
  ['The province has faced an insurgency since 2017, with some attacks claimed by the Islamic State group, which has caused thousands of deaths, according to conflict monitors.', 'faced an insurgency'],
  ['Residents said the blast, claimed by a local PDF group, damaged three shops.', 'damaged three shops'],
  ['The KIA said it had taken the base, in an attack claimed by the group on its Telegram channel.', 'taken the base'],
  ['Officials said the ambush, which no group has claimed, killed four soldiers.', 'killed four soldiers'],
  ['Villagers said the bombing, which no side had yet claimed, destroyed the school.', 'destroyed the school'],
];
for (const [body, words] of DEED_CLAIMED) {
  test(`a deed claimed by a group is no hedge: "${body.slice(0, 50)}…"`, () => {
    assert.equal(withText(body, words)?.hedged, false);
  });
}
// Near misses: the source's own claim, or a claim of responsibility (the annotated stories hedge it), stays hedged.
for (const [body, words] of [['The PDF claimed it had killed 12 soldiers.', 'killed 12 soldiers'], ['The Myaing PDF claimed responsibility for the attack in a post on Telegram.', 'responsibility for the attack']] as [string, string][]) {
  test(`still hedged: "${body.slice(0, 50)}…"`, () => {
    assert.equal(withText(body, words)?.hedged, true);
  });
}
