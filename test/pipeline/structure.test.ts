import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitBlocks } from '../../src/pipeline/structure/blocks.js';
import { findQuotations } from '../../src/pipeline/structure/quotations.js';
import { splitSentences } from '../../src/pipeline/structure/sentences.js';

const ARTICLE = [
  'Test Post', '2 January 2025', '', 'By Staff Writer', '',
  'SITTWE, 1 January 2025 — The AA said it took Gwa. Dr. Aung spoke to Col. Min on Jan. 3.', '',
  'AA commander Major General Twan Mrat Naing (File photo)',
  '“They are sending troops up the road. Our positions are secure,” he said.', '',
  "'Every list they send is a family losing a son. That is why we hit it,' he said.",
  'It’s not about holding Bhamo; the KIA’s aim is leverage.',
].join('\n');
const bodyStart = ARTICLE.indexOf('By Staff');

test('blocks: byline, dateline, caption and paragraphs', () => {
  const kinds = splitBlocks(ARTICLE, bodyStart).map((b) => b.kind);
  assert.deepEqual(kinds, ['header', 'byline', 'dateline', 'paragraph', 'caption', 'paragraph', 'paragraph', 'paragraph']);
});

test('sentences: abbreviations do not split, full stops do', () => {
  const blocks = splitBlocks(ARTICLE, bodyStart);
  const sents = splitSentences(ARTICLE, blocks).map((s) => ARTICLE.slice(s.start, s.end));
  assert.ok(sents.includes('The AA said it took Gwa.'));
  assert.ok(sents.includes('Dr. Aung spoke to Col. Min on Jan. 3.'));
});

test('quotations: curly and single quotes, apostrophes are not quotes', () => {
  const blocks = splitBlocks(ARTICLE, bodyStart);
  const qs = findQuotations(ARTICLE, blocks).map((q) => ARTICLE.slice(q.inner.start, q.inner.end));
  assert.deepEqual(qs, [
    'They are sending troops up the road. Our positions are secure,',
    'Every list they send is a family losing a son. That is why we hit it,',
  ]);
});

test('a quote left open at paragraph end continues (multi-paragraph quote)', () => {
  const t = 'X\n1 May 2025\n\n“We entered the base at first light.\n\n“The people waited five months,” said Salai Za Hmung.';
  const blocks = splitBlocks(t, t.indexOf('“We'));
  const qs = findQuotations(t, blocks);
  assert.equal(qs.length, 2);
  assert.equal(t.slice(qs[0]!.inner.start, qs[0]!.inner.end), 'We entered the base at first light.');
});

// British style: quotations in single marks, as long as a sentence or a paragraph, with apostrophes
// inside their words; a single mark inside a word or after a space before a lower-case word is no quote.
const SINGLE: [string, string[]][] = [
  ['‘The KIA\'s troops entered the town at dawn and the army\'s soldiers fled towards the river before we could reach them,’ he said.', ['The KIA\'s troops entered the town at dawn and the army\'s soldiers fled towards the river before we could reach them,']],
  ['He said: \'We will not give the town back to anyone, whatever they offer us in the talks next week.\'', ['We will not give the town back to anyone, whatever they offer us in the talks next week.']],
  ['The so-called \'clearance\' went on for a week, residents said.', []],
  ['Villagers call it the \'river road\' and avoid it at night.', []],
];
for (const [para, want] of SINGLE) {
  test(`quotations in single marks: ${para.slice(0, 40)}`, () => {
    const t = `Daily\n3 January 2026\n\n${para}\n`;
    const blocks = splitBlocks(t, t.indexOf(para));
    assert.deepEqual(findQuotations(t, blocks).map((q) => t.slice(q.inner.start, q.inner.end)), want);
  });
}

test('a paragraph opening on a single mark that does not close it is a multi-paragraph quote part', () => {
  const p1 = '‘We entered the compound at first light and found part of it already empty.';
  const p2 = '‘Some soldiers gave themselves up,’ the commander said.';
  const t = `Daily\n3 January 2026\n\n${p1}\n${p2}\n`;
  const blocks = splitBlocks(t, t.indexOf(p1));
  assert.deepEqual(findQuotations(t, blocks).map((q) => t.slice(q.inner.start, q.inner.end)), [p1.slice(1), 'Some soldiers gave themselves up,']);
});
