// numbers/qualifier.ts: the qualifier patterns' gate must pass every text the patterns match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { APPROX, APPROX_LAST, MIN, MIN_LAST } from '../../src/pipeline/numbers/index.js';
import { endsInWordAndSpace } from '../../src/pipeline/numbers/qualifier.js';

const dir = 'test/fixtures/extraction';
const stories = readdirSync(dir).map((c) => readFileSync(join(dir, c, 'article.txt'), 'utf8'));
const PIECES = ['a dozen', 'A  few', 'half a\ndozen', 'Two dozen', 'twenty-one', 'TEN', '1,200', '3.5', '12 hundred', 'x7', '_8', 'tens', 'often', 'atone', 'several', 'ſeven', ' ', ',', '-', 'at least ', 'about ', 'up to ', 'Moreover ', '\u00a0', 'a', 'é'];

test('numbers: the qualifier gates pass every text MIN and APPROX match', () => {
  const check = (t: string): void => {
    if (MIN.test(t)) assert.ok(endsInWordAndSpace(t, MIN_LAST), JSON.stringify(t));
    if (APPROX.test(t)) assert.ok(endsInWordAndSpace(t, APPROX_LAST), JSON.stringify(t));
  };
  for (const s of stories) for (let i = 0; i < s.length; i += 7) check(s.slice(Math.max(0, i - 24), i));
  fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES, 'more than', 'NO FEWER THAN', 'an estimated', 'Close To', 'over', 'of', 'nearly'), { maxLength: 8 }), (parts) => check(parts.join(''))), { numRuns: 5000 });
});
