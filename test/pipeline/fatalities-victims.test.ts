// fatalitiesIn: ages are no counts, and one victim told in the passive counts one. Our sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fatalitiesIn } from '../../src/pipeline/events/fatalities.js';
import { findNumbers } from '../../src/pipeline/numbers/index.js';

const CASES: [string, number | null][] = [
  ['A 91-year-old woman was killed when soldiers set fire to her house.', 1],
  ['Soldiers shot dead a man aged 45 at the checkpoint.', 1],
  ['A teenage girl was killed by army shelling on Sunday.', 1],
  ['A soldier was killed and two were wounded in the ambush.', 1],
  ['Three villagers, including a 12-year-old boy, were killed in the strike.', 3],
  ['A 30-year-old man was wounded by shrapnel.', 0],
  ['The 60-year-old monastery was destroyed by fire.', null],
];

for (const [sentence, expected] of CASES) {
  test(`fatalities in "${sentence}"`, () => {
    const span = { start: 0, end: sentence.length };
    assert.equal(fatalitiesIn(sentence, span, findNumbers(sentence, 0, sentence.length), []), expected);
  });
}
