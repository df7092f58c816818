// Speed rewrites of small string helpers (char-code loops, memos) against the regex forms they
// replaced: the output must not change for any input, words with accents, apostrophes and
// capitals beyond ASCII included. Random strings (fast-check) plus invented hard cases.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameKey, nameKeyUncached, normWord, tokenize } from '../../src/pipeline/lexicon/tokens.js';
import { skeletonOf } from '../../src/packs/myanmar/world-skeleton.js';
import { parseNumberWord } from '../../src/pipeline/numbers/index.js';
import { matchesAt } from '../../src/pipeline/lexicon/sticky-at.js';

const refNormWord = (w: string): string => (!/[\u0080-\uffff]/.test(w)
  ? w.toLowerCase().replace(/'/g, '')
  : w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, ''));

const refSkeleton = (name: string): string => {
  const k = tokenize(name).map((t) => t.norm).join(' ')
    .replace(/^(?:al|el|as|ad|an|ar|at|az|ash|ath|adh|ed|es|en|er|et|ez|il|ul) /, '')
    .replace(/[^a-z]/g, '').replace(/[aeiouwy]/g, '').replace(/(.)\1+/g, '$1');
  return k.length >= 4 ? k : '';
};

const HARD = ['Mocímboa', 'İstanbul', 'People’s', "O'Brien", 'ÉCOLE’S', 'Ḫān', 'ﬁeld', 'Ａｂｃ', 'naïve', 'Łódź',
  "rock'n'roll", 'Đà Nẵng', 'Al Fashir', 'El-Fasher', 'Khān Yūnis', 'Sittwe', 'Aa Bb', '', ' ', 'Ye', 'Mawlamyine'];
const wordish = fc.string({ unit: fc.constantFrom(...'aAeEiyYwWbBsSzZ é’\'-İıÅå̀́ğ1 ŁĐ'.split('')), maxLength: 16 });

test('normWord: the same as its regex form', () => {
  for (const w of HARD) assert.equal(normWord(w), refNormWord(w), w);
  fc.assert(fc.property(wordish, (w) => normWord(w) === refNormWord(w)), { numRuns: 3000 });
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 12 }), (w) => normWord(w) === refNormWord(w)), { numRuns: 2000 });
});

test('skeletonOf and nameKeyUncached: the same as the regex skeleton and the memoised key', () => {
  for (const w of HARD) {
    assert.equal(skeletonOf(w), refSkeleton(w), w);
    assert.equal(skeletonOf(w, nameKeyUncached), refSkeleton(w), w);
    assert.equal(nameKeyUncached(w), nameKey(w), w);
  }
  fc.assert(fc.property(wordish, (w) => skeletonOf(w) === refSkeleton(w) && nameKeyUncached(w) === nameKey(w)), { numRuns: 3000 });
});

test('parseNumberWord: the same value when asked again (memo)', () => {
  for (const w of ['two', 'Dozens', 'twenty-one', 'half a dozen', 'two  dozen', '1,200', '3 thousand', 'several', 'constructor', 'abc', '12']) {
    const first = parseNumberWord(w);
    assert.equal(parseNumberWord(w), first, w);
  }
  assert.equal(parseNumberWord('two dozen'), 24);
  assert.equal(parseNumberWord('abc'), null);
  assert.equal(parseNumberWord('abc'), null);
});

test('matchesAt: tries only offsets at or after `from`, as before', () => {
  const re = /\b(?:led|killed)\b/y;
  const text = 'xx They killed two and led three; killed.';
  const body = text.slice(3), at = [3, 8, 23, 34];
  const hits = (from: number): number[] => matchesAt(re, body, 3, from, at).map((m) => m.index + 3);
  assert.deepEqual(hits(0), [8, 23, 34]);
  assert.deepEqual(hits(6), [23, 34]);
  assert.deepEqual(hits(40), []);
});
