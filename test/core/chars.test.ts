// isSpace stands for /\s/ in the scanners: checked on every UTF-16 code unit.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { isSpace, singleSpaced } from '../../src/core/chars.js';

it('isSpace agrees with /\\s/ on all 65,536 code units', () => {
  const wrong: number[] = [];
  for (let c = 0; c < 0x10000; c++) if (isSpace(c) !== /\s/.test(String.fromCharCode(c))) wrong.push(c);
  assert.deepEqual(wrong, []);
});

it('singleSpaced says when collapsing white space would change nothing', () => {
  const cases = ['', 'Hpa-An', 'Nyaung Pin Thar', ' lead', 'trail ', 'two  spaces', 'tab\there', 'nbsp\u00a0here', 'a b c'];
  for (const s of cases) assert.equal(singleSpaced(s), s.replace(/\s+/g, ' ').trim() === s, JSON.stringify(s));
});
