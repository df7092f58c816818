// The people scanner must give exactly the matches `matchAll` gives for every pattern: it runs
// the patterns only at anchors, so a missed anchor would silently drop a person.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { patternsOf } from '../../src/pipeline/people/patterns.js';
import { scanParagraph } from '../../src/pipeline/people/scan.js';
import { COMMA, anchorsOf, findAnchors } from '../../src/pipeline/people/anchors.js';
import { peopleWords } from '../../src/pipeline/people/words.js';
import { MYANMAR_LEXICON } from '../../src/packs/myanmar/lexicon.js';

// With a pack's honorifics, titles and roles (the Myanmar pack's: the richest lexicon there is).
const W = peopleWords(MYANMAR_LEXICON);
const { PATTERNS } = patternsOf(W);
const anchors = anchorsOf(W);
const { FINDER, WORDS } = anchors;
const { titles: TITLES, honorifics: HONORIFICS, roles: ROLES } = W;

const same = (s: string): void => {
  const got = scanParagraph(s, W);
  PATTERNS.forEach((re, k) => {
    const want = [...s.matchAll(re)].map((m) => [m.index, ...m]);
    assert.deepEqual(got[k]!.map((m) => [m.index, ...m]), want, `${re} on ${JSON.stringify(s)}`);
  });
};

test('people scanner: fixed cases', () => {
  for (const s of [
    'Colonel Khun Okkar said', 'KNU Chairman Padoh Saw Kwe Htoo Win told reporters', 'Naing Lin Aung, a Bangkok-based analyst, said',
    'A Brotherhood spokesperson, Van Lal Ruata, denied it', 'McDonald said', 'xJohn said', '5Colonel Aung', 'O’Major Min', 'Ésaid Aung Min',
    'saidÉmile said', 'John said Mary told', 'the said Mary said', 'Lt. Gen. Soe Win', 'Vice-Senior General Soe Win', 'Ab-Cd-Ef said',
    'Daw 𝐀ung said', '𝐀ung Min, a spokesman', 'Ko Ko,\u00a0the leader', 'A B C D E F said', 'U Aung, one of the leaders', 'commander-in-chief, Min Aung,',
  ]) same(s);
});

const words = [
  ...TITLES, ...HONORIFICS, ...ROLES, ...ROLES.map((w) => w[0]!.toUpperCase() + w.slice(1)),
  'said', 'says', 'told', 'added', 'explained', 'stated', 'wrote', 'warned', 'denied', 'insisted', 'saidx', 'Said',
  'Aung', 'Khin', 'Min', 'McDonald', 'O’Brien', 'Ébo', 'Ко', '𝐀ung', 'X-Ray', 'Ko-Ko', 'KIA', 'the', 'a', 'an', 'who', 'whose', 'one of the',
  'of', 'and', '5', 'x',
];
const glue = [' ', ' ', ' ', ', ', ',', '  ', '\u00a0', '\n', '-', '’', "'", '.', '"', '', ';'];
const para = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 30 }).map((xs) => xs.flat().join(''));

test('people scanner gives the matches matchAll gives', () => {
  fc.assert(fc.property(para, same), { numRuns: 5000 });
});

const sameAnchors = (s: string): void => {
  const want = [...s.matchAll(FINDER)].flatMap((m) => [m.index, m[0] === ',' ? COMMA : WORDS.get(m[0])!]);
  assert.deepEqual(findAnchors(s, anchors), want, JSON.stringify(s));
};

test('people anchors: the trie scan gives the matches of FINDER', () => {
  for (const s of ['', 'said', 'saidx', 'xsaid', 'Ésaid', 'said,  a x', ',a ', ', one of the x', ', one of thex', 'Lt.Gen', 'U', 'Uu', 'aU']) sameAnchors(s);
  fc.assert(fc.property(para, sameAnchors), { numRuns: 5000 });
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'U', 'K', 'o', ',', ' ', 'é', '\n', 'd', 'i', 's') }), sameAnchors), { numRuns: 5000 });
});

test('people anchors and scanner on the fixture articles', () => {
  const dir = 'test/fixtures/extraction';
  for (const c of readdirSync(dir)) {
    const text = readFileSync(`${dir}/${c}/article.txt`, 'utf8');
    sameAnchors(text);
    for (const line of text.split('\n')) same(line);
  }
});
