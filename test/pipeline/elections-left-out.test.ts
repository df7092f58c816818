import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildPipeline } from '../../src/core/pipeline.js';
import { articleToDoc } from '../../src/ingest/article.js';
import { electionsStage } from '../../src/pipeline/elections/index.js';
import type { Layers } from '../../src/pipeline/layers.js';
import { EARLY } from '../support/run-stages.js';
import { tinyPack } from '../support/tiny-pack.js';

const head = 'Freedonia Daily\n3 January 2026\n\n';
const run = (body: string): Layers => buildPipeline<Layers>([...EARLY, electionsStage]).run(articleToDoc(`${head}${body}`, { path: 'test' }, 'test', false), tinyPack);

// "no polling would be held in X": the township is left out (an election fact) and the election
// body's statement is also a claim. A count of village tracts or wards without polling is a
// partial exclusion: no township left out, no claim.
const cases: Array<{ name: string; body: string; included: Array<[string, boolean]>; claims: string[] }> = [
  { name: 'no polling would be held in a township', body: 'The Election Commission announced on 2 January that no polling would be held in Rivertown Township because of security concerns.', included: [['Rivertown', false]], claims: ['no polling would be held in Rivertown Township because of security concerns'] },
  { name: 'polling will not take place', body: 'The election commission said polling will not take place in Rivertown in this election.', included: [['Rivertown', false]], claims: ['polling will not take place in Rivertown in this election'] },
  { name: 'village tracts without polling: a partial exclusion', body: 'The Election Commission said voting would not be held in 12 village tracts in Rivertown.', included: [], claims: [] },
  { name: 'a positive schedule stays the elections layer\'s', body: 'The Election Commission said voting will take place in Rivertown in the second phase.', included: [['Rivertown', true]], claims: [] },
];

for (const c of cases) {
  test(`elections left out: ${c.name}`, () => {
    const layers = run(c.body);
    assert.deepEqual(layers.elections.filter((e) => e.included === false || c.included.length).map((e) => [e.place.name, e.included]), c.included);
    assert.deepEqual(layers.claims.map((x) => x.text), c.claims);
  });
}
