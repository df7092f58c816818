// Table-driven checks of the speech rules added after four unseen articles (quotes, claims,
// speakers): who speaks, what a statement is, and which sentences state nothing. Hand-written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\nA headline\n\n';
const quotes = (body: string): string[] => runEarly(head + body).layers.quotes.map((q) => `${q.speaker?.name ?? '-'}${q.direct ? ' (direct)' : ''}: ${q.text}`);
const claims = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);

test('speakers: the listener of "told X" never speaks; a surname alone names the person named before; a role may say whose it is', () => {
  const cases: [string, string, string[]][] = [
    ['"told <outlet>" names the listener: "he" is still the officer',
      'The group\'s information officer, Ko Aung Min, told Eastern Star Weekly that the jet had circled twice. He denied that the NLF kept any base in the village.',
      ['Ko Aung Min: the jet had circled twice', 'Ko Aung Min: denied that the NLF kept any base in the village']],
    ['"Brown said" after "Mary Brown"',
      'Mary Brown, a nurse, said the ward was full.\n\nKo Tun, a farmer, said his field had burned.\n\n"Markets are where families buy what little food still reaches the town," Brown said.',
      ['Mary Brown: the ward was full', 'Ko Tun: his field had burned', 'Mary Brown (direct): Markets are where families buy what little food still reaches the town']],
    ['a surname nobody was named with is nobody', '"We will not leave this valley whatever happens," Smith said.', ['- (direct): We will not leave this valley whatever happens']],
    ['"the coordinator for Sylvania, Mary Brown, said"',
      'The UN\'s humanitarian coordinator for Sylvania, Mary Brown, said she was "appalled" by the attack.',
      ['Mary Brown: she was "appalled" by the attack']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('quotes: "quoted X as saying", "wrote … that", a speech verb after a direct quote, a person relayed by an outlet', () => {
  const cases: [string, string, string[]][] = [
    ['a source opening the sentence is its subject, not an inversion', 'Ma Hla, a nurse who has been on strike since February, said the killings would not stop health workers.',
      ['Ma Hla: the killings would not stop health workers']],
    ['a name ending on an organisation\'s noun is no person', 'The Karen Rivers Rights Group, a monitoring organisation, said it had recorded 38 air strikes. Staff at Rivertown General Hospital said no one had died.', []],
    ['"quoted X as saying"', 'The paper quoted committee member General Soe Lin as saying the talks would bring peace.', ['Soe Lin: the talks would bring peace']],
    ['"wrote on social media that"', 'Its adviser Ko Zaw Htet wrote on social media that the group does not target markets.', ['Ko Zaw Htet: the group does not target markets']],
    ['"wrote a letter" reports nothing', 'Ko Zaw Htet wrote a letter to the army about the missing men.', []],
    ['"“…,” she said from her bed": the verb attributes the quote',
      'Ma Hla, a seller, was wounded.\n\n"I heard a whistle and then everything was smoke," she said from her bed at the hospital.',
      ['Ma Hla (direct): I heard a whistle and then everything was smoke']],
    ['"X said that …, according to <outlet>": X speaks',
      'Speaking on Tuesday, General Soe Lin said that more than half of voters had cast ballots, according to Freedonia Daily.',
      ['Soe Lin: more than half of voters had cast ballots']],
    ['"according to" without a source is part of what is said', 'General Soe Lin said the prisoners would be treated according to the Geneva Conventions.',
      ['Soe Lin: the prisoners would be treated according to the Geneva Conventions']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('claims: unnamed sources with long asides, reports and dailies, a unit of an organisation, two clauses, what is no statement', () => {
  const cases: [string, string, string[]][] = [
    ['a long "who" clause after an unnamed source',
      'A doctor at the hospital, who spoke on condition of anonymity because he was not authorised to talk to the media, said the hospital had run out of blood bags.',
      ['doctor at the hospital: the hospital had run out of blood bags']],
    ['"according to unconfirmed reports"', 'According to unconfirmed reports, an informer had passed the location to the army.',
      ['unconfirmed reports (hedged): an informer had passed the location to the army']],
    ['"the same reports warned" refers back: no source of its own', 'The same reports warned that the army would attack villages.', []],
    ['a daily and aid agencies are sources', 'The Rivertown daily claimed that NLF fighters had laid mines. Aid agencies say food prices in Rivertown have tripled since June.',
      ['Rivertown daily (hedged): NLF fighters had laid mines', 'Aid agencies: food prices in Rivertown have tripled since June']],
    ['a named team of the army speaks for it', 'The army\'s Psychological Warfare Team said in a statement on Wednesday that the air force had struck a camp.',
      ['Armed Forces of Freedonia: the air force had struck a camp']],
    ['"said A and claimed that B": two claims, the second hedged', 'The NLF said the election was a sham and claimed that the army had forced officials to vote.',
      ['Northern Liberation Front: the election was a sham', 'Northern Liberation Front (hedged): the army had forced officials to vote']],
    ['a relative clause between the subject and a charge', 'The state government, which is loyal to the army, blamed the NLF for the attack on Rivertown.',
      ['state government: The state government, which is loyal to the army, blamed the NLF for the attack on Rivertown']],
    ['"which" after an unnamed source before a speech verb', 'The local council, which runs the camp, said 40 families had arrived.',
      ['local council: 40 families had arrived']],
    ['a clause opener is not part of the source', 'Fighting spread on Monday, a day after the regime\'s mouthpiece newspaper said the two sides had agreed to talk.',
      ['regime\'s mouthpiece newspaper: the two sides had agreed to talk']],
    ['a source\'s second verb: the noun phrase before the first', 'Junta-controlled media have described people who evade conscription as "deserters" and warned that they face up to five years in prison.',
      ['Junta-controlled media: they face up to five years in prison']],
    ['"is said to" distances', 'The NLF is said to hold most of Rivertown, according to residents.', ['residents (hedged): The NLF is said to hold most of Rivertown']],
    ['"<Name> Group" is an organisation that speaks', 'The Karen Rivers Rights Group, a monitoring organisation, said it had recorded 38 air strikes.',
      ['Karen Rivers Rights Group: it had recorded 38 air strikes']],
    ['"…, and it claimed to have …"', 'The NLF said in a statement that it had lost 17 fighters, and it claimed to have taken new positions near Rivertown.',
      ['Northern Liberation Front: it had lost 17 fighters', 'Northern Liberation Front (hedged): to have taken new positions near Rivertown']],
    ['"…, the NLF said, in a claim the Daily could not verify": the clause before, hedged',
      'A mine blew up under an army truck near Rivertown on Monday, killing four soldiers, the NLF said, in a claim the Daily could not independently verify.',
      ['Northern Liberation Front (hedged): A mine blew up under an army truck near Rivertown on Monday, killing four soldiers']],
    ['a time after the verb is no statement', 'Voting in the second phase will take place in 100 townships, the NLF announced earlier this month.',
      ['Northern Liberation Front: Voting in the second phase will take place in 100 townships']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('a headline or caption states nothing', () => {
  const text = 'Freedonia Daily\n3 January 2026\nBombing kills 11, residents say; army insists it hit a camp\n\nSoldiers burned houses in Rivertown, residents say\n\nThe NLF said the army had burned 30 houses.';
  assert.deepEqual(runEarly(text).layers.claims.map((c) => c.text), ['the army had burned 30 houses']);
});

test('a colon-introduced quote whose clause holds a full stop with no space after it (".)”") does not crash', async () => {
  const { articleToDoc } = await import('../../src/ingest/article.js');
  const { extractDoc } = await import('../../src/pipeline/extract.js');
  const { myanmar } = await import('../places/helpers.js');
  const text = 'Test Wire\n10 December 2025\n\n(The rates were predictable.)” Hogg then wrote to his followers: “Pick a number and call the company.”\n';
  assert.doesNotThrow(() => extractDoc(articleToDoc(text, { path: 't' }, 't', false), myanmar()));
});
