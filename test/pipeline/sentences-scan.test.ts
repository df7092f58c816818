// The sentence splitter reads the word before a full stop by char codes: it must split exactly
// where the regex version split.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { splitSentences } from '../../src/pipeline/structure/sentences.js';
import { oldSplitSentences } from './sentences-reference.js';

const same = (text: string): void => {
  const blocks = [{ start: 0, end: text.length, kind: 'paragraph' as const }];
  assert.deepEqual(splitSentences(text, blocks), oldSplitSentences(text, blocks), JSON.stringify(text));
};

test('sentences: fixed cases', () => {
  for (const s of ['Dr. Aung said. Then Col. Min left.', 'J. Smith came. U.S. troops left. Lt.-Gen. Soe Win.', 'É. Zola wrote. 𝐀. B went.', 'x𝐀. B', 'Co. Ltd. Inc. Foo']) same(s);
});

const words = ['Dr', 'dr', 'Col', 'J', 'É', 'é', '𝐀', '𝐚', 'U.S', 'e.g', 'Lt.-Gen', 'Myanmar', 'the', 'army', '12', 'x-y', 'Ж', 'Sept'];
const glue = ['. ', '. ', '.', ' ', '! ', '? ', '." ', '.” ', '.\u00a0', ', ', '-', '.(', ''];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 30 }).map((xs) => xs.flat().join(''));

test('sentences: the char-code abbreviation test splits as the regex did', () => {
  fc.assert(fc.property(text, same), { numRuns: 5000 });
});
