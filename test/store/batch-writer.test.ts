// Batched ingest keeps bad input from losing data: an article that fails inside a batch is rolled
// back alone and reported; when SQLite drops the whole batch transaction, the batch's other
// articles are stored again one by one; nothing counts as stored before its commit.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { SitrepError } from '../../src/core/errors.js';
import { openBatchWriter } from '../../src/store/sqlite/batch-writer.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/store.js';
import { BALLOT, FRONTLINE, JOURNAL, KB_SAMPLES } from '../support/kb-samples.js';
import { kbSnapshot } from '../support/kb-snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-batch-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = (): SqliteStore => openSqliteStore(join(dir, `b${++n}.db`));

function writer(store: SqliteStore, size = 100) {
  const stored: string[] = [];
  const failed: { tag: string; error: SitrepError }[] = [];
  const w = openBatchWriter<string>(store, {
    size, onStored: (tag) => stored.push(tag), onFailed: (tag, error) => failed.push({ tag, error }),
  });
  return { w, stored, failed };
}

/** The three articles the failure tests write, JOURNAL (the one made to fail) in the middle. */
async function putThree(w: ReturnType<typeof writer>['w']): Promise<void> {
  for (const [a, tag] of [[FRONTLINE, 'frontline.txt'], [JOURNAL, 'journal.txt'], [BALLOT, 'ballot.txt']] as const) await w.put(a.doc, a.extraction, tag);
}

/** Makes storing JOURNAL fail inside SQLite, either the statement (ABORT) or the whole transaction (ROLLBACK). */
const failJournal = (store: SqliteStore, how: 'ABORT' | 'ROLLBACK'): void => {
  store.db.exec(`CREATE TRIGGER fail_journal AFTER INSERT ON kb_reports WHEN NEW.report_id LIKE '${JOURNAL.doc.id}-%'
    BEGIN SELECT RAISE(${how}, 'injected failure'); END`);
};

describe('batch writer', () => {
  it('one failing article is rolled back alone; the rest of its batch is stored and merged', async () => {
    const store = fresh();
    failJournal(store, 'ABORT');
    const { w, stored, failed } = writer(store);
    await putThree(w);
    assert.deepEqual(stored, [], 'nothing is reported stored before the commit');
    await w.flush();
    assert.deepEqual(stored, ['frontline.txt', 'ballot.txt']);
    assert.deepEqual(failed.map((f) => [f.tag, f.error.code]), [['journal.txt', 'E042']]);
    assert.match(failed[0]!.error.message, /injected failure/);
    assert.equal(await store.getArticle(JOURNAL.doc.id), null);
    assert.equal((await store.counts()).articles, 2);
    assert.equal((await store.getKbEvent(`kb-${FRONTLINE.doc.id}-000`))?.source_count, 1);
    await store.close();
  });

  it('when SQLite drops the whole batch, its other articles are stored again one by one', async () => {
    const store = fresh();
    failJournal(store, 'ROLLBACK');
    const { w, stored, failed } = writer(store);
    await putThree(w);
    await w.flush();
    assert.deepEqual(stored.sort(), ['ballot.txt', 'frontline.txt']);
    assert.deepEqual(failed.map((f) => f.tag), ['journal.txt']);
    assert.ok(await store.getArticle(FRONTLINE.doc.id), 'the article before the failure was not lost');
    assert.ok(await store.getArticle(BALLOT.doc.id));
    assert.equal(await store.getArticle(JOURNAL.doc.id), null);
    await store.close();
  });

  it('when the KB rebuild before the commit fails, each article is retried alone', async () => {
    const store = fresh();
    // Every article's own rebuild that writes this finding fails; the others go in.
    store.db.exec(`CREATE TRIGGER fail_finding AFTER INSERT ON kb_findings WHEN NEW.kind = 'polling_in_non_state_territory'
      BEGIN SELECT RAISE(ABORT, 'injected settle failure'); END`);
    const { w, stored, failed } = writer(store);
    for (const a of KB_SAMPLES) await w.put(a.doc, a.extraction, a.doc.id);
    assert.deepEqual(stored, [], 'nothing reported before the commit');
    await w.flush();
    assert.ok(failed.length > 0 && failed.length < KB_SAMPLES.length, `${failed.length} failed`);
    assert.ok(failed.every((f) => f.error.code === 'E042' && /injected settle failure/.test(f.error.message)));
    assert.equal(stored.length + failed.length, KB_SAMPLES.length);
    assert.equal((await store.counts()).articles, stored.length);
    await store.close();
  });

  it('batched and one-by-one ingest give the same KB', async () => {
    const one = fresh();
    for (const a of KB_SAMPLES) await one.putArticle(a.doc, a.extraction);
    const batched = fresh();
    const { w, stored } = writer(batched, 3);
    for (const a of KB_SAMPLES) await w.put(a.doc, a.extraction, a.doc.id);
    await w.flush();
    assert.equal(stored.length, KB_SAMPLES.length);
    assert.deepEqual(await kbSnapshot(batched), await kbSnapshot(one));
    await one.close();
    await batched.close();
  });
});
