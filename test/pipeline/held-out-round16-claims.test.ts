// Table-driven checks of the claimant and claim-span rules added after scoring round 16's unseen
// articles (wave 9). Hand-written sentences about invented places and groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const extract = (body: string) => extractDoc(articleToDoc(`Test Wire\n14 January 2026\n\n${body}\n`, { path: 'test' }, 'test', false), myanmar());
const claims = (body: string): string[] => extract(body).claims.map((c) => `${c.claimant?.name ?? '-'}${c.hedged ? ' (hedged)' : ''}: ${c.text}`);
const check = (cases: [string, string[]][]): void => {
  for (const [body, want] of cases) assert.deepEqual(claims(body), want, body);
};

test('claims: an appositive with its own clause is not the subject; its "that says" is the subject\'s claim', () => {
  check([
    ['The Hill Rock Group (HRG), a small cell that says it answers to the KNU\'s Ministry of Defence, said on Tuesday that two mines placed by its members had killed three soldiers.',
      ['Hill Rock Group: it answers to the KNU\'s Ministry of Defence', 'Hill Rock Group: two mines placed by its members had killed three soldiers']],
    ['The KIA, which says it has 20,000 fighters, took the town on Monday after a long fight.',
      ['Kachin Independence Army: it has 20,000 fighters']],
    ['Residents of Hpakant, a jade town which the KIA took last year, said the road was closed.',
      ['Residents: the road was closed']],
  ]);
});

test('claims: "X had already said on Sunday that …"', () => {
  check([
    ['The KIA had already said on Sunday that its fighters shot dead an informer in the village.',
      ['Kachin Independence Army: its fighters shot dead an informer in the village']],
  ]);
});
