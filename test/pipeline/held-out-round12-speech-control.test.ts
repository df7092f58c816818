// Round-12 wordings of elections, control and attributed claims, on hand-written sentences about
// invented events (Myanmar pack): "went to the polls", "voting went ahead across the whole of X",
// "polling there was cancelled", a township's own total after its parts, and the control and
// claim wordings below.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const extract = (body: string) => extractDoc(articleToDoc(`Test Wire\n14 January 2026\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const elections = (body: string): string[] => extract(body).elections
  .map((e) => `${e.place.name}: ${e.included ? 'in' : 'out'} ${e.excluded_village_tracts ?? '-'}${e.phase ? ` p${e.phase}` : ''}`);

test('election facts of round-12 wordings', () => {
  const cases: [string, string[]][] = [
    // "went to the polls": the township voted.
    ['Minbu, the district seat, stayed calm and went to the polls in the first phase on December 28.', ['Minbu: in - p1']],
    // The whole township voted: none of its village tracts left out.
    ['Voting went ahead across the whole of Chauk Township.', ['Chauk: in 0']],
    ['Polling took place throughout the entire Chauk Township on Sunday.', ['Chauk: in 0']],
    // "polling there was cancelled": the township named before "there" is out, though it was listed.
    ['Tilin Township had also been listed for the vote, but the commission said on 6 January that polling there was cancelled altogether.', ['Tilin: out -']],
    // …but not when the cancellation is of some of its parts.
    ['Tilin Township had been listed for the vote, but polling there was cancelled in four village tracts.', []],
    // The township's own total after the parts told one by one.
    ['In Pakokku, the commission left out 12 village tracts in December and cancelled voting in five more in January, meaning no polls were held in 17 of the township\'s village tracts.', ['Pakokku: in 17']],
  ];
  for (const [body, want] of cases) assert.deepEqual(elections(body), want, body);
});
