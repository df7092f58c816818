// Table-driven checks of the quote and claim rules for wordings round 17 showed unread (wave 11):
// sources named after a role or described as a body, unknown agencies, "It said" after a described
// outlet, doubts over several claims, rebuttals a sentence earlier. Invented sentences and names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const extract = (body: string) => extractStory('14 January 2026', body);
const claims = (body: string): string[] => extract(body).claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);
const quotes = (body: string): string[] => extract(body).quotes.map((q) => `${q.speaker?.name ?? '-'}: ${q.text}`);

test('quotes: "A <role> in the area, <Name>, said" and "An <group> adviser, <Name al-Name>, said" name the speaker', () => {
  const cases: [string, string[]][] = [
    ['A farmers\' leader in the district, Tun Lwin Oo, said the bridge had been closed since Monday.',
      ['Tun Lwin Oo: the bridge had been closed since Monday']],
    ['An NUG adviser, Thet Naing Soe, said the strike showed that the regime wanted revenge.',
      ['Thet Naing Soe: the strike showed that the regime wanted revenge']],
    ['A party spokesman, Karim al-Nouri, said the talks would resume next week.',
      ['Karim al-Nouri: the talks would resume next week']],
  ];
  for (const [body, want] of cases) assert.deepEqual(quotes(body), want, body);
});

test('quotes: a last name after its Arabic article names back the titled person ("Burhan told …")', () => {
  const body = 'The talks stalled on Monday.\n\nArmy chief Omar al-Rashidi visited the front.\n\nRashidi told troops on Thursday that there would be no truce.';
  assert.deepEqual(quotes(body).map((q) => q.split(':')[0]), ['Omar al-Rashidi']);
});

test('claims: an agency named in title case opens the subject; "said this week that"', () => {
  const cases: [string, string[]][] = [
    ['The World Relief Programme said this week that more than 20,000 people had fled the township since January.',
      ['World Relief Programme: more than 20,000 people had fled the township since January']],
    ['The International Organization for Refugees said on Monday that 5,000 people had crossed the border.',
      ['International Organization for Refugees: 5,000 people had crossed the border']],
  ];
  for (const [body, want] of cases) {
    assert.deepEqual(claims(body), want, body);
    assert.deepEqual(quotes(body), [], body); // an agency is no person
  }
});

test('claims: ", which …," between the subject and its verb is skipped, whatever it names', () => {
  assert.deepEqual(claims('The Kalay Township People\'s Administration, which runs most of the township on behalf of the National Unity Government (NUG), said nine people had died in the raid.'),
    ['Kalay Township People\'s Administration: nine people had died in the raid']);
});

test('claims: unnamed heads "fisherman" and "television station"', () => {
  const cases: [string, string][] = [
    ['A fisherman from the village said at least ten boats had sunk.', 'fisherman'],
    // (A state outlet is named as readers know it: attribution/state-outlet.ts.)
    ['The junta-run Myawady television station reported on Thursday that "terrorists" had planted the mine near the bridge.', 'Myawady'],
  ];
  for (const [body, who] of cases) assert.deepEqual(claims(body).map((c) => c.split(':')[0]), [who], body);
});

test('claims: "It said" names the outlet the sentence before opened on, over the last speaker', () => {
  const body = 'The KIA said on Sunday that its troops had taken the hill.\n\nRiverside Radio, the army\'s broadcasting station, did not mention the hill. It said on Saturday that troops had repelled an attack near the town.';
  assert.deepEqual(claims(body), [
    'Kachin Independence Army: its troops had taken the hill',
    'Riverside Radio: troops had repelled an attack near the town',
  ]);
});

test('claims: "either death toll" doubts both tolls; "… or the army\'s account" the army\'s claim too', () => {
  const body = 'The township health office said 30 people were killed in the strike. A rights group said it had counted 21 dead.\n\n'
    + 'The army said in a statement it had hit rebel depots and that it did not target civilians.\n\nThe Wire could not independently verify either death toll or the army\'s account.';
  assert.ok(claims(body).every((c) => c.includes('(hedged)')), claims(body).join('\n'));
});

test('claims: a title-case name the appositive calls a body speaks as an organisation, not a person', () => {
  const body = 'The Hill Lawyers, a group that documents abuses by both sides, said it had confirmed the names of 19 dead.';
  assert.deepEqual(claims(body), ['Hill Lawyers: it had confirmed the names of 19 dead']);
  assert.deepEqual(quotes(body), []);
  // "the group's officer" is a person's role, not a body.
  assert.deepEqual(quotes('Ko Min Htet, the group\'s information officer, said two fighters had been wounded.'), ['Ko Min Htet: two fighters had been wounded']);
});

test('claims: a spokesman\'s words after "X rejected the group\'s account. He said …" are his claim too', () => {
  const body = 'Salai Van Lian, a spokesman for the Chinland Council, rejected the CB\'s account on Thursday. He said the CNA troops pulled back from the village of their own accord.';
  assert.deepEqual(claims(body).map((c) => c.split(':')[0]), ['Salai Van Lian']);
});

test('claims: "told N\'Ma Hka Daily." and "told our correspondent, adding that" end the statement before them', () => {
  const cases: [string, string[]][] = [
    ['A drone hit the dump on Monday, killing five people, rescue workers told N\'Ma Hka Daily.',
      ['rescue workers: A drone hit the dump on Monday, killing five people']],
  ];
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
  const told = claims('Three guards were killed and four others hurt in the raid, two police sources who asked not to be named because they were not allowed to brief reporters told our correspondent, adding that the attackers burned a truck.');
  assert.equal(told[0], 'two police sources: Three guards were killed and four others hurt in the raid');
});

test('claims: a contrast adverb between the subject and "put the death toll at" ("The police, however, put …")', () => {
  assert.deepEqual(claims('Villagers said 14 bodies had been found. The township police, however, put the death toll at nine.').map((c) => c.split(':')[0]),
    ['Villagers', 'Police Forces of Myanmar']);
});
