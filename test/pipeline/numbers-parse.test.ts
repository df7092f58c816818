// parseNumberWord reads plain digits without its general steps: the result must not change.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseNumberWord } from '../../src/pipeline/numbers/index.js';

/** parseNumberWord's general steps, for digit strings (the fast path's reference). */
function general(w: string): number | null {
  const base = Number(w.toLowerCase().replace(/\s+/g, ' ').replace(/,/g, ''));
  return Number.isFinite(base) ? base : null;
}

test('numbers: plain digits parse as the general steps parse them', () => {
  for (const w of ['0', '007', '12', '2025', '999999999999999', '9'.repeat(16), '9'.repeat(400)]) assert.equal(parseNumberWord(w), general(w), w);
  fc.assert(fc.property(fc.stringMatching(/^\d{1,30}$/), (w) => assert.equal(parseNumberWord(w), general(w))), { numRuns: 3000 });
});

test('numbers: dozens counted out, and a range read at its low end', async () => {
  const { findNumbers } = await import('../../src/pipeline/numbers/index.js');
  const { fatalitiesIn } = await import('../../src/pipeline/events/fatalities.js');
  for (const [words, want] of [['two dozen', 24], ['half a dozen', 6], ['2 dozen', 24], ['a dozen', 12], ['twelve', 12]] as const) {
    const s = `The strike killed ${words} civilians.`;
    assert.deepEqual(findNumbers(s, 0, s.length).map((n) => n.value), [want], words);
  }
  const s = 'The strike killed between 10 and 15 civilians.';
  assert.equal(fatalitiesIn(s, { start: 0, end: s.length }, findNumbers(s, 0, s.length), []), 10);
});

test('fatalities: killed and wounded in one clause, lives claimed, a toll that rose', async () => {
  const { findNumbers } = await import('../../src/pipeline/numbers/index.js');
  const { fatalitiesIn } = await import('../../src/pipeline/events/fatalities.js');
  const toll = (s: string): number | null => fatalitiesIn(s, { start: 0, end: s.length }, findNumbers(s, 0, s.length), []);
  const cases: [string, number | null][] = [
    ['The strike killed five civilians and injured 10 others.', 5],
    ['Five civilians were injured in the strike.', 0],
    ['The strike claimed the lives of five civilians.', 5],
    ["The death toll from Tuesday's strike rose to 12.", 12],
    ['Fuel prices rose to 12 dollars.', null],
  ];
  for (const [s, want] of cases) assert.equal(toll(s), want, s);
});

test('fatalities: one victim and the family named with them', async () => {
  const { findNumbers } = await import('../../src/pipeline/numbers/index.js');
  const { fatalitiesIn } = await import('../../src/pipeline/events/fatalities.js');
  const toll = (s: string): number | null => fatalitiesIn(s, { start: 0, end: s.length }, findNumbers(s, 0, s.length), []);
  const cases: [string, number][] = [
    ['The jet bombed the ward, killing a mother and her two children.', 3],
    ['The jet bombed the ward, killing a mother and her eight-year-old son.', 2],
    ['Soldiers shot dead a man, his wife and their infant son.', 3],
    ['Soldiers shot dead a novice monk.', 1],
  ];
  for (const [s, want] of cases) assert.equal(toll(s), want, s);
});
