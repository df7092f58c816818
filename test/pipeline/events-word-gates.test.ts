// Costly patterns of the events stage run on a part of a sentence only when the sentence scan
// found one of their words starting in that part (sentence-words.ts): each gated test must answer
// exactly what its pattern answers on that part, on random text and on the fixture articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { scanSentence, startsIn, WORD_GATED } from '../../src/pipeline/events/sentence-words.js';
// Imported for the patterns they gate.
import '../../src/pipeline/events/clauses.js';
import { patternText } from '../support/pattern-text.js';

/** Every gated test on text[from, to), scanned as part of the sentence text[a, b). */
const same = (text: string, a: number, b: number, from: number, to: number): void => {
  const w = scanSentence(text, a, b);
  const s = text.slice(from, to);
  for (const g of WORD_GATED) assert.equal(g.test(w, from, to, s), g.re.test(s), `${g.re} on ${JSON.stringify(s)} in ${JSON.stringify(text.slice(a, b))}`);
};

test('word gates: every gated pattern is registered', () => {
  assert.ok(WORD_GATED.length >= 12, `only ${WORD_GATED.length} word-gated patterns`);
  assert.equal(startsIn([2, 5, 9], 3, 5), false);
  assert.equal(startsIn([2, 5, 9], 3, 6), true);
  assert.equal(startsIn(undefined, 0, 9), false);
});

const sentence = patternText(WORD_GATED.map((g) => g.re), ['the', 'a', '12', '1,000', '2021', 'January', 'day', 'had', 'killed', 'were', 'ſ', 'K', 'é', 'İ', 'x', 'ki'],
  [' ', ' ', ' ', '  ', ', ', '. ', '; ', '’', "'", '-', '\n', '\u00a0', ''], 16);

test('word gates: random text and parts of it', () => {
  fc.assert(fc.property(sentence, fc.nat(), fc.nat(), (s, x, y) => {
    same(s, 0, s.length, 0, s.length);
    const from = s.length ? x % s.length : 0;
    const to = from + (y % (s.length - from + 1));
    same(s, 0, s.length, from, to);
    same(s, from, s.length, from, to);
  }), { numRuns: 20000 });
});

test('word gates: the fixture articles, every sentence and its parts before and after each comma and capital', () => {
  const dir = 'test/fixtures/extraction';
  for (const c of readdirSync(dir)) {
    const t = readFileSync(join(dir, c, 'article.txt'), 'utf8');
    let at = 0;
    for (const s of t.split(/(?<=[.;!?])\s+/)) {
      const a = t.indexOf(s, at), b = a + s.length;
      at = a;
      same(t, a, b, a, b);
      for (const m of s.matchAll(/[,\p{Lu}]/gu)) { same(t, a, b, a, a + m.index); same(t, a, b, a + m.index, b); }
    }
  }
});
