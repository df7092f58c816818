// Table-driven checks of dates counted from the story's previous date ("Two days later"), not
// from publication (issue #5). Hand-written sentences; the reference date is Wednesday 19 March 2025.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/pipeline/dates/find.js';

const REF = '2025-03-19';
/** Every date mention of the text, as "surface=date". */
const dated = (text: string): string[] => findDates(text, 0, text.length, REF).map((d) => `${text.slice(d.start, d.end)}=${d.date}`);

test('chained dates count from the previous date that dates an act', () => {
  const cases: [string, string, string[]][] = [
    ['days later', 'Troops burned the village on Friday. Two days later, fighters attacked the column.', ['Friday=2025-03-14', 'Two days later=2025-03-16']],
    ['the next day', 'Jets bombed the town on 3 March. The next day, residents fled.', ['3 March=2025-03-03', 'The next day=2025-03-04']],
    ['hours later: the same day', 'A bomb exploded on 10 March. Hours later, police arrested two men.', ['10 March=2025-03-10', 'Hours later=2025-03-10']],
    ['the same afternoon', 'Rebels entered the base on 9 March, and jets bombed the area the same afternoon.', ['9 March=2025-03-09', 'the same afternoon=2025-03-09']],
    ['a chain counts from the last link', 'Fighting began on 1 March. Two days later the army withdrew, and the next day rebels entered.', ['1 March=2025-03-01', 'Two days later=2025-03-03', 'the next day=2025-03-04']],
    ['"since" starts a state, not an act', 'Troops burned the village on Friday; it had been empty since Wednesday. Two days later, fighters attacked.', ['Friday=2025-03-14', 'Wednesday=2025-03-19', 'Two days later=2025-03-16']],
    ['a report date is no anchor', 'Troops burned the village on 10 March, the group said on Monday. A day later, fighters attacked.', ['10 March=2025-03-10', 'Monday=2025-03-17', 'A day later=2025-03-11']],
    ['"a day before the offensive" counts from what follows, not from here', 'Troops burned the village on Friday. On Wednesday, 12 March, a day before the offensive began, gunmen killed three men.', ['Friday=2025-03-14', '12 March=2025-03-12']],
    ['nothing to count from: no date', 'Two days later, fighters attacked the column.', []],
  ];
  for (const [label, text, expected] of cases) assert.deepEqual(dated(text), expected, label);
});
