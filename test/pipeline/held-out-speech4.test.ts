// Table-driven checks of the speech and election rules added after scoring four more unseen
// articles (a hospital air strike, a cross-border war, a polling phase, a disputed shooting).
// Hand-written sentences about invented places and people.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\nA headline\n\n';
const quotes = (body: string): string[] => runEarly(head + body).layers.quotes.map((q) => `${q.speaker?.name ?? '-'}${q.direct ? ' (direct)' : ''}: ${q.text}`);
const claims = (body: string): string[] => runEarly(head + body).layers.claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);

test('quotes: the second half of a split quote, a given name alone, a title after a qualifier', () => {
  const cases: [string, string, string[]][] = [
    ['"…," he said. "…" continues the speaker',
      'Ko Tun, a farmer, said he had heard the shelling.\n\n"We took the children and ran to the monastery," he said. "Nobody warned us before the guns started."',
      ['Ko Tun: he had heard the shelling', 'Ko Tun (direct): We took the children and ran to the monastery', 'Ko Tun (direct): Nobody warned us before the guns started.']],
    ['not when another sentence stands between',
      'Ko Tun, a farmer, said he had heard the shelling.\n\n"We took the children and ran to the monastery," he said. Later the road was closed. "Nobody warned us before the guns started."',
      ['Ko Tun: he had heard the shelling', 'Ko Tun (direct): We took the children and ran to the monastery']],
    ['a given name after a two-word name',
      'Army spokesman Major General Arun Boonma said the border posts were quiet.\n\n"Our soldiers acted in self-defence and nothing more," Arun told reporters.',
      ['Arun Boonma: the border posts were quiet', 'Arun Boonma (direct): Our soldiers acted in self-defence and nothing more']],
    ['"Sylvanian Prime Minister X": the title is no part of the name',
      'Sylvanian Prime Minister Dara Olsen said she had called both leaders. Dara said she was "hopeful" about a truce.',
      ['Dara Olsen: she had called both leaders', 'Dara Olsen: she was "hopeful" about a truce']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('claims: a person who "claimed", a person doubted in the next sentence, a source "in" a place', () => {
  const cases: [string, string, string[]][] = [
    ['"He claimed that …" is a quote and a hedged claim',
      'Ko Tun, a spokesperson for the NLF, said none of its fighters were there. He claimed that an army column had fired on the bus at the checkpoint.',
      ['Ko Tun (hedged): an army column had fired on the bus at the checkpoint']],
    ['"The claim could not be independently verified" after a person\'s words',
      'Major General Arun Boonma said the air force had destroyed two enemy bases. The claim could not be independently verified.',
      ['Arun Boonma (hedged): the air force had destroyed two enemy bases']],
    ['a doubt that does not point back is not read',
      'Major General Arun Boonma said the air force had destroyed two enemy bases. Phones could not be reached in the area.',
      []],
    ['"an official in <Place>, who asked not to be named" is an unnamed source, not a person',
      'A provincial official in Upper Marsh, who asked not to be named, told the Daily that two civilians had been killed.',
      ['provincial official: two civilians had been killed']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('claims: passengers as unnamed sources, ", and said" a second clause, a missing person is no toll', () => {
  const cases: [string, string, string[]][] = [
    ['a passenger speaking on condition of anonymity',
      'A passenger who survived the shooting, speaking on condition of anonymity, said the gunfire came from the side of the road.',
      ['passenger: the gunfire came from the side of the road']],
    ['", and said the …" without "that"',
      'The state newspaper reported on Thursday that the air force had struck rebel camps near Rivertown, and said the school had been used as a base.',
      ['state newspaper: the air force had struck rebel camps near Rivertown', 'state newspaper: the school had been used as a base']],
    ['people searched for are missing, not a toll',
      'Ko Tun, a volunteer, said the team was still searching for four people believed to be buried under the school.',
      []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});

test('quotes: "told state television on Sunday that" names the listener, not the words', () => {
  assert.deepEqual(quotes('Army spokesman General Soe Lin told state television on Sunday that troops would "take action against those responsible".'),
    ['Soe Lin: troops would "take action against those responsible"']);
});

test('quotes: "the spokesperson said" after a named one, "was quoted by … as saying", "telling X that", "…," X said, adding that', () => {
  const cases: [string, string, string[]][] = [
    ['"…," the spokesperson said: the spokesperson named before',
      'Ko Tun, the party\'s spokesperson, said the candidates had been threatened.\n\n"They came at night and told us to stop campaigning," the spokesperson said.',
      ['Ko Tun: the candidates had been threatened', 'Ko Tun (direct): They came at night and told us to stop campaigning']],
    ['"said a resident who asked not to be named": the resident, not "resident who"',
      '"Troops burned every shop in the market before they left," said a resident who asked not to be named.',
      ['resident (direct): Troops burned every shop in the market before they left']],
    ['"X was quoted by state media as saying that"',
      'General Soe Lin was quoted by state media as saying that the army would hold the vote on time.',
      ['Soe Lin: the army would hold the vote on time']],
    ['"denied the accusation, telling the Daily that"',
      'Ko Tun, a spokesperson for the NLF, denied the accusation, telling the Daily that its fighters had not been in the area.',
      ['Ko Tun: its fighters had not been in the area']],
    ['"…," X said, adding that …: X, not a name inside the quote',
      '"We will keep fighting until the army leaves our land," Ko Tun said, adding that the group would not negotiate.',
      ['Ko Tun (direct): We will keep fighting until the army leaves our land', 'Ko Tun: the group would not negotiate']],
    ['"…," he said, adding that …: the person named before',
      'Ko Tun is a farmer.\n\n"We will keep fighting until the army leaves our land," he said, adding that the village was empty.',
      ['Ko Tun (direct): We will keep fighting until the army leaves our land', 'Ko Tun: the village was empty']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('unnamed sources and asides: channels, members, "an accusation X denied", "told X by phone: \\"…\\"", "a resident of X told"', () => {
  const claimCases: [string, string, string[]][] = [
    ['"Pro-army Telegram channels alleged that"', 'Pro-army Telegram channels alleged that the NLF had planted mines along the road.',
      ['Pro-army Telegram channels (hedged): the NLF had planted mines along the road']],
    ['", an accusation the NLF denied" is the outlet\'s aside', 'State-run television said rebels had attacked a police station in Rivertown, an accusation the NLF denied.',
      ['State-run television: rebels had attacked a police station in Rivertown']],
    ['"A member of a local rescue group, who …, said"', 'A member of a local rescue group, who did not want to be named, said 14 bodies had been recovered.',
      ['member of a local rescue group: 14 bodies had been recovered']],
  ];
  for (const [label, body, expected] of claimCases) assert.deepEqual(claims(body), expected, label);
  const quoteCases: [string, string, string[]][] = [
    ['"told the Daily by phone: \\"…\\"" introduces a direct quote', 'Ko Tun, a resident, told the Daily by phone: "The drones came at night and nobody slept."',
      ['Ko Tun (direct): The drones came at night and nobody slept.']],
    ['"…," a resident of X told the Daily. "…"', '"The drones came at night and circled," a resident of Rivertown told the Daily. "We could hear them but not see them."',
      ['resident (direct): The drones came at night and circled', 'resident (direct): We could hear them but not see them.']],
  ];
  for (const [label, body, expected] of quoteCases) assert.deepEqual(quotes(body), expected, label);
});

test('quotes: "he"/"she" skip a person of the other gender; a title or appositive between quote and verb', () => {
  const cases: [string, string, string[]][] = [
    ['"he said" after a woman was named last',
      'Ko Tun, a farmer, said the soldiers had taken his buffalo. Daw Hla, a neighbour, said the village was empty.\n\n"We have nothing left to take with us," he said.',
      ['Ko Tun: the soldiers had taken his buffalo', 'Daw Hla: the village was empty', 'Ko Tun (direct): We have nothing left to take with us']],
    ['"She added that" after a man was named last',
      'Daw Hla, a teacher, said the school had closed. Ko Tun said the village was empty. She added that the teachers had fled.',
      ['Daw Hla: the school had closed', 'Ko Tun: the village was empty', 'Daw Hla: the teachers had fled']],
    ['a person whose gender the text does not tell may be either',
      'Dr. Lin Htet, an analyst, said talks were likely.\n\n"Both sides need a way out of this war," she said.',
      ['Lin Htet: talks were likely', 'Lin Htet (direct): Both sides need a way out of this war']],
    ['"…," said Lieutenant Colonel X, a battalion commander.',
      'The NLF took the ridge.\n\n"We now control the ridge above the road," said Lieutenant Colonel Zau Seng, a battalion commander.',
      ['Zau Seng (direct): We now control the ridge above the road']],
    ['"…," X, an officer in Rivertown, told the Daily by phone.',
      'The NLF took the ridge.\n\n"We hold the market and the wards east of the highway," Saw Eh Kaw, an NLF officer in Rivertown, told the Daily by phone.',
      ['Saw Eh Kaw (direct): We hold the market and the wards east of the highway']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(quotes(body), expected, label);
});

test('claim spans: no "…, but asked not to be named" tail, no "published in … on Friday," opening', () => {
  const cases: [string, string, string[]][] = [
    ['an anonymity tail', 'A local rescue worker told the Daily that six bodies had been recovered, but asked not to be named.',
      ['local rescue worker: six bodies had been recovered']],
    ['a participle opening after "according to"', 'According to the NLF\'s statement, published on its Telegram channel on Friday, 30 soldiers were killed near Rivertown.',
      ['Northern Liberation Front: 30 soldiers were killed near Rivertown']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(claims(body), expected, label);
});
