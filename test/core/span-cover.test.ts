// SpanCover answers what a scan of the whole list would (overlap and containment), on random
// span lists in any order, with ties, nesting and empty spans.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SpanCover } from '../../src/core/span-cover.js';
import type { Span } from '../../src/core/span.js';

function random(seed: number): () => number {
  let x = seed;
  return () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 2 ** 32; };
}

test('SpanCover.overlaps and covers agree with a scan of every span', () => {
  const next = random(7);
  const int = (n: number): number => Math.floor(next() * n);
  for (let round = 0; round < 300; round++) {
    const spans: Span[] = Array.from({ length: int(12) }, () => { const start = int(60); return { start, end: start + int(20) }; });
    if (round % 2) spans.sort((a, b) => a.start - b.start);
    const cover = new SpanCover(spans);
    for (let q = 0; q < 40; q++) {
      const start = int(70), end = start + int(15);
      assert.equal(cover.overlaps(start, end), spans.some((x) => x.start < end && start < x.end), `overlaps ${start}-${end} in ${JSON.stringify(spans)}`);
      assert.equal(cover.covers(start, end), spans.some((x) => x.start <= start && end <= x.end), `covers ${start}-${end} in ${JSON.stringify(spans)}`);
    }
  }
});
