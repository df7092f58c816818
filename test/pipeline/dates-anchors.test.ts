// The anchored date rules must give exactly the matches a global exec loop gives: they are tried
// only near month and weekday names, so a window too narrow would silently drop a date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayAnchors, matchesNear, monthAnchors, yearAnchors } from '../../src/pipeline/dates/anchors.js';
import { RULES } from '../../src/pipeline/dates/find.js';

const same = (s: string): void => {
  for (const rule of RULES) {
    if (!rule.at) continue;
    const want = [...s.matchAll(rule.re)].map((m) => [m.index, ...m]);
    const anchors = rule.at.kind === 'weekday' ? dayAnchors(s) : rule.at.kind === 'year' ? yearAnchors(s) : monthAnchors(s);
    const sticky = new RegExp(rule.re.source, rule.re.flags.replace('g', 'y'));
    const got = matchesNear(s, sticky, rule.at, anchors).map((m) => [m.index, ...m]);
    assert.deepEqual(got, want, `${rule.re} on ${JSON.stringify(s)}`);
  }
};

test('date anchors: fixed cases', () => {
  for (const s of [
    'on 4 and 19 August 2025', 'between 4 – 19 Aug., 2025', '1st to 3rd JANUARY', 'Monday, 30 December', 'Wednesday 1 Jan',
    'in early March', 'since mid-April', 'midMay 3', 'December 25, 2025', 'Dec. 25 2025', 'janov 3', 'Sept 11', 'Sep. 11, 2001',
    'on 9 November last year', 'in 2019', 'from\n1999 km', 'mid- 2020', 'between 1919 and 2020', 'in\u00a0April', '12\u2003May', 'the 3rd\nJune', 'Today', 'xMonday', 'Mondays', 'in 2024',
  ]) same(s);
});

const words = [
  'January', 'Jan.', 'jan', 'Feb', 'March', 'Mar.', 'april', 'May', 'June', 'Jun', 'July', 'Aug', 'Sept', 'September', 'Oct.',
  'Nov', 'nov', 'Dec', 'DECEMBER', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'monday', 'day',
  '1', '3', '12', '25', '31', '2025', '1999', '1st', '2nd', '3rd', '4th', 'th', 'and', 'to', '-', '–', 'in', 'since', 'during',
  'until', 'by', 'of', 'early', 'late', 'mid', 'mid-', 'last', 'year', 'x', 'a', 'Ja', 'ſ', 'K', 'from', 'between', 'FROM',
  '2019', '1920', '20', '19', '202', '2020', 'km', 'people', 'İn',
];
const glue = [' ', ' ', ' ', '  ', ', ', ',', '.', '\u00a0', '\n', '-', '', '', '(', '’'];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 24 }).map((xs) => xs.flat().join(''));

test('anchored date rules give the matches the global patterns give', () => {
  fc.assert(fc.property(text, same), { numRuns: 5000 });
});
