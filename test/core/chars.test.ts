// isSpace stands for /\s/ in the scanners: checked on every UTF-16 code unit.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isSpace } from '../../src/core/chars.js';

it('isSpace agrees with /\\s/ on all 65,536 code units', () => {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
  assert.deepEqual(wrong, []);
});
