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

// Wordings of tolls seen in real reporting: any one victim in the passive, a relative clause
// between the count and its verb, "claimed N lives", "N deaths", "massacred N".
const MORE: [string, number | null][] = [
  ['A 62-year-old catechist was killed and three other people were wounded.', 1],
  ['Two men who had returned to check on their houses were killed on Thursday when one of them stepped on a mine.', 2],
  ['Five villagers who fled to the forest were found dead on Sunday.', 5],
  ['The fighting has claimed at least 12 lives since Friday.', 12],
  ['The blast caused 7 deaths, officials said.', 7],
  ['Gunmen massacred 21 people in the market.', 21],
  ['Two soldiers who killed a villager were arrested.', 1], // the villager, not the two soldiers
  ['Three houses that stood by the road were burned.', null],
];
for (const [sentence, expected] of MORE) {
  test(`fatalities in "${sentence}"`, () => {
    const span = { start: 0, end: sentence.length };
    assert.equal(fatalitiesIn(sentence, span, findNumbers(sentence, 0, sentence.length), []), expected);
  });
}

const SPEAKERS: [string, number | null][] = [
  ['A jade miner was killed when he stepped on a landmine, his co-workers said.', 1],
  ['Soldiers shot dead a farmer, his neighbours said.', 1],
  ['Soldiers killed a man, his wife and their infant son.', 3],
];
for (const [sentence, expected] of SPEAKERS) {
  test(`fatalities in "${sentence}"`, () => {
    const span = { start: 0, end: sentence.length };
    assert.equal(fatalitiesIn(sentence, span, findNumbers(sentence, 0, sentence.length), []), expected);
  });
}
