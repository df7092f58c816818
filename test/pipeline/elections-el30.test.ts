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

// Three wording families: parts "dropped" or "scrapped" after an opening "In X," (a count of parts
// left out, as "excluded" is); every village tract "listed as taking part" or "on the list" (none left
// out); a phase "which was held in X" (X voted). Rows: [township, included, excluded village tracts].
const cases: Array<{ name: string; body: string; want: Array<[string, boolean, number | null]> }> = [
  { name: 'parts dropped after an opening', body: 'In Hillview, four wards and village tracts were dropped from the voter list.', want: [['Hillview', true, 4]] },
  { name: 'the commission dropped a count', body: 'In Rivertown Township, the commission dropped seven village tracts from the second phase.', want: [['Rivertown', true, 7]] },
  { name: 'village tracts scrapped', body: 'In Lakeside, 12 village tracts were scrapped from the polling list.', want: [['Lakeside', true, 12]] },
  { name: 'every village tract listed as taking part', body: 'Every village tract of Rivertown and Hillview was listed as taking part in the second phase.', want: [['Rivertown', true, 0], ['Hillview', true, 0]] },
  { name: 'every ward and village tract on the voters list', body: 'Every ward and village tract in Lakeside is on the voters list for the third phase.', want: [['Lakeside', true, 0]] },
  { name: 'every village tract will take part', body: 'Every village tract of Hillview will take part in the vote on 25 January, the commission said.', want: [['Hillview', true, 0]] },
  { name: 'a phase which was held in a township', body: 'The first phase of the election, which was held in Rivertown Township on 28 December, drew few voters.', want: [['Rivertown', true, null]] },
  { name: 'the vote, which was held in a township', body: 'Turnout in the vote, which was held in Hillview on 11 January, was low.', want: [['Hillview', true, null]] },
  { name: 'near miss: a meeting held in a township', body: 'A meeting was held in Rivertown on 2 January to discuss the election.', want: [] },
  { name: 'near miss: dropped leaflets, not parts', body: 'In Hillview, a drone dropped leaflets urging people to boycott the election.', want: [] },
];

for (const c of cases) {
  test(`elections el30: ${c.name}`, () => {
    const got = run(c.body).elections.map((e) => [e.place.name, e.included, e.excluded_village_tracts]);
    assert.deepEqual(got, c.want);
  });
}
