// Unnamed sources and hedges of real reports: "a figure the Wire has not been able to confirm"
// (the outlet's own doubt in the claim's sentence hedges it), "a mine owner". Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractStory } from '../support/extract-story.js';

const hedged = (body: string): boolean[] => extractStory('14 October 2025', body)
  .claims.map((c) => c.hedged);

test('"has not been able to confirm", "was unable to verify" hedge; a plain statement does not', () => {
  assert.deepEqual(hedged('The KIA said it had killed 30 soldiers near Bhamo, a figure the Wire has not been able to confirm.'), [true]);
  assert.deepEqual(hedged('The KIA said it had killed 30 soldiers near Bhamo, which the Wire was unable to verify.'), [true]);
  assert.deepEqual(hedged('The KIA said it had killed 30 soldiers near Bhamo.'), [false]);
});

test('owners, brokers and merchants are unnamed sources', () => {
  const claims = (body: string): string[] => extractStory('14 October 2025', body)
    .claims.map((c) => c.claimant?.name ?? '-');
  assert.deepEqual(claims('According to a mine owner, the KIA took over the mines on Monday.'), ['mine owner']);
  assert.deepEqual(claims('A rare-earth broker in Myitkyina said the KIA now taxes every truck.'), ['rare-earth broker']);
});
