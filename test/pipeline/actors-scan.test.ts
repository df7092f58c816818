// The actor scanners run patterns only where a match can be (before a "(", at an alias): they
// must give exactly the matches the global patterns give over the whole text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFINED, aliasUses, definedMatches } from '../../src/pipeline/actors/patterns.js';
import { FIGHTERS, mayNameFighters } from '../../src/pipeline/actors/foreign-forces.js';
import { tokenize } from '../../src/pipeline/lexicon/tokens.js';

const sameDefined = (s: string): void => {
  DEFINED.lastIndex = 0;
  const want = [...s.matchAll(DEFINED)].map((m) => [m.index, ...m]);
  assert.deepEqual(definedMatches(s).map((m) => [m.index, ...m]), want, JSON.stringify(s));
};

const sameAlias = (s: string, alias: string): void => {
  const flags = alias === alias.toUpperCase() ? 'gu' : 'giu';
  const re = new RegExp(`(?<![\\p{L}\\d])${alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, flags);
  assert.deepEqual(aliasUses(s, alias), [...s.matchAll(re)].map((m) => m.index), `${alias} in ${JSON.stringify(s)}`);
};

test('defined acronyms: fixed cases', () => {
  for (const s of [
    'the Rapid Support Forces (RSF) and the RSF', 'Jama’at Nusrat al-Islam wal-Muslimin (JNIM)', 'Security Service of Ukraine (SBU)',
    '5Foo Bar (FB)', 'A B (CD) E F (GH)', '(A B (CD)', 'Foo Bar  (ABCDEFGH) x', 'Foo Bar (ABCDEFGHI)', 'Éco Nord (EN)', '𝐀b Cd (EF)',
    'Foo\nBar (FB)', 'x (Ab Cd (EF)', '',
  ]) sameDefined(s);
});

const words = ['Rapid', 'Support', 'Forces', 'Army', 'of', 'the', 'al', 'wal-', 'Éco', 'Ж', '𝐀b', "Jama'at", 'O’Neil', 'x', '5', 'and', 'AB', 'A'];
const glue = [' ', ' ', '  ', '\n', '-', ' (', '(', ') ', ')', ' (AB)', ' (RSF)', ' (A-1)', ' (ABCDEFGH)', ', ', '.', ''];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 24 }).map((xs) => xs.flat().join(''));

test('defined acronyms: the per-"(" scan gives the global matches', () => {
  fc.assert(fc.property(text, sameDefined), { numRuns: 5000 });
});

test('alias uses: indexOf scan gives the global matches', () => {
  const aliases = ['RSF', 'AB', 'A-1', 'Al-Shabaab', 'M23', 'Éco', 'ÉCO'];
  const uses = fc.array(fc.tuple(fc.constantFrom(...aliases, 'x', 'RSFRSF', 'é', '1', 'al-shabaab'), fc.constantFrom(' ', '', '-', '.', 'Ж', '2')), { maxLength: 16 }).map((xs) => xs.flat().join(''));
  fc.assert(fc.property(uses, fc.constantFrom(...aliases), sameAlias), { numRuns: 3000 });
});

test('armed groups: the word gate never hides a FIGHTERS match', () => {
  const ws = ['M23', 'Fano', 'rebels', 'Rebels', 'fighters', 'militiamen', 'militia’s', 'gangs', 'gang', 'coalition', 'Ébo', '𝐀ung', "O'Neil", 'x', 'the', 'paramilitaries'];
  const gl = [' ', ' ', '\u00a0', '\n', '’', "'", '-', '', ',', '.', 'é', '\u0301'];
  const t = fc.array(fc.tuple(fc.constantFrom(...ws), fc.constantFrom(...gl)), { maxLength: 12 }).map((xs) => xs.flat().join(''));
  fc.assert(fc.property(t, (s) => {
    FIGHTERS.lastIndex = 0;
    if (FIGHTERS.test(s)) assert.ok(mayNameFighters(tokenize(s)), JSON.stringify(s));
  }), { numRuns: 5000 });
});
