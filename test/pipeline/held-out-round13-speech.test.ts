// Table-driven checks of the quote and claim rules added after round 13's unseen articles:
// "allege" in the plural present, friends as sources, "told reporters at the scene", a speech
// verb joined by "and" to the sentence's first predicate, appositives that name a person ("a
// hotel cleaner who …", "spokesperson for …"), "wrote" after a quote, colon-introduced quotes
// and "the command said". Hand-written sentences, the tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
/** Each claim as "claimant: hedged | text". */
const claims = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name}: ${c.hedged} | ${c.text}`);
/** Each quote as "speaker: text". */
const quotes = (body: string): string[] => runEarly(head + body).layers.quotes.map((q) => `${q.speaker?.name}: ${q.text}`);

test('claims: "X allege that …" is a hedged claim; "abroad" may follow the source noun', () => {
  const cases: [string, string, string[]][] = [
    ['activists abroad', 'Exiled activists abroad allege that the prisoners were moved to a camp near the border.', ['Exiled activists: true | the prisoners were moved to a camp near the border']],
    ['villagers', 'Villagers allege that soldiers burned the rice stores before leaving.', ['Villagers: true | soldiers burned the rice stores before leaving']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "according to a friend of …" is an unnamed source', () => {
  assert.deepEqual(claims('The two students were detained at a bus station on Friday evening, according to a friend of the pair.'),
    ['friend: false | The two students were detained at a bus station on Friday evening']);
});

test('quotes: "…, X told reporters at the scene." — where it was told is not what was said', () => {
  const cases: [string, string, string[]][] = [
    ['at the scene', 'Troops cleared the last gunmen from the market shortly before noon, police spokesman Major Tom Reed told reporters at the scene.', ['Tom Reed: Troops cleared the last gunmen from the market shortly before noon']],
    ['in a town', 'The bridge had been mined overnight, army spokesman Colonel Ann Berg told journalists in the capital.', ['Ann Berg: The bridge had been mined overnight']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('quotes: "He put the toll at 17, including …, and said …" — the verb after "and" shares the opening subject', () => {
  const cases: [string, string, string[]][] = [
    ['pronoun (the toll joined by "and" is part of his words)', 'Colonel Tun Lin arrived on Monday. He put the death toll at nine, including two members of the militia, and said 30 people had been wounded.', ['Tun Lin: put the death toll at nine, including two members of the militia, and said 30 people had been wounded']],
    ['name', 'Colonel Tun Lin visited the camp with three officers of the brigade, and said the families would be moved.', ['Tun Lin: the families would be moved']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('people: an appositive naming a person by a "who" clause or a role without its article', () => {
  const cases: [string, string, string[]][] = [
    ['"a hotel cleaner who"', 'Mara Quist, a hotel cleaner who hid in a cupboard, described the night.\n\n"They were shouting to each other all night long," she said.', ['Mara Quist: They were shouting to each other all night long']],
    ['"spokesperson for"', 'Pavel Orlik, spokesperson for the eastern group of forces, told the Daily that the village was still held by his units.', ['Pavel Orlik: the village was still held by his units']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('quotes: "…," X wrote on social media — "wrote" names the speaker after a quote', () => {
  assert.deepEqual(quotes('President Ivo Marek called for more air defence.\n\n"Every such night shows they do not want peace at all," Marek wrote on social media.'),
    ['Ivo Marek: Every such night shows they do not want peace at all']);
});

test('quotes: a colon after any clause of the person opening the sentence introduces the quote', () => {
  const cases: [string, string, string[]][] = [
    ['described the scene:', 'Ko Zaw Lin, 41, who lost his shop, described the scene: "The fire came first, then the soldiers."', ['Ko Zaw Lin: The fire came first, then the soldiers.']],
    ['no person opening the sentence', 'The banner read: "The fire came first, then the soldiers."', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('claims: "the command said" names back the organisation last named as a command, not the last one named', () => {
  const got = claims('The Eastern Command said it had struck a camp near Hillview on Saturday. The strike was aimed at the Red Hornbill. No civilians were harmed, the command said.');
  assert.equal(got.length, 2);
  // The tiny pack reads "Eastern Command" as a unit of the state's forces.
  assert.equal(got[1], 'Armed Forces of Freedonia: false | No civilians were harmed');
});

test('claims: "a member of the …" / "an official from the …" keep the described owner in the source\'s name', () => {
  const cases: [string, string, string[]][] = [
    ['said a member of', 'The soldiers shot two of the porters, said a member of the resistance group who helped bury them.', ['member of the resistance group: false | The soldiers shot two of the porters']],
    ['according to a member of', 'A bomb tore through the roof of the clinic, according to a member of the clinic staff.', ['member of the clinic staff: false | A bomb tore through the roof of the clinic']],
    ['an official from … told', 'A parcel exploded in the party office on Wednesday, an official from the ruling party told reporters.', ['official from the ruling party: false | A parcel exploded in the party office on Wednesday']],
    ['a plain official keeps its name', 'A parcel exploded in the party office on Wednesday, an official told reporters.', ['official: false | A parcel exploded in the party office on Wednesday']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('people: "the General Staff" is no person named Staff', () => {
  assert.deepEqual(quotes('The General Staff also said 40 clashes had taken place along the front line over the past day.'), []);
});

test('claims: "…, X reported on Dec. 16." — an abbreviated date after the verb is when, not what', () => {
  assert.deepEqual(claims('The enemy has lost around 1,200 tanks since the start of the war, the Freedonian Army reported on Dec. 16.'),
    ['Freedonian Army: false | The enemy has lost around 1,200 tanks since the start of the war']);
});

test('claims: "…, according to X, while Y said …" — the rival source after an "according to" statement', () => {
  assert.deepEqual(claims('Three people were killed, according to a relative of one of the victims, while the Red Hornbill said five had died.'),
    ['relative: false | Three people were killed', 'Red Hornbill: false | five had died']);
});

test('claims: a person\'s count of bodies or "a man was killed" is a toll, and "either figure" doubts a count of bodies', () => {
  const cases: [string, string, string[]][] = [
    ['bodies', 'Ko Tun Aung, a rescue worker, said 14 bodies had been recovered by Tuesday evening.', ['Ko Tun Aung: false | 14 bodies had been recovered by Tuesday evening']],
    ['a man was killed', 'A man was killed when drones hit the port, according to Governor Ivo Marek.', ['Ivo Marek: false | A man was killed when drones hit the port']],
    ['bodies without a count', 'Ko Tun Aung, a rescue worker, said rescuers had pulled bodies from the rubble all day.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
  const doubted = claims('A rescue volunteer said 14 bodies had been recovered by Tuesday evening. The Red Hornbill put the toll at 17. The Daily could not independently verify either figure.');
  assert.ok(doubted[0]!.startsWith('rescue volunteer: true |'), doubted.join('\n'));
});

test('quotes and claims: "Army spokesman Major General X dismissed the reports, saying …" — the person after the role speaks, and a party\'s rebuttal is also its claim', () => {
  const body = 'Army spokesman Major General Tun Lin of the Freedonian Army dismissed the reports on Saturday, saying the air force had struck only rebel camps. He said photos of dead children were fabricated by the rebels.';
  assert.deepEqual(quotes(body), ['Tun Lin: the air force had struck only rebel camps', 'Tun Lin: photos of dead children were fabricated by the rebels']);
  assert.deepEqual(claims(body), ['Tun Lin: false | the air force had struck only rebel camps', 'Tun Lin: false | photos of dead children were fabricated by the rebels']);
  // Without a rebuttal of reports or a charge of fabrication, a spokesman's words stay a quote.
  assert.deepEqual(claims('Major General Tun Lin of the Freedonian Army rejected the rebel version and said his troops had not been in the village.'), []);
});

test('claims: a short quoted phrase opening reported speech ("said \\"X\\" had been …") is a claim, not a direct quote', () => {
  const cases: [string, string, string[]][] = [
    ['after "said"', 'State television said "rebel terrorists" had been driven back from the hill with heavy losses.', ['State television: false | "rebel terrorists" had been driven back from the hill with heavy losses']],
    ['after "said … that"', 'The regional administration said in a statement that "a few agitators" had tried to force their way into the office.', ['regional administration: false | "a few agitators" had tried to force their way into the office']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "they suspect …" and "… but offered no evidence" hedge the claim', () => {
  const cases: [string, string, string[]][] = [
    ['they suspect', 'Villagers told a local outlet that soldiers camped on the farm in October and that they suspect the soldiers left mines behind.', ['Villagers: true | soldiers camped on the farm in October and that they suspect the soldiers left mines behind']],
    ['offered no evidence', 'State television blamed the Red Hornbill for the blast but offered no evidence.', ['State television: true | State television blamed the Red Hornbill for the blast but offered no evidence']],
    ['"suspected" as an adjective is no hedge', 'Suspected rebels burned two trucks on the road, villagers said.', ['villagers: false | Suspected rebels burned two trucks on the road']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "A <group> officer on the front, speaking on condition of anonymity, said …" is an unnamed source', () => {
  assert.deepEqual(claims('A militia officer on the eastern front, speaking on condition of anonymity, said two drones circled over the trench line before dropping their bombs.'),
    ['militia officer: false | two drones circled over the trench line before dropping their bombs']);
});

test('claims: "Later the same day, a little-known group … claimed responsibility, saying …" — the subject after an opening adverbial', () => {
  assert.deepEqual(claims('Later the same day, a little-known guerrilla group calling itself the Night Owls claimed responsibility in a post online, saying it had punished an informer.'),
    ['little-known guerrilla group: true | it had punished an informer']);
});

test('claims: present-tense reports ("residents reached by telephone report that …", "affirmed that …")', () => {
  const cases: [string, string, string[]][] = [
    ['report that', 'Residents reached by telephone report that the rebels first took the border post and then the market.', ['Residents: false | the rebels first took the border post and then the market']],
    ['affirmed that', 'The NLF affirmed that its fighters had left the town.', ['Northern Liberation Front: false | its fighters had left the town']],
    ['"report" as a noun', 'The report that was published on Monday listed 40 villages.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "<source> counts / reports N dead" is the source\'s toll, told as a whole clause', () => {
  const cases: [string, string, string[]][] = [
    ['counts', 'Bombs fell on the market on Friday. The civil society of the plain counts at least 23 civilians killed.', ['civil society: false | The civil society of the plain counts at least 23 civilians killed']],
    ['reports', 'Fighting went on near Hillview on Tuesday. A local administrative source reports four dead among the fighters.', ['local administrative source: false | A local administrative source reports four dead among the fighters']],
    ['no count', 'A local administrative source reports heavy fighting near Hillview.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('quotes: "According to him, …" names back the person of the paragraph, or the unnamed source just before', () => {
  assert.deepEqual(quotes('The government spokesperson, Ivo Marek, spoke on Wednesday evening. According to him, the government remains committed to the talks.'),
    ['Ivo Marek: the government remains committed to the talks']);
  assert.deepEqual(claims('Colonel Tun Lin visited the camp.\n\nA village leader told the Daily on Tuesday that the truce was under strain. According to him, dozens of families have left the hill villages.'),
    ['village leader: false | the truce was under strain', 'village leader: false | dozens of families have left the hill villages']);
});

test('quotes: "…," the chief minister said — the person last named with that title', () => {
  assert.deepEqual(quotes('Chief Minister Ravi Sen condemned the attack. "Those who target passengers will be dealt with firmly," the chief minister said.'),
    ['Ravi Sen: Those who target passengers will be dealt with firmly']);
});

test('claims: "X told the Daily on Tuesday that …" reports the clause after "that" (the time is no told-whom-only tail)', () => {
  assert.deepEqual(claims('A village leader told the Daily on Tuesday that the truce was under strain.'), ['village leader: false | the truce was under strain']);
});

test('claims: "X claimed responsibility in a statement" is the whole clause; "no group claimed responsibility" claims nothing', () => {
  const cases: [string, string, string[]][] = [
    ['organisation', 'The banned Northern Liberation Front (NLF) claimed responsibility in a statement sent to journalists.', ['Northern Liberation Front: true | Northern Liberation Front (NLF) claimed responsibility in a statement sent to journalists']],
    ['no group', 'The blast damaged two shops, and no group claimed responsibility for it.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: a phrase quoted inside the clause before "…, the army said." does not make it a direct quote', () => {
  assert.deepEqual(claims('Four soldiers were killed, while nine rebels were "sent to hell" as troops repulsed the attack, the army said.'),
    ['Armed Forces of Freedonia: false | Four soldiers were killed, while nine rebels were "sent to hell" as troops repulsed the attack']);
  assert.deepEqual(claims('"We will not leave the town until the road is open again," the army said.'), [], 'a direct quote stays one');
});

test('claims: "…, residents said, weeks before …" — the context after the verb is the outlet\'s', () => {
  assert.deepEqual(claims('A jet bombed a village late on Monday, killing at least 17 people, residents said, weeks before the junta holds its election.'),
    ['residents: false | A jet bombed a village late on Monday, killing at least 17 people']);
});

test('claims: "X put the number of dead at 21 … and said …" — the charge joined by "and" is part of the claim', () => {
  assert.deepEqual(claims('The NLF put the number of dead at 21 in a statement on Tuesday and said more than 30 people were wounded.'),
    ['Northern Liberation Front: false | NLF put the number of dead at 21 in a statement on Tuesday and said more than 30 people were wounded']);
  assert.deepEqual(claims('Colonel Tun Lin arrived. He put the death toll at 17, including three policemen, and said 42 people had been wounded.'),
    ['Tun Lin: false | put the death toll at 17, including three policemen, and said 42 people had been wounded'], 'a person\'s toll is also his claim');
});

test('claims: "… could not verify the death toll" after a claim that gives none doubts the toll before it', () => {
  const got = claims('A jet bombed the village on Monday, killing at least 17 people, residents said.\n\nThe aircraft dropped two bombs near the monastery, according to two villagers.\n\nThe Daily could not independently verify the death toll.');
  assert.deepEqual(got, ['residents: true | A jet bombed the village on Monday, killing at least 17 people', 'two villagers: false | The aircraft dropped two bombs near the monastery']);
});

test('claims: "X was unable to confirm the report" doubts the source\'s whole account in the paragraph', () => {
  assert.deepEqual(claims('Colonel Tun Lin spoke on Monday.\n\nA drone dropped two bombs on Hillview late on Wednesday, wounding a woman, the NLF said in a statement. The group blamed the army. The Daily was unable to confirm the report.'),
    ['Northern Liberation Front: true | A drone dropped two bombs on Hillview late on Wednesday, wounding a woman', 'Northern Liberation Front: true | The group blamed the army']);
  // The source's claim in the paragraph before is not doubted.
  assert.deepEqual(claims('The NLF said its fighters had planted the bomb.\n\nThe NLF also said its fighters had shot an informer. The claim could not be independently verified.'),
    ['Northern Liberation Front: false | its fighters had planted the bomb', 'Northern Liberation Front: true | its fighters had shot an informer']);
});

test('claims: "A charity team … put the death toll at three, saying …" — the charge before the participle is claimed too', () => {
  assert.deepEqual(claims('A local charity team that carried the wounded put the death toll at three, saying an elderly man died of his injuries.'),
    ['local charity team: false | put the death toll at three, saying an elderly man died of his injuries']);
});

test('claims: "groups falsely claimed …" and "The same statement alleged …"', () => {
  assert.deepEqual(claims('Some rebel groups falsely claimed on social media that Hillview had fallen to the rebels.'),
    ['rebel groups: true | Hillview had fallen to the rebels']);
  assert.deepEqual(claims('The army said in a statement that troops had killed 26 rebels. The same statement alleged that rebel artillery had struck a ward of Hillview.'),
    ['Armed Forces of Freedonia: false | troops had killed 26 rebels', 'Armed Forces of Freedonia: true | rebel artillery had struck a ward of Hillview']);
});
