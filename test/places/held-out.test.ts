// Geocoder cases from four unseen articles: a village no list has takes the township the story's
// last paragraphs named, and "the neighbouring village of X" reads X wherever the article placed it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { where } from './helpers.js';

test('an unlisted village takes the township of the paragraph before it', () => {
  const text = 'The column left its base on Monday and moved through villages in the west of Ngape Township.\n\nIn Kyauk Hpyu village, soldiers set fire to houses on Tuesday.\n\nThey also rounded up men from the neighbouring village of Shwe Pan Kone.\n';
  assert.equal(where(text, 'Kyauk Hpyu'), 'MMR009009/village');
  assert.equal(where(text, 'Shwe Pan Kone'), 'MMR009009/village');
  // Three paragraphs on, the township no longer carries: the state only (no state named: nothing).
  const far = 'Troops moved through villages in the west of Ngape Township.\n\nOne.\n\nTwo.\n\nIn Kyauk Hpyu village, soldiers set fire to houses.\n';
  assert.notEqual(where(far, 'Kyauk Hpyu'), 'MMR009009/village');
});
