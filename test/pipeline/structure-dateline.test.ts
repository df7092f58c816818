// The one dateline recogniser (structure/dateline.ts): the block splitter's cut, the date the dates
// stage takes from it, and the looser shapes after a place name the places stage knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datelineAfterName, datelineDate, datelineLength, readDateline } from '../../src/pipeline/structure/dateline.js';

test('a paragraph opening on a dateline: its length and date', () => {
  const cases: [string, string | null, string | null][] = [
    // line, the dateline cut, its date
    ['PORTVILLE, 4 March 2026 — Troops entered the market.', 'PORTVILLE, 4 March 2026 — ', '2026-03-04'],
    ['NORTH HAVEN — Shops stayed shut.', 'NORTH HAVEN — ', null],
    ['OLDTOWN, Freeland, Feb 9 2026 (Wire) - Two men were held.', 'OLDTOWN, Freeland, Feb 9 2026 (Wire) - ', '2026-02-09'],
    ['Riverside, 3 March 2026 — Fighting went on.', 'Riverside, 3 March 2026 — ', '2026-03-03'],
    // Title case needs its date: a road, a page stamp.
    ['Riverside - Hilltop road was closed.', null, null],
    ['Published Thu, 11/12/2025 - 16:05', null, null],
    // Capitals need three capitals: "AN —" is no place.
    ['AN — odd line.', null, null],
  ];
  for (const [line, cut, date] of cases) {
    assert.equal(datelineLength(line), cut ? cut.length : 0, line);
    assert.equal(readDateline(line)?.date ?? null, date, line);
    if (cut) assert.equal(datelineDate(cut), date, line);
  }
});

test('after a known place name opening its paragraph', () => {
  const cases: [string, string, boolean][] = [
    ['Riverside', ' (Wire) - Troops entered.', true],
    ['RIVERSIDE', ', 3 March — Troops entered.', true],
    ['RIVERSIDE', ': Troops entered.', true],
    ['Riverside', ': Troops entered.', false], // a colon after title case is a label
    ['Riverside', ' - Hilltop road was closed.', false], // a bare hyphen: a road
    ['Riverside', ' — Troops entered.', true],
  ];
  for (const [name, after, want] of cases) assert.equal(datelineAfterName(name, after), want, name + after);
});
