// The hand-written tokeniser against its definition (a regex), and the tokens layer's regions
// against tokenising each region on its own: speed work must not change a single token.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { tokenize } from '../../src/pipeline/lexicon/tokens.js';
import { DocTokens } from '../../src/pipeline/tokens/index.js';

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The definition: the word regex, a final "'s" off, normalised as normWord does. */
function reference(text: string, from = 0, to = text.length): { start: number; end: number; norm: string; cap: boolean }[] {
  const out = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(WORD)) {
    const w = m[0].replace(/['’][sS]$/, '');
    const c = w[0]!;
    const norm = w.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['’]/g, '');
    out.push({ start: from + m.index!, end: from + m.index! + w.length, norm: /[\u0080-\uffff]/.test(w) ? norm : w.toLowerCase().replace(/'/g, ''), cap: c !== c.toLowerCase() });
  }
  return out;
}

const PIECES = ['a', 'B', "'", '’', 's', 'S', ' ', 'é', 'e\u0301', 'Ö', '1', '-', '\u{1D400}', '\ud835', '\udc00', 'ß', 'İ', 'ǅ', "KIA's", '’S', '\n', '٣', '中', 'Ⅻ', 'ﬁ', '.', '\u00a0'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((xs) => xs.join(''));

test('tokenize equals the word-regex definition, on any region', () => {
  fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
    const from = a % (t.length + 1);
    const to = from + (b % (t.length - from + 1));
    assert.deepEqual(tokenize(t, from, to), reference(t, from, to));
    assert.deepEqual(tokenize(t), reference(t));
  }), { numRuns: 3000 });
});

test('the tokens layer gives a region the tokens of tokenising it alone', () => {
  fc.assert(fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
    const from = a % (t.length + 1);
    const to = from + (b % (t.length - from + 1));
    assert.deepEqual(new DocTokens(t).in(from, to), tokenize(t, from, to));
  }), { numRuns: 3000 });
});

test('possessives and apostrophes', () => {
  const t = "The KIA's aim, People’s Defence Force, rock'n'roll, O'Brien's.";
  assert.deepEqual(tokenize(t).map((x) => t.slice(x.start, x.end)), ['The', 'KIA', 'aim', 'People', 'Defence', 'Force', "rock'n'roll", "O'Brien"]);
  assert.deepEqual(tokenize("PEOPLE'S").map((x) => x.norm), ['people']);
});
