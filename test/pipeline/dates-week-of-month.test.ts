// "the last week of October": a week of a named month is that range, not the week before the
// report ("last week") nor the whole month ("of October").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/pipeline/dates/find.js';

const CASES: [string, string, [string, string | null][]][] = [
  ['The army retook the town in the last week of October.', '2026-02-27', [['2025-10-25', '2025-10-31']]],
  ['Fighting raged through the first week of March.', '2026-03-20', [['2026-03-01', '2026-03-07']]],
  ['Talks resumed in the second week of January 2025.', '2026-02-27', [['2025-01-08', '2025-01-14']]],
  ['The final week of February, 2024 was quiet.', '2026-02-27', [['2024-02-23', '2024-02-29']]],
  // Not a week of a month: "last week" is the week before the report.
  ['Troops shelled the village last week.', '2026-02-27', [['2026-02-16', '2026-02-22']]],
];

for (const [text, ref, want] of CASES) {
  test(`week of a month: ${text}`, () => {
    assert.deepEqual(findDates(text, 0, text.length, ref).map((d) => [d.date, d.dateEnd]), want);
  });
}
