// One signing told at several places of one country on one day is one Agreement, at the most
// exact place. Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleToDoc } from '../../src/ingest/article.js';
import { extractDoc } from '../../src/pipeline/extract.js';
import { myanmar } from '../places/helpers.js';

const agreements = (body: string): string[] => extractDoc(articleToDoc(`Test Wire\n10 December 2025\n\n${body}\n`, { path: 't' }, 't', false), myanmar())
  .events.filter((e) => e.sub_event_type === 'Agreement').map((e) => `${e.date} ${e.location?.name ?? '-'} ${e.location?.precision ?? '-'}`);

test('a ceasefire signed once and told three times is one Agreement at its most exact place', () => {
  const body = 'Thailand and Cambodia signed a ceasefire agreement on Tuesday to end weeks of fighting.\n\n'
    + 'The two defence ministers signed the agreement on Tuesday at a checkpoint in Chanthaburi province, officials said.\n\n'
    + 'The agreement was signed on Tuesday in Aranyaprathet, near the border, the ministry said.';
  const got = agreements(body);
  assert.equal(got.length, 1, got.join(' | '));
  assert.ok(got[0]!.startsWith('2025-12-09 '), got[0]);
  assert.notEqual(got[0]!.split(' ').pop(), 'country', got[0]);
});

test('agreements on different days stay apart', () => {
  const body = 'The junta and the TNLA signed a ceasefire in Kunming on Monday. The junta and the MNDAA signed a truce in Kunming on Tuesday.';
  assert.equal(agreements(body).length, 2);
});
