// Table-driven checks of rules added after scoring two unseen round-11 stories abroad (eastern
// Congo, Balochistan). Hand-written sentences; the Myanmar pack stands in for any home pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHeaderDate } from '../../src/core/dates.js';

test('header date: an update stamp after the publication date is dropped', () => {
  const cases: [string, string | null][] = [
    ['Published March 4, 2025 Updated a day ago', '2025-03-04'],
    ['4 Mar 2025 | Last updated 3 hours ago', '2025-03-04'],
    ['Posted 4 March 2025 - Modified 5 March 2025', '2025-03-04'],
    ['Updated March 4, 2025', '2025-03-04'],
    ['Fighting updated the map on March 4, 2025', null],
  ];
  for (const [line, iso] of cases) assert.equal(parseHeaderDate(line), iso, line);
});
