import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runEarly } from '../support/run-stages.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';

test('actors: aliases, acronyms only in capitals, unknown organisations kept for review', () => {
  const { layers, text } = runEarly(`${head}The NLF and the army clashed. An nlf-like word is not one. The Dawn Strike Force said it acted.`);
  const names = layers.actors.map((a) => `${text.slice(a.start, a.end)}=${a.actor.id}`);
  assert.deepEqual(names, ['NLF=nlf', 'army=army', 'Dawn Strike Force=new:dawn-strike-force']);
});

test('people: title, appositive role and affiliation', () => {
  const { layers } = runEarly(`${head}Colonel Aung Min Tun, a spokesman for the NLF, said the town had fallen.`);
  const p = layers.people[0]!;
  assert.equal(p.name, 'Aung Min Tun');
  assert.equal(p.title, 'Colonel');
  assert.equal(p.affiliation?.id, 'nlf');
});

test('indirect quote: "X told <outlet> that …" and "…, according to X"', () => {
  const { layers } = runEarly(`${head}The offensive aims at leverage, according to Dr. Maw Lin, an analyst.\nDr. Maw Lin told Freedonia Daily that the fighting would stall.`);
  assert.deepEqual(layers.quotes.map((q) => [q.direct, q.speaker?.name, q.text]), [
    [false, 'Maw Lin', 'The offensive aims at leverage'],
    [false, 'Maw Lin', 'the fighting would stall'],
  ]);
});

test('direct quote: a caption above it never speaks; "he said" takes the last person in the story', () => {
  const { layers } = runEarly(`${head}Ko Zaw Win, a farmer, helped carry the wounded.\n\nNLF leader General Big Boss\n“We buried eleven people, four of them children,” he said.`);
  assert.equal(layers.quotes.length, 1);
  assert.equal(layers.quotes[0]!.speaker?.name, 'Ko Zaw Win');
  assert.equal(layers.quotes[0]!.direct, true);
});

test('direct quote with the speaker named after it', () => {
  const { layers } = runEarly(`${head}“The people waited five months for this moment,” said Salai Za Hmung, a spokesperson for the NLF.`);
  assert.equal(layers.quotes[0]!.speaker?.name, 'Salai Za Hmung');
});

test('claims: claimant, hedge cues versus neutral verbs, doubt in the next sentence, continuation', () => {
  const { layers } = runEarly(`${head}The NLF said its fighters captured Hillview on Sunday. Freedonia Daily could not independently verify the claim.\nResidents said two bombs fell on the market.\nThe Sylvania Times claimed that a secret deal was signed.\nThe deal also reportedly includes weapons for the NLF.`);
  const got = layers.claims.map((c) => [c.claimant?.name, c.hedged]);
  assert.deepEqual(got, [
    ['Northern Liberation Front', true],
    ['Residents', false],
    ['Sylvania Times', true],
    ['Sylvania Times', true],
  ]);
});
