// The actor scanners run patterns only where a match can be (before a "(", at an alias): they
// must give exactly the matches the global patterns give over the whole text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { DEFINED, MINISTRY, MINISTRY_CUE, ORG, definedMatches, orgMatches } from '../../src/pipeline/actors/patterns.js';
import { aliasUses } from '../../src/pipeline/actors/alias-uses.js';
import { FIGHTERS, fighterMatches, mayNameFighters } from '../../src/pipeline/actors/foreign-forces.js';
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

const sameRuns = (scan: (s: string) => RegExpExecArray[], re: RegExp) => (s: string): void => {
  re.lastIndex = 0; // matchAll starts where the pattern's last use left it
  assert.deepEqual(scan(s).map((m) => [m.index, ...m]), [...s.matchAll(re)].map((m) => [m.index, ...m]), `${re.source.slice(0, 30)} on ${JSON.stringify(s)}`);
};
const sameOrg = sameRuns(orgMatches, ORG);
const sameFighters = sameRuns(fighterMatches, FIGHTERS);
const fixtureLines = (): string[] => readdirSync('test/fixtures/extraction').flatMap((c) => readFileSync(`test/fixtures/extraction/${c}/article.txt`, 'utf8').split('\n'));

test('unknown organisations: the per-cue scan gives the global matches', () => {
  for (const s of [
    'the Arakan Army said', 'Chin National Front (CNF) and Chin Defence Force', 'Arakan Army Force', 'A B C D E F Army', 'Kachin Independence Army (KIA) x',
    'Ta’ang National Liberation Army (TNLA)', 'x Ab Army  (ABCDEFGHIJ)', 'Ab Army (ABCDEFGHIJK)', 'Ab Army\n(AB)', 'Éco Force', '𝐀b Army', 'Ab Forces Army News',
    'Ab-Cd Army. Ef Times', 'KNLA’s Brigade 7', '5Ab Army', 'xAb Army', 'Ab Army 5 (AB)', '',
  ]) sameOrg(s);
  const words = ['Arakan', 'Army', 'Force', 'Forces', 'Times', 'News', 'Party', 'Union', 'Front', 'Chin', 'National', 'Ta’ang', "O'Neil", 'Ab-Cd', 'Éco', '𝐀b', 'x', 'the', 'of', '5', 'A'];
  const glue = [' ', ' ', '  ', '\n', '-', ' (', ' (AB)', ' (RSF)', ' (A-1)', ' (ABCDEFGHIJ)', ' (ABCDEFGHIJK)', ') ', ', ', '.', '', '’s '];
  const org = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 24 }).map((xs) => xs.flat().join(''));
  fc.assert(fc.property(org, sameOrg), { numRuns: 8000 });
  for (const line of fixtureLines()) sameOrg(line);
});

test('armed groups: the per-cue scan gives the global matches', () => {
  for (const s of ['M23 rebels', 'the Fano fighters and Al-Shabaab militants', 'A B C D rebels', 'Ab rebelsx', 'Ab militiamen', '5Ab rebels', 'Ab 5 rebels', 'Éco gangs', '𝐀b gang', 'Ab\nrebels', '']) sameFighters(s);
  const words = ['M23', 'Fano', 'Al-Shabaab', 'Ab', 'KNU', 'rebels', 'fighters', 'militia', 'militiamen', 'gang', 'gangs', 'coalition', 'Éco', '𝐀b', "O'Neil", 'x', 'the', '5', 'A'];
  const glue = [' ', ' ', '  ', '\n', '-', ', ', '.', '', '’s ', 'x', '_'];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 20 }).map((xs) => xs.flat().join(''));
  fc.assert(fc.property(text, sameFighters), { numRuns: 8000 });
  for (const line of fixtureLines()) sameFighters(line);
});

test('ministries: every match holds the plain cue', () => {
  const words = ['Ministry', 'Department', 'Office', 'Bureau', 'of', 'the', 'Home', 'Affairs', 'and', 'Éco', 'x', 'OFFICE', 'Offices'];
  const glue = [' ', ' ', '  ', '\n', '-', ', ', ''];
  const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 16 }).map((xs) => xs.flat().join(''));
  const holds = (s: string): void => { MINISTRY.lastIndex = 0; if (MINISTRY.test(s)) assert.ok(MINISTRY_CUE.test(s), JSON.stringify(s)); };
  fc.assert(fc.property(text, holds), { numRuns: 5000 });
  for (const line of fixtureLines()) holds(line);
});
