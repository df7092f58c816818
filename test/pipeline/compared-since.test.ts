// "one of the deadliest attacks since the election ended last month": a date that only measures a
// record dates nothing told after it. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

test('an undated sentence after a record "since …" takes the event\'s date, not the record\'s', () => {
  const body = 'A military jet bombed a village in Sagaing Region late on Sunday, killing 20 people, in one of the deadliest air attacks since the election ended last month.\n\n'
    + 'Two bombs fell on the monastery in Kin Taung village in Kanbalu Township.';
  const events = extractDoc(articleToDoc(`Test Wire\n3 February 2026\n\n${body}\n`, { path: 't' }, 't', false), myanmar()).events;
  assert.deepEqual(events.map((e) => `${e.sub_event_type} ${e.date}`), ['Air/drone strike 2026-02-01']);
});
