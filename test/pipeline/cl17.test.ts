// Wave 17, claims and quotes: sources read by more occupations, tails of a source in mid-sentence
// (", residents said, and took away …", ", told the Wire, leaving …", ", while a relief group put …"),
// a person's verdict before "and said", another source after a semicolon, "in which it claimed",
// an official at a named body, a group's note or bulletin, and doubts that trail a toll.
// Our own sentences, through the whole pipeline with the Myanmar pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

type Who = { name: string; aliases?: string[] } | null | undefined;
type Claim = { text: string; claimant: Who; hedged: boolean };
const run = (body: string) => extractStory('3 April 2026', body);
const claims = (body: string): Claim[] => run(body).claims as Claim[];
const names = (w: Who): string[] => (w ? [w.name, ...(w.aliases ?? [])].map((n) => n.toLowerCase()) : []);
/** The claim whose text holds `words`. */
const claimWith = (body: string, words: string): Claim | undefined => claims(body).find((c) => c.text.includes(words));

// Unnamed sources by occupation: [sentence, words of the claim, the claimant's name (lower case)].
const HEADS: [string, string, string][] = [
  ['One labourer said the bombs hit the sheds where the miners were resting.', 'the bombs hit the sheds', 'labourer'],
  ['A pastor in the village said a drone dropped two bombs on the church compound.', 'a drone dropped two bombs', 'pastor'],
  ['Resistance fighters say they still control the market and the town hall.', 'still control the market', 'resistance fighters'],
  ['A midwife at the clinic said four of the wounded were children.', 'four of the wounded', 'midwife'],
  ['Several porters said they had been forced to carry ammunition for the column.', 'forced to carry ammunition', 'several porters'],
  ['A schoolteacher in Hpakant said the army had set up a checkpoint outside the school.', 'set up a checkpoint', 'schoolteacher'],
  ['An imam in the district said three men were taken from the mosque.', 'three men were taken', 'imam'],
  ['Two children were killed when a shell hit their home, the village head said.', 'Two children were killed', 'village head'],
  // "now says": an update's time word is no part of the source
  ['The township health network now says three people were confirmed dead.', 'three people were confirmed dead', 'township health network'],
  ['Residents now say troops left the town on Sunday.', 'troops left the town', 'residents'],
];
for (const [body, words, name] of HEADS) {
  test(`unnamed source by occupation: "${body}"`, () => {
    assert.equal(claimWith(body, words)?.claimant?.name.toLowerCase(), name);
  });
}
// A group's fighters speak for the group.
for (const [body, org] of [['KIA fighters said they had captured the hill outpost on Sunday.', 'kachin independence army'], ['Local PDF fighters said the junta column had retreated to the town.', "people's defence force"]] as const) {
  test(`a group's fighters are the group: "${body}"`, () => {
    assert.ok(names(claims(body)[0]?.claimant).includes(org));
  });
}

// Speech verbs of an answer: "replied that", "countered that", "admitted that"; not "admitted to hospital".
for (const [body, words] of [
  ['Major General Zaw Min Tun replied that the air force had struck a gathering of fighters.', 'the air force had struck'],
  ['A police spokesman countered that the officers had fired in self-defence.', 'fired in self-defence'],
  ['The army admitted that four soldiers died in the clash near Hpakant.', 'four soldiers died'],
  ['A KNU official argued that the road had been mined by the army.', 'the road had been mined'],
] as const) {
  test(`answer verb: "${body}"`, () => {
    const x = run(body);
    assert.ok([...x.claims, ...x.quotes].some((c) => c.text.includes(words)), JSON.stringify(x.claims));
  });
}
test('"admitted to hospital" reports nothing', () => {
  const c = claimWith('The patient was admitted to hospital with burns, a doctor said.', 'admitted');
  assert.equal(c?.claimant?.name, 'doctor');
  assert.ok(c?.text.startsWith('The patient'));
});

// A source's tail mid-sentence: [sentence, words the claim must hold, words it must not hold, claimant].
const TAILS: [string, string, string | null, string][] = [
  ['The soldiers burned about 40 houses in the village, residents said, and took away six men.', 'took away six men', null, 'residents'],
  ['Troops shelled the market on Monday, two witnesses told the Wire, and later blocked the road to the hospital.', 'Troops shelled the market on Monday, two witnesses told the Wire, and later blocked', null, 'two witnesses'],
  ['The militia seized the ferry on Friday, villagers said, and fired on boats crossing the river.', 'fired on boats', null, 'villagers'],
  ['Chinese officials have closed the border crossing, traders in the town told the Wire, leaving tonnes of goods stuck in warehouses.', 'closed the border crossing', 'leaving', 'traders'],
  ['The army cut the power lines last week, residents told the Wire, forcing the clinic to close.', 'cut the power lines', 'forcing', 'residents'],
  ['The militia detained 12 men on Friday, relatives said, while the army said only three were held.', 'detained 12 men', 'only three', 'relatives'],
  ['Hundreds of fighters overran an army base in the town on Sunday, three security sources said, in the latest attack on a provincial capital.', 'overran an army base', 'latest', 'three security sources'],
  // near misses: a new subject after "and" is the outlet's narration
  ['The soldiers burned about 40 houses, residents said, and armed men later looted the shops.', 'burned about 40 houses', 'looted', 'residents'],
  ['The soldiers burned about 40 houses, residents said, and the army denied it.', 'burned about 40 houses', 'denied', 'residents'],
  ['The soldiers burned about 40 houses, residents said, and wounded three men.', 'wounded three men', null, 'residents'],
];
for (const [body, has, hasNot, who] of TAILS) {
  test(`tail mid-sentence: "${body}"`, () => {
    const c = claimWith(body, has);
    assert.ok(c, JSON.stringify(claims(body)));
    assert.equal(c.claimant?.name, who);
    if (hasNot) assert.ok(!c.text.includes(hasNot), c.text);
  });
}
test('a charge in the contrast clause stands beside the tail statement', () => {
  const cs = claims('Two children were killed when a shell hit their home, the village head said, while a relief group working on the Thai side put the number of dead at four.');
  assert.ok(cs.some((c) => c.claimant?.name === 'village head' && c.text.startsWith('Two children')));
  const g = cs.find((c) => c.text.includes('put the number of dead at four'));
  assert.ok(g && !g.text.startsWith('while'), JSON.stringify(cs));
});

// A person's verdict before "and said" is part of their words: [sentence, how the quote opens].
for (const [body, opens] of [
  ['KIA spokesman Colonel Naw Bu dismissed the figure as a fabrication and said Kachin fighters still held the wards.', 'dismissed the figure'],
  ['Kyaw Zaw, spokesman for the NUG, called the vote a sham and said the military no longer controlled half of the townships.', 'called the vote'],
  ['Daw Khin Mar, a lawmaker, condemned the air strike and said nine children were among the dead.', 'condemned the air strike'],
  ['Salai Thang criticised the ceasefire and said fighting would resume within weeks.', 'criticised the ceasefire'],
  ['U Tun Lin rejected the report and said the troops had not entered the village.', 'rejected the report'],
] as const) {
  test(`verdict and said: "${body}"`, () => {
    assert.ok(run(body).quotes.some((q) => q.text.startsWith(opens)), JSON.stringify(run(body).quotes));
  });
}
test('near miss: a person who only says keeps the quote after the verb', () => {
  assert.equal(run('Colonel Naw Bu said Kachin fighters still held the wards.').quotes[0]?.text, 'Kachin fighters still held the wards');
});

// Another source after a semicolon, "in which it claimed", an official at a named body, a group's document.
test('a semicolon then another speech verb starts another statement', () => {
  for (const [body, second, who] of [
    ['The AA said its troops had killed seven attackers; the RSO acknowledged the loss of two of its members.', 'the loss of two', 'rohingya solidarity organisation'],
    ['The police said the man was armed; his family insisted that he had been unarmed.', 'he had been unarmed', 'family'],
  ] as const) {
    const cs = claims(body);
    assert.equal(cs.length, 2, JSON.stringify(cs));
    assert.ok(names(cs.find((c) => c.text.includes(second))?.claimant).includes(who));
  }
});
test('"in which it claimed" is the sentence\'s organisation, not the last speaker', () => {
  const c = claimWith('The AA said its troops had killed seven attackers. The ARSA released a video on 8 July in which it claimed its fighters had ambushed a patrol near the river.', 'ambushed a patrol');
  assert.ok(names(c?.claimant).includes('arsa'));
  assert.equal(c?.hedged, true);
});
test('an official at a named body carries the body; the body is no person', () => {
  for (const body of [
    'An official at the Red Sea Ports Corporation told the Ledger that four workers died.',
    'An official at the Red Sea Ports Corporation, which operates the port, had earlier told the Ledger that four workers died.',
  ]) {
    const x = run(body);
    assert.ok(names(x.claims[0]?.claimant).includes('red sea ports corporation'), JSON.stringify(x.claims));
    assert.equal(x.quotes.length, 0);
  }
  // near miss: a lower-case workplace is no body's name
  assert.deepEqual(names(claimWith('An official at the port authority told the Ledger that four workers died.', 'four workers')?.claimant), ['official']);
});
test("a group's press note and a state outlet's bulletin speak for them", () => {
  const c = claimWith('The Karen National Union said in a statement that its fighters had captured the camp. The third man was killed in custody, the group\'s press note said.', 'third man');
  assert.ok(names(c?.claimant).includes('karen national union'));
  const m = claimWith("Junta-run MRTV's evening bulletin claimed that security forces had restored stability in the town.", 'restored stability');
  assert.ok(names(m?.claimant).includes('mrtv'));
});

// A person's toll with a trailing doubt is hedged; a trailing aside without a doubt is not.
for (const [body, hedged] of [
  ['Saw Thaw Thi Htoo, a spokesman for the KNU, told the Wire that more than 60 soldiers had been killed in the four days, a figure the Wire could not verify.', true],
  ['Colonel Naw Bu said 30 junta soldiers were killed in the clash, a claim that could not be independently verified.', true],
  ['Colonel Naw Bu said 30 junta soldiers were killed in the clash, a figure higher than the army\'s.', false],
] as const) {
  test(`toll with a trailing aside: "${body}"`, () => {
    assert.equal(claimWith(body, 'killed')?.hedged, hedged);
  });
}
test('"have not been able to reach anyone to confirm" doubts the claim before', () => {
  assert.equal(claimWith('Resistance fighters say they ambushed a convoy near the bridge on Monday. We have not been able to reach anyone in the area to confirm the details.', 'ambushed a convoy')?.hedged, true);
});

// ", the group said, adding that …": the participle goes on with the tail's source, not the sentence's opening noun.
for (const [body, added, who] of [
  ['Two resistance fighters were killed, the KNU said, adding that the column had been shelling nearby villages for days.', 'shelling nearby villages', 'karen national union'],
  ['Earlier this month, KNLA fighters attacked junta positions near the village, the KNU said, adding that seven soldiers had been killed.', 'seven soldiers', 'karen national union'],
  ['Two residents were killed in the shelling, the KNU said, adding that the column had burned the school.', 'burned the school', 'karen national union'],
] as const) {
  test(`participle after a tail: "${body}"`, () => {
    assert.ok(names(claimWith(body, added)?.claimant).includes(who), JSON.stringify(claims(body)));
  });
}
test("an unnamed source's added words are left out; a time word before 'after' is no part of a source", () => {
  assert.equal(claimWith('More than 1,500 people were still sheltering in churches on Thursday, a local aid worker said, adding that many were afraid to return.', 'afraid to return'), undefined);
  assert.equal(claimWith('Soon after the government admitted that three people had contracted the virus, the minister resigned.', 'three people')?.claimant?.name, 'government');
});

// A joint subject's first named body is the claimant; one name with "and" inside it is no joint subject.
for (const [body, words, who] of [
  ["Further south, a joint force of the Dawei District People's Defence Force and the Karen National Liberation Army's 4th Brigade said in a statement that its fighters had ambushed a column.", 'ambushed a column', "people's defence force"],
  ["Ye-U District Battalion 5 of the People's Defence Force and the allied Shwebo Lions drone unit said in a joint statement that more than 40 drones had been flown at the base.", '40 drones', "people's defence force"],
  ["The Kachin Independence Army and the allied People's Defence Force said in a joint statement that they had captured the camp.", 'captured the camp', 'kachin independence army'],
  ['The Arakan Army and the Chin National Army said they had agreed to share the checkpoint.', 'share the checkpoint', 'arakan army'],
] as const) {
  test(`joint subject: "${body}"`, () => {
    assert.ok(names(claimWith(body, words)?.claimant).includes(who), JSON.stringify(claims(body)));
  });
}
test('near miss: "and" inside one name makes no joint subject', () => {
  const cs = claims('The United States Centers for Disease Control and Prevention says that no one has contracted the virus from saliva.');
  assert.ok(!cs.some((c) => names(c.claimant).includes('united states')), JSON.stringify(cs));
});

// People who accuse in their own name; "suspected to have been" hedges; a toll circulated or published; an unnamed
// source in apposition; "the figure of 116 dead" doubts the toll given two sentences before.
for (const [body, who] of [
  ['Rohingya residents accused its fighters of burning much of the town that day.', 'rohingya residents'],
  ['Villagers accused soldiers of looting the rice stores before they left.', 'villagers'],
  ['Local activists accused the militia of abducting four teenagers from the camp.', 'local activists'],
] as const) {
  test(`people's accusation: "${body}"`, () => {
    assert.equal(claims(body)[0]?.claimant?.name.toLowerCase(), who);
  });
}
test('near miss: "accused of" with no accuser is no claim', () => {
  assert.equal(claims('Six civil servants accused of joining the strike were detained.').length, 0);
});
test('"suspected to have been planted" is a distancing cue', () => {
  assert.equal(claimWith('Officials said the device was suspected to have been planted by fighters along a footpath.', 'planted')?.hedged, true);
  assert.equal(claimWith('Officials said the device had been planted by fighters along a footpath.', 'planted')?.hedged, false);
});
for (const [body, who, hedged] of [
  ['Activist networks outside Myanmar have circulated a toll of more than 20, a figure we have not been able to verify.', 'activist networks', true],
  ['A monitoring group published a death toll of 35 for the week.', 'monitoring group', false],
  ['The KNU released a casualty count of 14 for the two days of fighting.', 'karen national union', false],
] as const) {
  test(`toll circulated or published: "${body}"`, () => {
    const c = claims(body)[0];
    assert.ok(names(c?.claimant).includes(who), JSON.stringify(claims(body)));
    assert.equal(c?.hedged, hedged);
  });
}
test('an unnamed source in apposition after a subject with no name', () => {
  const body = 'Heavy gunfire is still coming from the police station, two residents say. One of them, a retired teacher, told us soldiers had gone house to house on Station Road.';
  assert.equal(claimWith(body, 'house to house')?.claimant?.name, 'retired teacher');
  // near miss: a named subject keeps its name
  const named = claims('The Thegon Revolution Force, a local resistance group, denied any involvement and said it does not target civilians.');
  assert.ok(!named.some((c) => c.claimant?.name === 'local resistance group'), JSON.stringify(named));
});
test('"the figure of 116 dead" doubts the toll two sentences before', () => {
  const body = 'Local authorities put the toll at 116, including 46 children. The state government blamed the RSF for the attack. The Wire has not been able to verify the figure of 116 dead.';
  assert.equal(claimWith(body, 'toll at 116')?.hedged, true);
});

// A name before an answer's verb is a person ("Zaw Min Tun replied that …"); a body or a place before it is not.
for (const [body, words] of [
  ['Major General Zaw Min Tun fielded questions. A reporter asked about the bombing. Zaw Min Tun replied that the air force had struck a gathering of fighters.', 'the air force had struck'],
  ['Major General Zaw Min Tun fielded questions. Zaw Min Tun confirmed that the first phase of the vote would be held on December 28.', 'the first phase'],
  ['Salai Thang acknowledged that two of the wounded were fighters.', 'two of the wounded'],
] as const) {
  test(`person before an answer verb: "${body}"`, () => {
    assert.ok(run(body).quotes.some((q) => q.text.startsWith(words)), JSON.stringify(run(body).quotes));
  });
}
test('near miss: a body or a place before "confirmed" is no person', () => {
  for (const body of ['Health officials in the Gaza Strip confirmed the first five cases of the flu.', 'The Scottish Executive confirmed that the virus was found in a sample.']) {
    assert.equal(run(body).quotes.length, 0, body);
  }
});
test('a body named with an initialism is the claimant, not a person', () => {
  const x = run('On Thursday, the U.S. Africa Command said it had carried out an air strike near the town.');
  assert.ok(names(x.claims[0]?.claimant).includes('u.s. africa command'), JSON.stringify(x.claims));
  assert.equal(x.quotes.length, 0);
});
