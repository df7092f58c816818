// firstIndex: the binary search behind the offset lookups (tokens, blocks, spans, paragraphs).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { firstIndex } from '../../src/core/search.js';

it('finds the first index where a monotone condition holds, n when none does', () => {
  const xs = [2, 4, 4, 7];
  const cases: [number, number][] = [[0, 0], [2, 0], [3, 1], [4, 1], [5, 3], [7, 3], [8, 4]];
  for (const [x, want] of cases) assert.equal(firstIndex(xs.length, (i) => xs[i]! >= x), want, `>= ${x}`);
  assert.equal(firstIndex(0, () => true), 0);
});
