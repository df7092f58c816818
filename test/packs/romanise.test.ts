// romanKey folds the usual alternations of romanised Burmese; the spelling index answers only
// for one place of the kind asked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { romanKey } from '../../src/packs/myanmar/romanise.js';
import { myanmar } from '../places/helpers.js';

const SAME: [string, string][] = [
  ['Chan Mya Thar Si', 'Chanmyathazi'],
  ['Chanmyatharzi', 'Chanmyathazi'],
  ['Maha Aung Myay', 'Mahaaungmyay'],
  ['Kyimyindaing', 'Kyeemyindaing'],
  ['Pru Hso', 'Hpruso'],
  ['Khin Oo', 'Khin-U'],
  ['Nawngkhio', 'Nawnghkio'],
  ['Tharyarwaddy', 'Thayarwady'],
  ['Hlaing Thar Yar', 'Hlaingtharya'],
  ['Wet Let', 'Wetlet'],
];
const DIFFERENT: [string, string][] = [
  ['Myitkyina', 'Myitkyi'],
  ['Mandalay', 'Mindat'],
  ['Thayet', 'Thaton'],
];

for (const [a, b] of SAME) test(`romanKey: ${a} = ${b}`, () => assert.equal(romanKey(a), romanKey(b)));
for (const [a, b] of DIFFERENT) test(`romanKey: ${a} ≠ ${b}`, () => assert.notEqual(romanKey(a), romanKey(b)));

test('variant: one township answers; a known name, another kind or a short key does not', () => {
  const gaz = myanmar().gazetteer;
  assert.equal(gaz.variant?.('chan mya thar si', 'township'), 'chanmyathazi');
  assert.equal(gaz.variant?.('chanmyathazi', 'township'), null); // a key of its own: no guess needed
  assert.equal(gaz.variant?.('chan mya thar si', 'district'), null);
  assert.equal(gaz.variant?.('khin oo', 'township'), null);
  assert.equal(gaz.variant?.('thant zin', 'township'), null);
});
