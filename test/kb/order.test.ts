// Ingest order must not change the knowledge base: the same articles in random orders, in random
// batch sizes, give the same KB, compared whole (events with history, control, elections,
// findings, claims, actors).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Doc } from '../../src/core/doc.js';
import type { Extraction } from '../../src/core/schema.js';
import { openBatchWriter } from '../../src/store/sqlite/batch-writer.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { kbFixtureArticles } from '../support/kb-fixtures.js';
import { KB_SAMPLES, SINKHAN_HELD } from '../support/kb-samples.js';
import { kbSnapshot, type KbSnapshot } from '../support/kb-snapshot.js';

/** The KB of these articles put one by one, or through the batch writer (as `sitrep ingest`) `batch` at a time. */
async function kbOf(articles: readonly { doc: Doc; extraction: Extraction }[], batch = 0): Promise<KbSnapshot> {
  const store = openSqliteStore(':memory:');
  try {
    if (batch === 0) {
      for (const a of articles) await store.putArticle(a.doc, a.extraction);
    } else {
      const w = openBatchWriter<string>(store, { size: batch, onStored: () => undefined, onFailed: (_, e) => { throw e; } });
      for (const a of articles) await w.put(a.doc, a.extraction, a.doc.id);
      await w.flush();
    }
    return await kbSnapshot(store);
  } finally {
    await store.close();
  }
}

async function orderIndependent(articles: readonly { doc: Doc; extraction: Extraction }[], numRuns: number): Promise<void> {
  const expected = await kbOf(articles);
  // Batching too must not change it: derived records are rebuilt once per batch instead of per article.
  await fc.assert(fc.asyncProperty(fc.shuffledSubarray([...articles], { minLength: articles.length, maxLength: articles.length }),
    fc.integer({ min: 0, max: articles.length }), async (order, batch) => { assert.deepEqual(await kbOf(order, batch), expected); }), { numRuns });
}

describe('ingest order', () => {
  it('property: hand-built articles in any order give the same KB', () => orderIndependent([...KB_SAMPLES, SINKHAN_HELD], 25));

  it('a village\'s findings follow a clash merged in later', async () => {
    const kb = await kbOf([SINKHAN_HELD, ...KB_SAMPLES]);
    assert.ok(kb.findings.some((f) => f.kind === 'event_after_stable_control' && f.place?.name === 'Sinkhan'));
  });
  it('property: the fixture articles (real extractor) in any order give the same KB', () => orderIndependent(kbFixtureArticles(), 10));
});
