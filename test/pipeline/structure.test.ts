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
