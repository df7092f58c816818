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
