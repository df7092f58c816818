// Claims of this session: a person's figure is a claim ("Hamidou Garba, a local official, put the
// number of dead at 19"); "gave a higher toll of three dead" gives a figure; a state outlet named
// with its owner is the outlet ("junta-controlled Myawady television" → "Myawady"). Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stateOutletName } from '../../src/pipeline/attribution/state-outlet.js';
import { extractStory } from '../support/extract-story.js';

const run = (body: string) => extractStory('3 April 2026', body);
const claims = (body: string): string[] => run(body).claims.map((c) => `${c.claimant?.name} | ${c.text}`);

test('a figure given by a person or with "gave a toll of" is a claim', () => {
  const cases: [string, string[]][] = [
    ['Junta jets bombed Lay Kay on Monday. Saw Htoo, a village elder, put the number of dead at 19.', ['Saw Htoo | Saw Htoo, a village elder, put the number of dead at 19']],
    ['Junta jets bombed Lay Kay on Monday. A local rescue group gave a higher toll of three dead, saying a woman had died in hospital.', ['local rescue group | gave a higher toll of three dead, saying a woman had died in hospital']],
    // Near misses: a person giving no figure, and "gave" of a thing.
    ['Junta jets bombed Lay Kay on Monday. Saw Htoo, a village elder, put the blame on the regime.', []],
    ['Junta jets bombed Lay Kay on Monday. A local rescue group gave a higher number of blankets to the families.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
});

test('a state outlet named with its owner is the outlet', () => {
  const state = ['Military Forces of Myanmar'];
  const cases: [string, { name: string; aliases: string[] } | null][] = [
    ['junta-controlled Myawady television', { name: 'Myawady', aliases: ['Myawady television', 'junta-controlled Myawady television', 'state media', ...state] }],
    ["the regime's mouthpiece Global New Light of Myanmar", { name: 'Global New Light of Myanmar', aliases: ["the regime's mouthpiece Global New Light of Myanmar", 'state media', ...state] }],
    ['junta-controlled Mirror newspaper', { name: 'Mirror', aliases: ['Mirror newspaper', 'junta-controlled Mirror newspaper', 'state media', ...state] }],
    // Near misses: generic phrases name no outlet of their own.
    ['junta-controlled newspapers', null],
    ['state media', null],
  ];
  for (const [phrase, want] of cases) assert.deepEqual(stateOutletName(phrase, state), want, phrase);
});

test('an estimate told with "that" is reported speech', () => {
  assert.deepEqual(claims('Aid workers estimated that 5,000 people had fled the fighting in Bhamo.'), ['Aid workers | 5,000 people had fled the fighting in Bhamo']);
  // Near miss: an estimate with no clause.
  assert.deepEqual(claims('Aid workers estimated the number of displaced people in Bhamo.'), []);
});
