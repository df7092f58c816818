// The quotation finder visits only quote marks and tests the characters around them by table:
// it must find exactly what the original character-by-character scan found.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findQuotations } from '../../src/pipeline/structure/quotations.js';
import type { Block } from '../../src/pipeline/layers.js';
import { oldFindQuotations } from './quotations-reference.js';

const same = (paras: string[]): void => {
  let text = '';
  const blocks: Block[] = [];
  paras.forEach((p, i) => {
    if (i) text += '\n';
    blocks.push({ start: text.length, end: text.length + p.length, kind: i % 5 === 4 ? 'caption' : 'paragraph' });
    text += p;
  });
  assert.deepEqual(findQuotations(text, blocks), oldFindQuotations(text, blocks), JSON.stringify(text));
};

test('quotations: fixed cases', () => {
  same(['He said "we will fight." Then', '“They’re here,” she said. ‘Not so,’ he said', "'Tis the season, 'they said we will go,' it was"]);
  same(['"unclosed part', '"continued," he said.', '“x” ‘a b c.’', 'It’s the ‘Army said it will, they’ ok']);
});

const words = ['He', 'said', 'they', 'It', 'We', 'will', 'go', 'Army', 'x', '1', 'é', 'Ж', '𝐀', 'it’s', "don't", '—', '…', '(', ')'];
const glue = [' ', ' ', '"', '“', '”', "'", '‘', '’', '.', ',', '!', '?', ':', ';', '-', '—', '\u00a0', '', '." ', '," ', '.’', ' ‘', ' “', '(“'];
const para = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 30 }).map((xs) => xs.flat().join(''));

test('quotations: the mark-only scan equals the full scan', () => {
  fc.assert(fc.property(fc.array(para, { minLength: 1, maxLength: 6 }), same), { numRuns: 4000 });
});
