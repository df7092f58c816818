// One walk of a pattern tried only at given offsets (lexicon/sticky-at.ts) serves the events
// stage (every match) and attribution (the first): both must be what a global walk finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { firstAt, matchesAt } from '../../src/pipeline/lexicon/sticky-at.js';

const GLOBAL = /\b(?:seized|seize|sei)\w*|\bled\b|a+/gi;
const STICKY = new RegExp(GLOBAL.source, 'iy');

/** Every offset: the sticky walk must then find what the global walk finds. */
const everyOffset = (base: number, s: string): number[] => Array.from({ length: s.length + 1 }, (_, i) => base + i);
const walk = (s: string, from: number): [number, string][] => {
  GLOBAL.lastIndex = from;
  const out: [number, string][] = [];
  for (let m = GLOBAL.exec(s); m; m = GLOBAL.exec(s)) {
    out.push([m.index, m[0]]);
  }
  return out;
};

test('all matches at every offset are the global walk, overlapping tries skipped', () => {
  fc.assert(fc.property(fc.array(fc.constantFrom('a', 'led', ' ', 'seized', 'sei', 'x')).map((xs) => xs.join('')), fc.nat(40), (s, base) => {
    const got = matchesAt(STICKY, s, base, 0, everyOffset(base, s)).map((m): [number, string] => [m.index, m[0]]);
    assert.deepEqual(got, walk(s, 0));
  }));
});

test('the first match from an offset on, only at the offsets given', () => {
  const s = 'They led troops who seized the town';
  const at = [5, 20]; // only "led" and "seized" are tried (the body stands at 100 in the text)
  assert.deepEqual(firstAt(STICKY, s, 100, 0, at.map((x) => x + 100))?.[0], 'led');
  assert.deepEqual(firstAt(STICKY, s, 100, 6, at.map((x) => x + 100))?.[0], 'seized');
  assert.equal(firstAt(STICKY, s, 100, 21, at.map((x) => x + 100)), null);
  // Offsets past the body are never tried.
  assert.equal(firstAt(STICKY, s.slice(0, 10), 100, 6, at.map((x) => x + 100)), null);
  assert.deepEqual(matchesAt(STICKY, s, 100, 0, at.map((x) => x + 100)).map((m) => m[0]), ['led', 'seized']);
});
