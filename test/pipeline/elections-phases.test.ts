// Table-driven checks of the election rules added after an unseen phase-3 article: the phase
// named with "and final", a township that "does not appear on the list", "is included",
// "would be held in", and a state's total told as "across those N townships". Hand-written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { electionsStage } from '../../src/pipeline/elections/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
const run = (body: string): string[] => buildPipeline<Layers>([...EARLY, electionsStage]).run(articleToDoc(`${head}${body}`, { path: 'test' }, 'test', false), tinyPack)
  .elections.map((e) => `${e.place.name} ${e.included ? 'in' : 'out'} vt=${e.excluded_village_tracts ?? '-'} phase=${e.phase ?? '-'}`).sort();

test('elections: phases, inclusion and exclusion wording, state totals', () => {
  const cases: [string, string, string[]][] = [
    ['"the third and final phase"', 'The Election Commission said the third and final phase of the election will take place in Rivertown Township on 25 January.', ['Rivertown in vt=- phase=3']],
    ['"does not appear on the list"', 'Hillview Township, which rebels have held since 2024, does not appear on the list for any phase.', ['Hillview out vt=- phase=-']],
    ['"every village tract in X is included"', 'In the second phase, every village tract in Rivertown is included.', ['Rivertown in vt=0 phase=2']],
    ['"voting would be held in"', 'The commission said voting would be held in Rivertown and Hillview townships, with 12 village tracts in Hillview excluded.',
      ['Hillview in vt=12 phase=-', 'Rivertown in vt=- phase=-']],
    ['a total "across those townships" is the state\'s named just before',
      'North Province will have polling in nine townships in the first phase. The notification leaves out a total of 214 village tracts across those nine townships.',
      ['North Province in vt=214 phase=1']],
    ['"asked not to be named" names no place for polling', 'A resident of a Rivertown ward, who asked not to be named, said shells had hit the ward.', []],
    ['"the names of" is a noun, not a list naming places', 'A crowd stormed a ward office in Rivertown after officials read out the names of 15 young men.', []],
    ['"the list names" does name them', 'The list names 31 village tracts in Rivertown.', ['Rivertown in vt=31 phase=-']],
    ['a total across no townships named before stays unplaced', 'The notification leaves out 214 village tracts across those nine townships.', []],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(run(body), expected, label);
});

test('elections: a share of the excluded total per township; "polling will be held in every village tract of"', () => {
  const cases: [string, string, string[]][] = [
    ['"19 of the excluded village tracts are in X, 14 in Y"', 'According to the announcement, 19 of the excluded village tracts are in Rivertown Township and 14 in Hillview.',
      ['Hillview in vt=14 phase=-', 'Rivertown in vt=19 phase=-']],
    ['"polling will be held in every village tract of X and Y"', 'In the second phase, polling will be held in every village tract of Rivertown and Hillview townships.',
      ['Hillview in vt=0 phase=2', 'Rivertown in vt=0 phase=2']],
    ['no polling in every village tract is not "every"', 'No polling will be held in Rivertown Township.', ['Rivertown out vt=- phase=-']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(run(body), expected, label);
});

test('elections: "round of voting", a polling day is no count, cancellations, a count after the opening township', () => {
  const cases: [string, string, string[]][] = [
    ['"the third round of voting will take place on January 25 in X and Y"', 'The commission said the third round of voting will take place on January 25 in Rivertown and Hillview townships.',
      ['Hillview in vt=- phase=3', 'Rivertown in vt=- phase=3']],
    ['"In X Township, nine village tracts will be excluded"', 'In Rivertown Township, nine village tracts will be excluded from the vote.', ['Rivertown in vt=9 phase=-']],
    ['"Elections will not be held at all in X"', 'Elections will not be held at all in Rivertown Township, according to the announcement.', ['Rivertown out vt=- phase=-']],
    ['"postponed voting in X"', 'The commission has also postponed voting in Rivertown Township indefinitely.', ['Rivertown out vt=- phase=-']],
    ['"Voting has been cancelled in 23 village tracts in X": parts, not the township', 'Voting has been cancelled in 23 village tracts in Rivertown Township.', ['Rivertown in vt=23 phase=-']],
  ];
  for (const [label, body, expected] of cases) assert.deepEqual(run(body), expected, label);
});
