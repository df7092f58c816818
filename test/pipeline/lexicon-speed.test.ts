// The phrase matcher against its plain definition: its first-word filter must never skip a phrase.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseMatcher } from '../../src/pipeline/lexicon/matcher.js';
import { tokenize } from '../../src/pipeline/lexicon/tokens.js';

const WORDS = ['a', 'b', 'ab', 'ba', 'aab', 'Mon', 'mon', 'State', 'Kachin', 'kachin', 'Army', 'Independence', 'x1', '12', 'Shan', 'shan', 'North', 'bo', 'ob'];

/** Longest-leftmost phrases by `lookup`, words joined by one space (the text has no other gap). */
function reference(m: PhraseMatcher<string>, words: readonly string[], capitalised: boolean): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (let i = 0; i < words.length; ) {
    let best = 0;
    if (!capitalised || /^[A-Z]/.test(words[i]!)) {
      for (let n = 1; i + n <= words.length; n++) if (m.lookup(words.slice(i, i + n).join(' ')).length) best = n;
    }
    if (best) { out.push([i, i + best, words.slice(i, i + best).join(' ').toLowerCase()]); i += best; } else i++;
  }
  return out;
}

test('phrase matching equals longest-leftmost lookup', () => {
  const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));
  fc.assert(fc.property(fc.array(phrase, { maxLength: 12 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }), fc.boolean(), (phrases, words, cap) => {
    const m = new PhraseMatcher<string>();
    for (const p of phrases) m.add(p, p);
    const text = words.join(' ');
    const got = m.match(tokenize(text), text, { capitalised: cap }).map((h) => [h.from, h.to, h.key]);
    assert.deepEqual(got, reference(m, words, cap));
  }), { numRuns: 3000 });
});
