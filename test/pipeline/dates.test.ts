import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../src/pipeline/dates/find.js';

// [sentence, publication date, expected first date, expected end]
const CASES: [string, string, string, string | null][] = [
  ['Fighting resumed in Bhamo on December 25, 2025, and has escalated.', '2026-01-03', '2025-12-25', null],
  ['Meanwhile, on December 25, the authorities announced it.', '2026-01-03', '2025-12-25', null],
  ['The third phase, scheduled for January 25, would include Bhamo.', '2026-01-03', '2026-01-25', null],
  ['The regime struck back on Tuesday.', '2025-04-09', '2025-04-08', null],
  ['Junta troops re-entered Mogok on Sunday.', '2025-12-02', '2025-11-30', null],
  ['The offensive began on 9 November last year.', '2025-04-09', '2024-11-09', null],
  ['It took Mindat on 22 December.', '2025-04-09', '2024-12-22', null],
  ['The KIA has occupied the towns since 2024.', '2026-01-03', '2024', null],
  ['A secret agreement was signed in December 2025.', '2026-01-03', '2025-12', null],
  ['It happened in April.', '2025-12-02', '2025-04', null],
  ['Clashes broke out last week.', '2025-08-21', '2025-08-11', '2025-08-17'],
  ['Clashes broke out last week.', '2025-05-14', '2025-05-05', '2025-05-11'],
  ['Voting is spread over the second phase on 11 January.', '2025-12-08', '2026-01-11', null],
  ['The operation ran between 4 and 19 August.', '2025-08-21', '2025-08-04', '2025-08-19'],
  ['Residents said bombs fell on Monday, 30 December.', '2025-01-01', '2024-12-30', null],
  ['It was carried out earlier this month.', '2025-03-27', '2025-03', null],
  ['Seized during Operation 1111 in November 2023.', '2025-08-21', '2023-11', null],
  ['It controls Ponnagyun, which it captured in March last year.', '2025-03-21', '2024-03', null],
  ['Prices have risen since January this year.', '2025-11-19', '2025-01', null],
  ['It was seized in late December last year.', '2025-04-09', '2024-12', null],
  // Forms of real reports that used to fall back to the publication date or the month.
  ['The camp was shelled on 12.10.2025, residents said.', '2025-10-14', '2025-10-12', null],
  ['The camp was shelled on 3/2/2025.', '2025-10-14', '2025-02-03', null],
  ['The camp was shelled on 12-10-2025.', '2025-10-14', '2025-10-12', null],
  ['It was bombed on the 9th of October.', '2025-10-14', '2025-10-09', null],
  ['It was bombed on the 29th of December 2024.', '2025-10-14', '2024-12-29', null],
  ['Troops raided it on the 12th, residents said.', '2025-10-14', '2025-10-12', null],
  ['Troops raided it on the 20th.', '2025-10-14', '2025-09-20', null],
  ['Troops raided it on the 3rd of this month.', '2025-10-14', '2025-10-03', null],
  ['The strikes came early this month.', '2025-10-14', '2025-10', null],
  ['Fighting flared over the weekend.', '2025-10-14', '2025-10-11', '2025-10-12'],
  ['Fighting flared last weekend.', '2025-10-12', '2025-10-11', '2025-10-12'],
  ['The convoy was hit two days ago.', '2025-10-14', '2025-10-12', null],
  ['The convoy was hit a week ago.', '2025-10-14', '2025-10-07', null],
  ['They have fought there for the past three days.', '2025-10-14', '2025-10-11', '2025-10-14'],
  ['Fighting raged from October 3 to 5.', '2025-10-14', '2025-10-03', '2025-10-05'],
  ['Fighting raged on October 12-13.', '2025-10-14', '2025-10-12', '2025-10-13'],
  ['Fighting raged on 12-13 October.', '2025-10-14', '2025-10-12', '2025-10-13'],
  ['Clashes have raged over the last week.', '2025-10-14', '2025-10-07', '2025-10-14'],
];

test('an ordinal that names a unit is no date', () => {
  const s = 'Troops of the 33rd Light Infantry Division and the 12th Battalion moved on the 4th Street market.';
  assert.deepEqual(findDates(s, 0, s.length, '2025-10-14'), []);
});

for (const [s, pub, date, end] of CASES) {
  test(`dates: ${s}`, () => {
    const found = findDates(s, 0, s.length, pub);
    assert.ok(found.length > 0, 'no date found');
    assert.equal(found[0]!.date, date);
    assert.equal(found[0]!.dateEnd, end);
    assert.ok(found.every((d) => d.start >= 0 && d.end <= s.length && d.end > d.start));
  });
}

test('no publication date: no relative dates are guessed', () => {
  assert.deepEqual(findDates('on Tuesday', 0, 10, null), []);
});

test("a weekday's own custom is no date: Friday prayers, the Sunday service", () => {
  const days = (s: string): string[] => findDates(s, 0, s.length, '2026-03-16').map((d) => d.date);
  assert.deepEqual(days('On 21 March 2025, gunmen killed 44 worshippers during Friday prayers at a mosque.'), ['2025-03-21']);
  assert.deepEqual(days('The church was shelled during the Sunday service.'), []);
  assert.deepEqual(days('Two teachers of a Sunday school were detained, and a Saturday edition was banned.'), []);
  // Near misses: the day itself, before other words.
  assert.deepEqual(days('Gunmen attacked worshippers on Friday after prayers.'), ['2026-03-13']);
  assert.deepEqual(days('On Sunday services were cancelled.'), ['2026-03-15']);
});
