// Table-driven checks of rules added after scoring four more unseen Myanmar articles (a wire
// story on an air strike, an analysis of a western front, a weekly roundup, an election phase
// story). Hand-written sentences, tiny pack.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/pipeline/dates/find.js';

test('weekdays: "last Saturday" in a Saturday paper is a week back, "on Saturday" is the day itself', () => {
  // 2026-01-03 is a Saturday.
  const cases: [string, string][] = [
    ['Soldiers raided the market last Saturday.', '2025-12-27'],
    ['Soldiers raided the market on Saturday.', '2026-01-03'],
    ['Soldiers raided the market last Thursday.', '2026-01-01'],
    ['Soldiers raided the market Last  Saturday, residents said.', '2025-12-27'],
  ];
  for (const [s, date] of cases) assert.equal(findDates(s, 0, s.length, '2026-01-03')[0]?.date, date, s);
});
