// The automaton's table holds a column per character its words use (the rest share column 0):
// the places it reports must still be every place a word starts, as a brute-force search finds them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { WordStarts } from '../../src/pipeline/lexicon/word-starts.js';

// Few letters, so words overlap and share prefixes and suffixes; text adds characters no word holds.
const word = fc.array(fc.constantFrom('a', 'b', ' ', "'", '-'), { minLength: 1, maxLength: 5 }).map((xs) => xs.join(''));
const text = fc.array(fc.constantFrom('a', 'b', 'A', 'B', ' ', "'", '’', '-', 'c', '.', 'é', '1'), { maxLength: 40 }).map((xs) => xs.join(''));

// Both readings of "’": as "'" (the events stage) and as no word character (the dates stage).
for (const rightQuoteAsApostrophe of [true, false]) {
  test(`WordStarts finds every start of every word, as a brute-force search (’ as ': ${rightQuoteAsApostrophe})`, () => {
    fc.assert(fc.property(fc.array(fc.option(fc.array(word, { minLength: 1, maxLength: 4 }), { nil: null }), { minLength: 1, maxLength: 4 }), text, (words, t) => {
      const lower = rightQuoteAsApostrophe ? t.toLowerCase().replace(/’/g, "'") : t.toLowerCase();
      const brute = words.map((ws) => {
        const at = [...lower].map((_, i) => i).filter((i) => (ws ?? []).some((w) => lower.startsWith(w, i)));
        return at.length ? at : undefined;
      });
      assert.deepEqual(Array.from(new WordStarts(words, { rightQuoteAsApostrophe }).scan(t, 0, t.length)), brute);
    }), { numRuns: 3000 });
  });
}
