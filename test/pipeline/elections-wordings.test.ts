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

// Wordings of the three things an election fact says of a township: in or out, and how many of its
// village tracts are left out. Each row: the township facts expected as [name, included, excluded
// village tracts] (only the townships listed; others in the text must not appear unless listed).
const cases: Array<{ name: string; body: string; want: Array<[string, boolean, number | null]> }> = [
  // in full: none left out
  { name: 'voted in full', body: 'Six village tracts of Hillview were left out of the second phase, while Rivertown and Lakeside voted in full.', want: [['Hillview', true, 6], ['Rivertown', true, 0], ['Lakeside', true, 0]] },
  { name: 'the whole of a township is voting', body: 'Polling stations opened at 6 am. The whole of Rivertown, on the river island, is voting in the third phase.', want: [['Rivertown', true, 0]] },
  { name: 'with every ward and village tract included', body: 'Rivertown went to the polls in the first phase on 28 December with every ward and village tract included.', want: [['Rivertown', true, 0]] },
  { name: 'with all its village tracts included', body: 'Hillview voted in the second phase with all its village tracts included.', want: [['Hillview', true, 0]] },
  { name: 'near miss: "in full" of something else, no township in its clause', body: 'Rivertown voted in the first phase; the commission published the results in full a week later.', want: [['Rivertown', true, null]] },
  // out entirely
  { name: 'left out of all three phases', body: 'Rivertown, then still held by the rebels, was left out of all three phases.', want: [['Rivertown', false, null]] },
  { name: 'left out of every phase of the vote', body: 'Hillview was left out of every phase of the vote because of the fighting.', want: [['Hillview', false, null]] },
  { name: 'the election was not held in', body: 'The phased election that the junta organised was not held in Rivertown because of the fighting.', want: [['Rivertown', false, null]] },
  { name: 'near miss: not held in some village tracts', body: 'The vote was not held in 12 village tracts of Rivertown, the commission said.', want: [['Rivertown', true, 12]] },
  { name: 'no polling has been scheduled in any phase', body: 'Residents fled from Hillview, where no polling has been scheduled in any phase.', want: [['Hillview', false, null]] },
  { name: 'will not be included in the phase', body: 'Lakeside Township will not be included in the third phase either, the commission said.', want: [['Lakeside', false, null]] },
  { name: 'neither … nor … took part', body: 'Neither Rivertown nor Hillview took part in the elections: the commission cancelled voting in both townships.', want: [['Rivertown', false, null], ['Hillview', false, null]] },
  { name: 'cancelled polling there (active)', body: 'Lakeside was on the third-phase list until 9 January, when the commission cancelled polling there altogether.', want: [['Lakeside', false, null]] },
  // in
  { name: 'added to a phase', body: 'Rivertown and Hillview were added to the election\'s third phase, which was held on 25 January.', want: [['Rivertown', true, null], ['Hillview', true, null]] },
  { name: 'has listed for a phase', body: 'The commission has listed Rivertown and Lakeside townships for the second phase of the election.', want: [['Rivertown', true, null], ['Lakeside', true, null]] },
  { name: 'the phase will cover … including', body: 'The third and final phase, on 25 January, will cover 63 townships, including Hillview and Lakeside.', want: [['Hillview', true, null], ['Lakeside', true, null]] },
  // counted parts
  { name: 'only in some of the township\'s village tracts', body: 'In Rivertown Township, polling will take place only in the town and in three of the township\'s 12 village tracts, the commission said.', want: [['Rivertown', true, 9]] },
  // an exception, a schedule's list lines
  { name: 'except in a township, where no polling', body: 'Voters in Rivertown and Hillview townships are due to go to the polls on January 25 in the third phase, completing voting in the region except in Lakeside, where no polling has been scheduled at all.', want: [['Lakeside', false, null], ['Rivertown', true, null], ['Hillview', true, null]] },
  { name: 'except for two townships', body: 'All other townships will vote in the second phase except for Rivertown and Lakeside.', want: [['Rivertown', false, null], ['Lakeside', false, null]] },
  { name: 'near miss: except for parts of a township', body: 'Hillview will vote in the first phase, except for 12 village tracts of Rivertown.', want: [['Rivertown', true, 12], ['Hillview', true, null]] },
  { name: 'a schedule\'s list lines', body: 'How the region votes:\n\n- Phase 1, December 28: Rivertown and Hillview townships\n\n- Phase 2 (Jan. 11): Lakeside Township', want: [['Rivertown', true, null], ['Hillview', true, null], ['Lakeside', true, null]] },
  { name: 'a list line of townships left out', body: 'How the region votes:\n\n- Phase 1, December 28: Rivertown and Hillview townships\n\n- Not scheduled: Lakeside Township', want: [['Rivertown', true, null], ['Hillview', true, null], ['Lakeside', false, null]] },
  { name: 'near miss: a plan\'s phase with a colon', body: 'The army\'s offensive has three phases.\n\nPhase 1 of the plan: troops move to Rivertown.', want: [] },
];

for (const c of cases) {
  test(`election wordings: ${c.name}`, () => {
    const got = run(c.body).elections.filter((e) => e.place.precision !== 'state' && e.place.precision !== 'country').map((e) => [e.place.name, e.included, e.excluded_village_tracts]);
    assert.deepEqual(got, c.want);
  });
}

// The phase and polling day each township takes.
const dated: Array<{ name: string; body: string; want: Array<[string, number | null, string | null]> }> = [
  { name: 'the polling day just before the phase', body: 'Rivertown was among the townships where the junta held polling on 25 January in the third phase of its election.', want: [['Rivertown', 3, '2026-01-25']] },
  { name: 'a list line\'s date', body: 'How the region votes:\n\n- Phase 1, December 28: Rivertown Township\n\n- Phase 2 (January 11): Hillview Township', want: [['Rivertown', 1, '2025-12-28'], ['Hillview', 2, '2026-01-11']] },
  { name: 'near miss: the day a list was announced', body: 'Hillview will vote in the third phase. The commission announced the third-phase list on December 25, which also names Rivertown.', want: [['Hillview', 3, null], ['Rivertown', 3, null]] },
];
for (const c of dated) {
  test(`election dates: ${c.name}`, () => {
    const got = run(c.body).elections.filter((e) => e.place.precision !== 'state' && e.place.precision !== 'country').map((e) => [e.place.name, e.phase, e.polling_date]);
    assert.deepEqual(got, c.want);
  });
}
