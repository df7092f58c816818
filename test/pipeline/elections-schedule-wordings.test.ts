// Election schedules as outlets write them (session 15): a round that "covered six townships — A,
// B, …" puts them in; townships "not scheduled to vote in any phase" are out; a township named a
// second time in another clause keeps the phase of its first ("…, with 31 village tracts of B left
// out, while C was placed in the third phase"); "the January 11 round" is a polling day. On the
// fictional test pack, so no Myanmar data is needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { electionsStage } from '../../src/pipeline/elections/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const run = (body: string): Layers => buildPipeline<Layers>([...EARLY, electionsStage]).run(articleToDoc(`Freedonia Daily\n3 January 2026\n\n${body}`, { path: 'test' }, 'test', false), tinyPack);
const facts = (body: string): string[] => run(body).elections.map((e) => `${e.place.name} ${e.included} ${e.phase ?? '-'} ${e.excluded_village_tracts ?? '-'}`).sort();

test('a round that covered the townships listed after it puts them in', () => {
  const cases: [string, string[]][] = [
    ['The first round of voting covered three townships — Rivertown, Hillview and Lakeside.', ['Hillview true 1 -', 'Lakeside true 1 -', 'Rivertown true 1 -']],
    ['In the north, the second phase covers two townships: Rivertown and Hillview.', ['Hillview true 2 -', 'Rivertown true 2 -']],
    // Near miss: the word with no townships after it.
    ['Reporters covered the vote in Rivertown for the second phase, the election commission said.', []],
  ];
  for (const [body, want] of cases) assert.deepEqual(facts(body), want, body);
});

test('townships not scheduled to vote are out', () => {
  const cases: [string, string[]][] = [
    ['Rivertown and Hillview, where rebels hold the countryside, were not scheduled to vote in any phase.', ['Hillview false - -', 'Rivertown false - -']],
    ['Lakeside has never been scheduled to go to the polls, the election commission said.', ['Lakeside false - -']],
    ['Rivertown is not scheduled to take part in the election at all.', ['Rivertown false - -']],
    // Near miss: scheduled, with no negation.
    ['Rivertown is scheduled to vote in the second phase.', ['Rivertown true 2 -']],
  ];
  for (const [body, want] of cases) assert.deepEqual(facts(body), want, body);
});

test('a township named again in another clause keeps its phase', () => {
  const cases: [string, string[]][] = [
    ['Rivertown and Hillview are due to vote in the second phase, with 31 village tracts of Hillview left out, while Lakeside was placed in the third phase.', ['Hillview true 2 31', 'Lakeside true 3 -', 'Rivertown true 2 -']],
    ['Rivertown voted in the first phase, and Hillview voted in the second phase.', ['Hillview true 2 -', 'Rivertown true 1 -']],
  ];
  for (const [body, want] of cases) assert.deepEqual(facts(body), want, body);
});

test('a round named by its day is its polling day', () => {
  const polling = (body: string): string[] => run(body).elections.map((e) => `${e.place.name} ${e.polling_date ?? '-'}`);
  assert.deepEqual(polling('The December 28 round covered two townships, Rivertown and Hillview, the election commission said.'), ['Rivertown 2025-12-28', 'Hillview 2025-12-28']);
  // Near miss: a day that names no round.
  assert.deepEqual(polling('On December 28 the election commission said Rivertown will vote.'), ['Rivertown -']);
});

test('townships whose polling was called off, will not go ahead, or were excluded are out', () => {
  const cases: [string, string[]][] = [
    ['Rivertown, Hillview and Lakeside townships were scheduled to vote in the third phase, but the election commission called off polling there on 21 January.', ['Hillview false 3 -', 'Lakeside false 3 -', 'Rivertown false 3 -']],
    ['Voting in Rivertown Township was called off because of fighting, the election commission said.', ['Rivertown false - -']],
    ['Polling will not go ahead in Hillview Township, the election commission said.', ['Hillview false - -']],
    ['The election commission excluded Lakeside Township from the election entirely.', ['Lakeside false - -']],
    ['Hillview Township was excluded from the first phase, the election commission said.', ['Hillview false 1 -']],
    // Near misses: a relative clause about an earlier cancellation, and village tracts excluded.
    ['The election commission said voting in Rivertown Township, which was cancelled in January, will be held on April 26.', ['Rivertown true - -']],
    ['In Hillview Township, 27 village tracts were excluded from the vote, the election commission said.', ['Hillview true - 27']],
  ];
  for (const [body, want] of cases) assert.deepEqual(facts(body), want, body);
});
