// Layer lookups by binary search and the hand-written trim must answer as the filters and
// character-class regexes they replace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lastBeforeWhere, lastWithin } from '../../src/pipeline/attribution/spans.js';
import { trim } from '../../src/pipeline/attribution/claim-span.js';

const span = fc.tuple(fc.nat(40), fc.nat(10), fc.boolean()).map(([start, len, ok]) => ({ start, end: start + len, ok }));

test('lastWithin and lastBeforeWhere are the filters they replace', () => {
  fc.assert(fc.property(fc.array(span, { maxLength: 14 }), fc.nat(45), fc.nat(45), (xs, a, b) => {
    const sorted = [...xs].sort((x, y) => x.start - y.start);
    assert.equal(lastWithin(sorted, a, b, (x) => x.ok), sorted.filter((x) => x.start >= a && x.end <= b && x.ok).pop());
    let best: (typeof sorted)[number] | undefined;
    for (const x of sorted.filter((y) => y.ok)) if (x.start < a) best = x;
    assert.equal(lastBeforeWhere(sorted, a, (x) => x.ok), best);
  }), { numRuns: 5000 });
});

test('trim is the regex trim', () => {
  const reference = (text: string, c: { start: number; end: number }): { start: number; end: number } => {
    let { start, end } = c;
    while (start < end && /[\s,]/.test(text[start]!)) start++;
    while (end > start && /[\s.,;]/.test(text[end - 1]!)) end--;
    return { start, end };
  };
  const text = fc.string({ unit: fc.constantFrom(' ', ',', '.', ';', 'a', '\u00a0', '\u2009', '\n', '\ufeff', ':', '\ud83d', '\ude00', '\u200b') });
  fc.assert(fc.property(text, fc.nat(20), fc.nat(20), (s, a, b) => {
    const c = { start: Math.min(a, s.length), end: Math.min(Math.max(a, b), s.length) };
    assert.deepEqual(trim(s, c), reference(s, c));
  }), { numRuns: 5000 });
});
