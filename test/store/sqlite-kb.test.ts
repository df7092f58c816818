// What only the SQLite store does for the knowledge base: merging inside the article's
// transaction, rebuilding the KB when its rules change, and indexed KB queries.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { KB_RULES_VERSION } from '../../src/store/sqlite/kb-apply.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import type { LocationOut } from '../../src/core/schema.js';
import { BALLOT, FRONTLINE, JOURNAL, JUNTA, KACHIN, KB_SAMPLES, KIA, SINKHAN, kbArticle } from '../support/kb-samples.js';
import { kbSnapshot } from '../support/kb-snapshot.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-kb-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = (): string => join(dir, `kb${++n}.db`);
const codeOf = (e: unknown): string | undefined => (e as { code?: string }).code;

describe('SQLite knowledge base', () => {
  it('a KB failure rolls back the whole article (E042), leaving the KB as it was', async () => {
    const store = openSqliteStore(freshFile());
    await store.putArticle(FRONTLINE.doc, FRONTLINE.extraction);
    const before = await kbSnapshot(store);
    store.db.exec(`CREATE TRIGGER fail_kb AFTER INSERT ON kb_event_versions WHEN NEW.version = 2
      BEGIN SELECT RAISE(ABORT, 'injected KB failure'); END`);
    await assert.rejects(store.putArticle(JOURNAL.doc, JOURNAL.extraction), (e) => codeOf(e) === 'E042' && /injected KB failure/.test(String(e)));
    assert.equal(await store.getArticle(JOURNAL.doc.id), null);
    assert.deepEqual(await kbSnapshot(store), before);
    store.db.exec('DROP TRIGGER fail_kb');
    await store.putArticle(JOURNAL.doc, JOURNAL.extraction);
    assert.equal((await store.getKbEvent(`kb-${FRONTLINE.doc.id}-000`))?.source_count, 2);
    await store.close();
  });

  it('rebuilds the KB from the stored articles when its rules version changes, with the same result', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    for (const a of KB_SAMPLES) await store.putArticle(a.doc, a.extraction);
    const expected = await kbSnapshot(store);
    assert.equal(store.db.prepare("SELECT value FROM kb_meta WHERE key = 'rules'").pluck().get(), KB_RULES_VERSION);
    store.db.prepare("UPDATE kb_meta SET value = 'old' WHERE key = 'rules'").run();
    store.db.exec('DELETE FROM kb_events; DELETE FROM kb_findings');
    await store.close();
    const reopened = openSqliteStore(file, { create: false });
    assert.deepEqual(await kbSnapshot(reopened), expected);
    await reopened.close();
  });

  it('a failing rebuild is E045 naming the file, rolled back; the next open retries', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    await store.putArticle(FRONTLINE.doc, FRONTLINE.extraction);
    store.db.prepare("UPDATE kb_meta SET value = 'old' WHERE key = 'rules'").run();
    store.db.exec("CREATE TRIGGER fail_rebuild AFTER INSERT ON kb_reports BEGIN SELECT RAISE(ABORT, 'injected rebuild failure'); END");
    await store.close();
    assert.throws(() => openSqliteStore(file), (e) => codeOf(e) === 'E045' && String(e).includes(file) && /injected rebuild failure/.test(String(e)));
    const raw = new Database(file);
    assert.equal(raw.prepare('SELECT count(*) FROM kb_reports').pluck().get(), 1, 'the old KB is still there');
    raw.exec('DROP TRIGGER fail_rebuild');
    raw.close();
    const retried = openSqliteStore(file);
    assert.equal((await retried.listKbEvents({}, { limit: 10 })).items.length, 1);
    await retried.close();
  });

  it('batch: one commit for many articles, each still atomic; a throw rolls the batch back', async () => {
    const store = openSqliteStore(freshFile());
    const broken = { ...JOURNAL.extraction, events: [{ event_type: 'Battles', sub_event_type: 'Grenade' }] } as unknown as typeof JOURNAL.extraction;
    await store.batch(async () => {
      await store.putArticle(FRONTLINE.doc, FRONTLINE.extraction);
      await assert.rejects(store.putArticle(JOURNAL.doc, broken), (e) => codeOf(e) === 'E030');
      await store.putArticle(BALLOT.doc, BALLOT.extraction);
    });
    assert.deepEqual((await store.counts()).articles, 2);
    await assert.rejects(store.batch(async () => {
      await store.putArticle(JOURNAL.doc, JOURNAL.extraction);
      throw new Error('stop');
    }), /stop/);
    assert.equal(await store.getArticle(JOURNAL.doc.id), null, 'the whole batch was rolled back');
    assert.equal((await store.getKbEvent(`kb-${FRONTLINE.doc.id}-000`))?.source_count, 1);
    await store.close();
  });

  it('finds a state-level report naming a place through its named-place entry, in either order', async () => {
    const at = (source: string, location: LocationOut, body: string) => kbArticle({
      source, published: '2025-05-14', title: 'Sinkhan', body,
      events: [{ event_type: 'Battles', sub_event_type: 'Armed clash', date: '2025-05-12', date_end: null, actors: [KIA, JUNTA], location, fatalities: null, evidence: body }],
    });
    const fine = at('Kachin Frontline', SINKHAN, 'The KIA and junta troops clashed in Sinkhan on Monday.');
    const wide = at('Myitkyina Journal', { ...KACHIN, name: 'Sinkhan' }, 'Fighting broke out between the KIA and the army at Sinkhan village.');
    for (const order of [[fine, wide], [wide, fine]]) {
      const store = openSqliteStore(freshFile());
      for (const a of order) await store.putArticle(a.doc, a.extraction);
      const events = (await store.listKbEvents({}, { limit: 10 })).items;
      assert.deepEqual(events.map((e) => [e.source_count, e.location?.precision]), [[2, 'village']]);
      await store.close();
    }
  });

  it('KB queries use indexes', async () => {
    const store = openSqliteStore(freshFile());
    await store.putArticle(BALLOT.doc, BALLOT.extraction);
    const plan = (sql: string, ...p: unknown[]) => (store.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...p) as { detail: string }[]).map((r) => r.detail).join('; ');
    assert.match(plan('SELECT id FROM kb_events e WHERE e.admin3_pcode = ? ORDER BY e.date_key DESC, e.id LIMIT 10', 'x'), /USING (COVERING )?INDEX kb_events_by_admin3/);
    assert.doesNotMatch(plan('SELECT id FROM kb_events e ORDER BY e.date_key DESC, e.id LIMIT 10'), /TEMP B-TREE/);
    assert.match(plan(`SELECT DISTINCT place_key FROM kb_control_steps WHERE controller_key IN (?) AND status = 'controlled'
      AND from_day <= ? AND (to_day IS NULL OR to_day > ?)`, 'kia', 1, 1), /USING INDEX kb_control_steps_by_controller/);
    assert.match(plan('SELECT key FROM kb_places WHERE key = ? OR name_key = ?', 'a', 'b'), /INDEX/);
    assert.match(plan('SELECT n FROM kb_report_days WHERE block_lo = ? AND block_hi = ? AND day_lo <= ? AND day_hi >= ?', 1, 1, 2, 0), /VIRTUAL TABLE INDEX/);
    await store.close();
  });
});
