// No input crashes the extractor: random and mutated text always yields valid extraction/v1
// whose every evidence is an exact substring of the article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { evidenceProblems, validateExtraction } from '../../src/core/validate.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { loadPack } from '../../src/core/pack.js';
import { defaultDataDir } from '../../src/packs/index.js';

const pack = loadPack('myanmar', defaultDataDir())!;
const dir = 'test/fixtures/extraction';
const articles = readdirSync(dir).slice(0, 12).map((c) => readFileSync(`${dir}/${c}/article.txt`, 'utf8'));

function check(text: string): void {
  if (!text.trim()) return;
  const doc = articleToDoc(text, { path: 'prop' }, 'prop', false);
  const x = validateExtraction(extractDoc(doc, pack));
  assert.deepEqual(evidenceProblems(x, doc.text), []);
  for (const layer of [x.events, x.quotes, x.claims, x.control, x.elections]) {
    for (const item of layer) {
      const span = (item as { span?: { start: number; end: number } }).span;
      if (span) assert.ok(span.start >= 0 && span.end <= doc.text.length && span.start <= span.end, 'span inside the text');
    }
  }
}

test('random unicode text never crashes and always validates', () => {
  fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) => check(`Outlet\n3 January 2026\n\n${s}`)), { numRuns: 150 });
});

test('mutated real articles (cut, duplicated, shuffled, quote marks removed) never crash', () => {
  const mutate = fc.tuple(fc.nat({ max: articles.length - 1 }), fc.nat(), fc.nat(), fc.constantFrom('cut', 'dup', 'shuffle', 'noquotes', 'nopunct', 'upper'));
  fc.assert(fc.property(mutate, ([i, a, b, how]) => {
    const t = articles[i]!;
    const [x, y] = [a % t.length, b % t.length].sort((p, q) => p - q) as [number, number];
    const lines = t.split('\n');
    const out = how === 'cut' ? t.slice(0, x) + t.slice(y)
      : how === 'dup' ? t + '\n' + t.slice(x, y)
      : how === 'shuffle' ? [lines[0], lines[1], ...lines.slice(2).sort(() => (a++ % 3) - 1)].join('\n')
      : how === 'noquotes' ? t.replace(/["“”'‘’]/g, '')
      : how === 'nopunct' ? t.replace(/[.,;:]/g, '')
      : t.toUpperCase();
    check(out);
  }), { numRuns: 120 });
});

test('pathological inputs: one huge line, only quotes, only numbers, deep brackets', () => {
  for (const body of ['"'.repeat(5000), '1 2 3 '.repeat(3000), '('.repeat(4000) + 'Bhamo' + ')'.repeat(4000), 'Bhamo, '.repeat(2000), `${'word '.repeat(20000)}.`]) {
    check(`Outlet\n3 January 2026\n\n${body}`);
  }
});

// Found by the mutation property above (a duplicated tail cut mid-word): a statement the span
// rules cut down to nothing is dropped, not output with empty text.
test('a torn sentence ending "…rs, according to local resident" gives no empty claim', () => {
  check('Outlet\n3 January 2026\n\nMore than 60,000 people are sheltering in Mizoram, according to the state government.\n\nrs, according to local resident');
});
