// Anaphora compares names' ends without lower-cased copies: the same answers as the copies give.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameEndsWith } from '../../src/pipeline/actors/anaphora.js';

test('nameEndsWith is n.toLowerCase().endsWith(head)', () => {
  const parts = ['Council', 'council', 'COUNCIL', ' ', 'Chin', 'İ', 'ß', 'Σ', 'é', 'K', 'x', ''];
  const str = fc.array(fc.constantFrom(...parts), { maxLength: 6 }).map((xs) => xs.join(''));
  const same = (n: string, h: string): void => {
    const head = ` ${h.toLowerCase()}`;
    assert.equal(nameEndsWith(n, head), n.toLowerCase().endsWith(head), `${JSON.stringify(n)} ${JSON.stringify(head)}`);
  };
  for (const [n, h] of [['Chin Council', 'Council'], ['xx Cİ', 'Cİ'], ['A Bİ', 'B'], ['Chin council', 'Councils'], ['x KΣ', 'Kς']]) same(n!, h!);
  fc.assert(fc.property(str, str, same), { numRuns: 10000 });
});
