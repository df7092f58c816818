// Every date rule must give exactly the matches a global exec loop gives: the rules run only near
// where their anchors (month and weekday names, years) or their words ("week", "later") start, so
// a window too narrow would silently drop a date. This runs the production path (one WordStarts
// scan, then matchesNear or KeyedPattern) against each rule's global pattern.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RULES, ruleMatches, wordStartsIn } from '../../src/pipeline/dates/find.js';
import { CHAINED_PATTERNS } from '../../src/pipeline/dates/chained.js';
import { WordStarts } from '../../src/pipeline/lexicon/word-starts.js';

const flat = (ms: Iterable<RegExpMatchArray>): unknown[][] => [...ms].map((m) => [m.index, ...m]);

const same = (s: string): void => {
  const starts = wordStartsIn(s);
  RULES.forEach((rule, k) => {
    assert.deepEqual(flat(ruleMatches(k, s, starts)), flat(s.matchAll(rule.re)), `${rule.re} on ${JSON.stringify(s)}`);
  });
  for (const kp of CHAINED_PATTERNS) {
    const at = new WordStarts([kp.keys]).scan(s, 0, s.length)[0];
    assert.deepEqual(flat(kp.matchesAt(s, at)), flat(s.matchAll(kp.re)), `${kp.re} on ${JSON.stringify(s)}`);
  }
};

test('date rules: fixed cases', () => {
  for (const s of [
    'on 4 and 19 August 2025', 'between 4 – 19 Aug., 2025', '1st to 3rd JANUARY', 'Monday, 30 December', 'Wednesday 1 Jan',
    'in early March', 'since mid-April', 'midMay 3', 'December 25, 2025', 'Dec. 25 2025', 'janov 3', 'Sept 11', 'Sep. 11, 2001',
    'on 9 November last year', 'in 2019', 'from\n1999 km', 'mid- 2020', 'between 1919 and 2020', 'in\u00a0April', '12\u2003May', 'the 3rd\nJune', 'Today', 'xMonday', 'Mondays', 'in 2024',
    'two days later', 'about three weeks later', 'the next day', 'the same evening', 'hours later', 'last week', 'earlier this month', 'MONDAY', 'SUNDAY 3 May',
  ]) same(s);
});

const words = [
  'January', 'Jan.', 'jan', 'Feb', 'March', 'Mar.', 'april', 'May', 'June', 'Jun', 'July', 'Aug', 'Sept', 'September', 'Oct.',
  'Nov', 'nov', 'Dec', 'DECEMBER', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'monday', 'day',
  '1', '3', '12', '25', '31', '2025', '1999', '1st', '2nd', '3rd', '4th', 'th', 'and', 'to', '-', '–', 'in', 'since', 'during',
  'until', 'by', 'of', 'early', 'late', 'mid', 'mid-', 'last', 'year', 'x', 'a', 'Ja', 'ſ', 'K', 'from', 'between', 'FROM',
  '2019', '1920', '20', '19', '202', '2020', 'km', 'people', 'İn',
  // the keyed rules' and the chained phrases' words
  'week', 'weeks', 'month', 'this', 'next', 'today', 'yesterday', 'earlier', 'later', 'LATER', 'same', 'the', 'previous', 'before',
  'following', 'after', 'hours', 'minutes', 'moments', 'two', 'about', 'some', 'few', 'several', 'on', 'night', 'morning',
];
const glue = [' ', ' ', ' ', '  ', ', ', ',', '.', '\u00a0', '\n', '-', '', '', '(', '’', ';'];
const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...glue)), { maxLength: 24 }).map((xs) => xs.flat().join(''));

test('date rules and chained phrases give the matches their global patterns give', () => {
  fc.assert(fc.property(text, same), { numRuns: 5000 });
});
