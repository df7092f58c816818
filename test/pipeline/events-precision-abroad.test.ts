// Event precision abroad: a place named only as the far end of a road is not a second event place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isRelativeMention } from '../../src/pipeline/places/relative.js';

/** Whether the mention of `name` (its last occurrence) in `text` only locates something else. */
const relative = (text: string, name: string): boolean => {
  const start = text.lastIndexOf(name);
  return isRelativeMention(text, { start, end: start + name.length });
};

test('the far end of "the road between X and the town of Y" is not where it happened', () => {
  const cases: [string, string, boolean][] = [
    ['Gunmen ambushed a convoy near Kelo, on the road between Ardan and the western town of Posu.', 'Posu', true],
    ['Gunmen ambushed a convoy on the road between Ardan and the town of Posu on Monday.', 'Posu', true],
    ['Gunmen ambushed a convoy on the road between Ardan and Posu on Monday.', 'Posu', true],
    // A list of two places hit is not a road's ends.
    ['Gunmen attacked Ardan and the town of Posu on Monday.', 'Posu', false],
  ];
  for (const [text, name, want] of cases) assert.equal(relative(text, name), want, text);
});
