// Attribution shortcuts must give exactly what the regexes they stand for give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { UNNAMED, unnamedAtEnd } from '../../src/pipeline/attribution/unnamed-source.js';
import { SOURCE_HEADS } from '../../src/pipeline/attribution/lexicon.js';

const same = (s: string): void => {
  const a = UNNAMED.exec(s);
  const b = unnamedAtEnd(s);
  assert.deepEqual(b && [b.index, ...b], a && [a.index, ...a], JSON.stringify(s));
};

test('unnamed source at the end: fixed cases', () => {
  for (const s of ['residents', 'two local aid workers', 'x,residents', 'a shopkeeper in the town who asked not to be named', '(villagers',
    'the Mon State Federal Council', 'ringleaders', 'a security source and a local official', 'local ſources', 'some old wor\u212Aers',
    'one very very very very old resident', 'one very very very very very old resident', 'an 𝐀ung resident', 'health  workers', 'Residents, in Hpakant,']) same(s);
});

test('unnamed source at the end gives what UNNAMED gives', () => {
  const heads = SOURCE_HEADS.split('|').map((w) => w.replace(/\(\?:[^)]*\)|[?()]/g, '').replace(/\[sz\]/g, 's'));
  const words = [...heads, 'a', 'an', 'the', 'one', 'two', 'some', 'several', 'local', 'old', 'and', 'or', 'in', 'from', 'who', 'working', 'based',
    'Hpakant', 'KIA', 'said', 'ſ', '𝐀ung', 'O’Brien', 'x-ray', '12', 'TV', 'Residents'];
  const glue = [' ', ' ', ' ', ', ', ',', '  ', '(', '\u00a0', '\n', '-', '’', '.', ''];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 14 }).map((xs) => xs.flat().join(''));
  let hits = 0;
  fc.assert(fc.property(text, (s) => { same(s); if (UNNAMED.test(s)) hits++; }), { numRuns: 5000 });
  assert.ok(hits > 500, `only ${hits} matches: the generator is too weak`);
});
