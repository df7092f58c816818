// romanKey folds (pl18m): voicing and syllable-final nasals. Hand-written name pairs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { romanKey } from '../../src/packs/myanmar/romanise.js';

test('romanKey: voiced and voiceless spellings and m or n closing a syllable fold together', () => {
  const same: [string, string][] = [['Ngapudaw', 'Ngaputaw'], ['Ponnagyun', 'Ponnakyun'], ['Takaung', 'Tagaung'], ['Thabeikkyin', 'Thapeikkyin'], ['Kanbalu', 'Kambalu']];
  for (const [a, b] of same) assert.equal(romanKey(a), romanKey(b), `${a} ~ ${b}`);
  // Not folded: a nasal opening a syllable, and different vowels.
  const differ: [string, string][] = [['Myitkyina', 'Nyitkyina'], ['Mindat', 'Mandat']];
  for (const [a, b] of differ) assert.notEqual(romanKey(a), romanKey(b), `${a} vs ${b}`);
});
