// Table-driven checks of the claim, quote-attribution and election rules added after scoring
// round 9's unseen articles (state media, RFA/DVB/Irrawaddy styles, Cameroon, Nigeria, an
// election-cuts story). Hand-written sentences: the tiny pack for pack-neutral rules, the
// Myanmar pack where townships or the election layer are needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';
import { extractStory } from '../support/extract-story.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
/** Each claim as "claimant: hedged | text". */
const claims = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name}: ${c.hedged} | ${c.text}`);
const mm = (body: string) => extractStory('10 December 2025', body);
const elections = (body: string): string[] => mm(body).elections.map((e) => `${e.place.name}: ${e.included} vt=${e.excluded_village_tracts} w=${e.excluded_wards} phase=${e.phase}`);


test('claims: "locals" is an unnamed source, before a verb and after "according to"', () => {
  const cases: [string, string, string[]][] = [
    ['…, locals said', 'Army helicopters fired on the hills east of Hillview on Friday night, locals said.', ['locals: false | Army helicopters fired on the hills east of Hillview on Friday night']],
    ['according to locals', 'Troops looted shops in Millbrook market on Saturday, according to locals.', ['locals: false | Troops looted shops in Millbrook market on Saturday']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});
test('elections: polling "will not be held" after an appositive, and voting "postponed until further notice", leave the township out', () => {
  const cases: [string, string, string[]][] = [
    ['appositive before the negated future', 'The election commission said on Monday that second-phase polling, set for 15 January, will not be held in Hpakant Township.', ['Hpakant: false vt=null w=null']],
    ['postponed with the township inside', 'The commission said voting in Tamu Township has been postponed until further notice.', ['Tamu: false vt=null w=null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(elections(body).map((e) => e.replace(/ phase=.*/, '')), expected, label);
});

test('elections: "no voting will take place in N village tracts of X" excludes those tracts, not the township', () => {
  const cases: [string, string, string[]][] = [
    ['count before the township, with "of"', 'No voting will take place in 17 village tracts of Hpakant Township, the commission said.', ['Hpakant: true vt=17 w=null']],
    ['tracts and wards of a second township', 'No voting will take place in nine village tracts of Mohnyin Township and in five village tracts and three wards of Hpakant Township.', ['Mohnyin: true vt=9 w=null', 'Hpakant: true vt=5 w=3']],
    ['the whole township still', 'No voting will take place in Hpakant Township, the commission said.', ['Hpakant: false vt=null w=null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(elections(body).map((e) => e.replace(/ phase=.*/, '')), expected, label);
});

test('elections: "all village tracts in X remain on the polling list" includes X with none excluded', () => {
  const cases: [string, string, string[]][] = [
    ['remain on the polling list', 'Second-phase polling is scheduled for 11 January. All village tracts in Mohnyin Township remain on the polling list.', ['Mohnyin: true vt=0 w=null phase=2']],
    ['all wards will vote', 'In the second phase, all wards of Hpakant Township will vote.', ['Hpakant: true vt=0 w=null phase=2']],
    ['not a list of something else', 'All village tracts in Mohnyin Township remain without electricity.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(elections(body), expected, label);
});

test('elections: "the administrator of a ward … hand over ten names" is no election fact ("names" is no list naming places)', () => {
  assert.deepEqual(elections('The administrator of a ward in Hpakant Township said he had been told to hand over ten names every month for military service.'), []);
});

test('elections: "Ward 4 of X" is a ward\'s number, not four wards excluded', () => {
  assert.deepEqual(elections('Ahead of the general election, troops raided a house in Ward 4 of Hpakant on Monday and arrested two men.'), []);
});

test('elections: a township left out of a phase its own sentence names keeps that phase', () => {
  const cases: [string, string, string[]][] = [
    ['phase in the sentence', 'The commission said second-phase polling will not be held in Hpakant Township.', ['Hpakant: false vt=null w=null phase=2']],
    ['phase only in an earlier sentence', 'Second-phase polling is scheduled for 11 January in Mohnyin Township. No polling will be held in Hpakant Township.', ['Mohnyin: true vt=null w=null phase=2', 'Hpakant: false vt=null w=null phase=null']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(elections(body), expected, label);
});

test('claims: "…, the information team said" names back the office told in full before; "the statement added" is its', () => {
  const cases: [string, string, string[]][] = [
    ['named in full before', 'Troops found a weapons cache near Hillview on Monday, according to the Border Press Information Team.\n\nNLF fighters had planted mines on the road to the village, the information team said. The group wants to frighten travellers, the statement added.',
      ['Border Press Information Team: false | NLF fighters had planted mines on the road to the village', 'Border Press Information Team: false | The group wants to frighten travellers']],
    ['never named in full', 'NLF fighters had planted mines on the road to Hillview, the media team said.', ['media team: false | NLF fighters had planted mines on the road to Hillview']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body).filter((c) => !c.includes('cache')), expected, label);
});

test('claims: "\\"…,\\" said NAME" after a quote is no claim, whatever source nouns the quote holds', () => {
  assert.deepEqual(claims('"We will keep talking to the government so that the people of Hillview can live in peace," said Thomas Brandenburg.'), []);
});

test('claims: "According to X, a research group, …": an unknown title-case name is the source, its appositive is not the claim', () => {
  const cases: [string, string, string[]][] = [
    ['unknown name and appositive', 'According to Maps for Freedonia, a research group based abroad, more than 9,000 homes have been burned in the province since 2021.',
      ['Maps for Freedonia: false | more than 9,000 homes have been burned in the province since 2021']],
    ['a plain opening clause is kept', 'According to Maps for Freedonia, a total of 9,000 homes, most of them in Hillview, have been burned.',
      ['Maps for Freedonia: false | a total of 9,000 homes, most of them in Hillview, have been burned']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "a source close to the army told …" is that source, not the army', () => {
  const cases: [string, string, string[]][] = [
    ['close to', 'A source close to the army told the Daily that the northern command had lost 40 trucks in Hillview since May.',
      ['source close to the army: false | the northern command had lost 40 trucks in Hillview since May']],
    ['an official from a party is still the party', 'An official from the NLF told the Daily that the group had lost 40 trucks in Hillview since May.',
      ['Northern Liberation Front: false | the group had lost 40 trucks in Hillview since May']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "They" right after an unnamed plural source\'s statement is that source', () => {
  const cases: [string, string, string[]][] = [
    ['a charge', 'The army said its troops had cleared Hillview. Twelve shops were looted in Millbrook on Friday, villagers said. They blamed soldiers for the looting.',
      ['Armed Forces of Freedonia: false | its troops had cleared Hillview', 'villagers: false | Twelve shops were looted in Millbrook on Friday', 'villagers: false | They blamed soldiers for the looting']],
    ['a speech verb', 'The army said its troops had cleared Hillview. Twelve shops were looted in Millbrook on Friday, villagers said. They said the looters wore army uniforms.',
      ['Armed Forces of Freedonia: false | its troops had cleared Hillview', 'villagers: false | Twelve shops were looted in Millbrook on Friday', 'villagers: false | the looters wore army uniforms']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "X put the number/toll at N" is X\'s claim, also when a registry word sits inside a longer name', () => {
  const cases: [string, string, string[]][] = [
    ['an unnamed source', 'A local monitoring group put the death toll at 14.', ['local monitoring group: false | A local monitoring group put the death toll at 14']],
    ['a longer name round a registry word, with a second verb', 'The Hillview District NLF Command put the number of captured soldiers at 30 and said none had been harmed.',
      ['Northern Liberation Front: false | NLF Command put the number of captured soldiers at 30 and said none had been harmed']],
    ['"put" with another object', 'The NLF put the prisoners on a truck to Hillview.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "the resistance alliance said" is the first organisation the sentence before names; its second verb shares it', () => {
  const cases: [string, string, string[]][] = [
    ['described alliance, second verb', 'The NLF and local militias took Hillview on Monday. The rebel alliance said on Tuesday that it had overrun the army base in the town, and claimed to have captured 40 soldiers.',
      ['Northern Liberation Front: false | it had overrun the army base in the town', 'Northern Liberation Front: true | to have captured 40 soldiers']],
    ['nothing named before', 'The rebel alliance said on Tuesday that it had overrun the army base in Hillview.', ['rebel alliance: false | it had overrun the army base in Hillview']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "The information team said …" opening the sentence names back the office too', () => {
  assert.deepEqual(claims('Troops found a weapons cache near Hillview on Monday, according to the Border Press Information Team.\n\nThe information team said NLF fighters had planted mines on the road to the village.').filter((c) => !c.includes('cache')),
    ['Border Press Information Team: false | NLF fighters had planted mines on the road to the village']);
});

test('people: West African Muslim honorifics ("Alhaji", "Mallam") are titles before a name', () => {
  const people = (body: string): string[] => runEarly(head + body).layers.people.map((p) => `${p.title ?? '-'} ${p.name}`);
  assert.deepEqual(people('The talks were led by Alhaji Musa Danjuma and Mallam Sani Bello in Hillview.'), ['Alhaji Musa Danjuma', 'Mallam Sani Bello']);
});

test('attribution: "according to the <place> council chairman, NAME" is NAME\'s, not the council\'s', () => {
  const run = (body: string) => runEarly(head + body).layers;
  const l = run('Village elders agreed a truce with the NLF last week under which 12 captives were freed, according to the Hillview district council chairman, Alhaji Musa Danjuma.');
  assert.deepEqual(l.quotes.map((q) => `${q.speaker?.name}: ${q.text}`), ['Musa Danjuma: Village elders agreed a truce with the NLF last week under which 12 captives were freed']);
  assert.deepEqual(l.claims.map((c) => c.claimant?.name), []);
});

test('claims: "could not verify the death toll" paragraphs later, after other speakers, hedges the claim that gave the toll', () => {
  const body = 'An army jet bombed a school in Hillview on Thursday, killing seven children, villagers said.\n\nThe school had been closed for a week, a teacher who asked not to be named told the Daily.\n\n"We heard the plane at dawn," said Tom Brand, a farmer.\n\nHe said the village had no fighters.\n\nThe Daily could not independently verify the death toll.';
  assert.deepEqual(claims(body).map((c) => c.replace(/ \|.*/, '')), ['villagers: true', 'teacher: false']);
  // No toll claimed: the doubt reaches no claim so far back.
  assert.deepEqual(claims(body.replace(', killing seven children', '')).map((c) => c.replace(/ \|.*/, '')), ['villagers: false', 'teacher: false']);
});

test('claims: "could not verify the figure" after two claims of one sentence hedges the counted one only', () => {
  const body = 'The NLF said it had overrun the army\'s Battalion 12 base in Hillview, and claimed to have captured 40 soldiers. The Daily could not independently verify the figure.';
  assert.deepEqual(claims(body).map((c) => c.replace(/ \|.*/, '')), ['Northern Liberation Front: false', 'Northern Liberation Front: true']);
  const plain = 'The NLF said it had overrun the army\'s Battalion 12 base in Hillview, and said it had captured 40 soldiers. The Daily could not independently verify the figure.';
  assert.deepEqual(claims(plain).map((c) => c.replace(/ \|.*/, '')), ['Northern Liberation Front: false', 'Northern Liberation Front: true']);
  const account = 'The NLF said it had overrun the army\'s Battalion 12 base in Hillview, and said it had captured 40 soldiers. The Daily could not independently verify the account.';
  assert.deepEqual(claims(account).map((c) => c.replace(/ \|.*/, '')), ['Northern Liberation Front: true', 'Northern Liberation Front: true']);
});

test('claims: a schedule "according to the list published in <newspapers>" is the elections layer\'s fact, not a claim', () => {
  const cases: [string, string, string[]][] = [
    ['counted parts from a published list', 'Polling will not take place in 12 village tracts of Hillview, according to the list published in state-run newspapers on Monday.', []],
    ['a report in the papers still claims', 'Troops burned 40 houses in Hillview, according to a report in state-run newspapers.', ['state-run newspapers: false | Troops burned 40 houses in Hillview']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: officers, co-workers, colleagues and rescue/relief teams are unnamed sources', () => {
  const cases: [string, string, string[]][] = [
    ['officers', 'A car bomb exploded at the gate of an army base in Hillview on Monday, killing four soldiers, army officers said.', ['army officers: false | A car bomb exploded at the gate of an army base in Hillview on Monday, killing four soldiers']],
    ['co-workers', 'A miner was killed by a landmine near Millbrook on Sunday, his co-workers said.', ['co-workers: false | A miner was killed by a landmine near Millbrook on Sunday']],
    ['according to a rescue team', 'A jet bombed a school in Lakeside on Friday, killing three children, according to a local rescue team.', ['local rescue team: false | A jet bombed a school in Lakeside on Friday, killing three children']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: an unnamed source with a "near …" or "appointed by …" tail', () => {
  const cases: [string, string, string[]][] = [
    ['near', 'One trader near the central market said rice now sells for twice the price in Hillview.', ['trader: false | rice now sells for twice the price in Hillview']],
    ['appointed by', 'Army guns shelled Millbrook on Tuesday, a local administrator appointed by the resistance said.', ['local administrator: false | Army guns shelled Millbrook on Tuesday']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "…, they said." right after an unnamed plural source\'s statement is that source', () => {
  assert.deepEqual(claims('The NLF said it had taken Millbrook. Fighting has continued around Hillview since Monday, residents said. The army still holds the town centre and the bridge, they said.'),
    ['Northern Liberation Front: false | it had taken Millbrook', 'residents: false | Fighting has continued around Hillview since Monday', 'residents: false | The army still holds the town centre and the bridge']);
});

test('claims: "He said …" with no person named before is the unnamed source just before', () => {
  const cases: [string, string, string[]][] = [
    ['an unnamed officer', 'Army troops attacked NLF positions near Hillview on Monday, an NLF officer told the Daily. He said nine soldiers were killed.',
      ['NLF officer: false | Army troops attacked NLF positions near Hillview on Monday', 'NLF officer: false | nine soldiers were killed']],
    ['a named person still wins', 'Tom Brand, a farmer, said the army came at night. The army attacked Hillview on Monday, an NLF officer told the Daily. He said nine soldiers were killed.',
      ['NLF officer: false | The army attacked Hillview on Monday', 'Tom Brand: false | nine soldiers were killed']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: an adverb between an unnamed source and its verb ("Residents also said")', () => {
  assert.deepEqual(claims('Residents also said retreating troops had taken eight men from Hillview as porters.'), ['Residents: false | retreating troops had taken eight men from Hillview as porters']);
});

test('people: "the county commissioner, NAME, said" names the speaker (commissioner is a role)', () => {
  const quotes = (body: string): string[] => runEarly(head + body).layers.quotes.map((q) => `${q.speaker?.name}: ${q.text}`);
  assert.deepEqual(quotes('The Hillview county commissioner, Tom Brandt, said twelve people had been killed in the market.'), ['Tom Brandt: twelve people had been killed in the market']);
});

test('claims: a person\'s count of the wounded only is a quote, not a contested toll claim', () => {
  const cases: [string, string, string[]][] = [
    ['wounded only', 'Tom Brand, an NLF spokesman, said two of the group\'s fighters had been slightly wounded.', []],
    ['a death toll still is', 'Tom Brand, an NLF spokesman, said 12 soldiers were killed and two fighters wounded.', ['Tom Brand: false | 12 soldiers were killed and two fighters wounded']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: a denial of a deed ("X denied targeting civilians") is claimed with its subject; a charge before a semicolon stays', () => {
  const cases: [string, string, string[]][] = [
    ['gerund', 'The army denied shelling the market in Hillview.', ['Armed Forces of Freedonia: false | The army denied shelling the market in Hillview']],
    ['"any role"', 'The NLF denied any role in the attack on Millbrook.', ['Northern Liberation Front: false | The NLF denied any role in the attack on Millbrook']],
    // Round 10: "denied that X" asserts the denial, as the gold codes it; the bare clause read as X.
    ['a denied clause keeps its denial', 'The NLF denied that its fighters had entered Millbrook.', ['Northern Liberation Front: false | The NLF denied that its fighters had entered Millbrook']],
    ['charge; denial', 'The army blamed the NLF for the fire in Hillview; NLF leaders denied any role.', ['Armed Forces of Freedonia: false | army blamed the NLF for the fire in Hillview', 'NLF leaders: false | NLF leaders denied any role']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: "…, it added." ending a sentence is the organisation whose statement the story reports', () => {
  assert.deepEqual(claims('The NLF said its fighters had taken Millbrook on Monday. The army had already lost Hillview in May, it added.'),
    ['Northern Liberation Front: false | its fighters had taken Millbrook on Monday', 'Northern Liberation Front: false | The army had already lost Hillview in May']);
});

test('claims: an election body saying "every village tract in X will vote" states a schedule (the elections layer\'s), not a claim', () => {
  assert.deepEqual(claims('The Freedonia Election Commission said the vote would take place in two phases. Every village tract in Hillview Township will vote, it said.'), []);
});

test('people: a name ending on a place noun ("the Dalet Chaung said") is no person; the unnamed source before it speaks', () => {
  const l = runEarly(head + 'Residents who fled to villages along the Nam Chaung said the army dropped hundreds of bombs on Hillview.').layers;
  assert.deepEqual(l.people.map((p) => p.name), []);
  assert.deepEqual(l.claims.map((c) => `${c.claimant?.name}: ${c.text}`), ['Residents: the army dropped hundreds of bombs on Hillview']);
});
