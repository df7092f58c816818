// Migration 003 (newest-first ord): a database from before it gets the same order keys, actor
// keys and search rows that new writes get, and the date slot grows with the date key.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { migrate } from '../../src/store/sqlite/migrate.js';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { DATE_SLOT, SLOT_SIZE } from '../../src/store/sqlite/order.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { SAMPLE_ARTICLES } from '../support/sample-articles.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-order-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const REPORT_COLUMNS = `id, article_id, idx, event_type, sub_event_type, date, date_end, date_key, date_end_key, actors_json,
  associated_json, location_json, admin1_pcode, admin1, admin3_pcode, admin3, fatalities, evidence, span_start, span_end, notes`;

describe('event order (migration 003)', () => {
  it('the date slot never decreases as the date key grows', () => {
    const db = new Database(':memory:');
    const keys = ['', '1500', '1600-01-01', '2024-12-31', '2025', '2025-01', '2025-01-05', '2025-01-06', '2025-02', '2025-12-31', '2229-12-31', '2400'];
    const slots = keys.map((k) => db.prepare(`SELECT ${DATE_SLOT('@k')}`).pluck().get({ k }) as number);
    slots.forEach((s, i) => { if (i > 0) assert.ok(s >= slots[i - 1]!, `${keys[i]} after ${keys[i - 1]}`); });
    assert.ok(slots[5]! < slots[6]! && slots[4]! < slots[5]!, 'partial dates come before their first day');
    db.close();
  });

  it('backfills an older database as new writes would fill it', async () => {
    const fresh = openSqliteStore(join(dir, 'fresh.db'));
    for (const a of SAMPLE_ARTICLES) await fresh.putArticle(a.doc, a.extraction);
    await fresh.close();

    // The same rows in a database at version 2, then migrated.
    const old = new Database(join(dir, 'old.db'));
    migrate(old, MIGRATIONS.slice(0, 2), 'old.db');
    old.exec(`ATTACH '${join(dir, 'fresh.db')}' AS f;
      INSERT INTO articles SELECT * FROM f.articles;
      INSERT INTO event_reports (${REPORT_COLUMNS}) SELECT ${REPORT_COLUMNS} FROM f.event_reports;
      INSERT INTO event_report_actors SELECT * FROM f.event_report_actors;
      INSERT INTO event_report_search (report_id, body) SELECT report_id, body FROM f.event_report_search;`);
    migrate(old, MIGRATIONS, 'old.db');

    const slots = (schema: string): unknown[] => old.prepare(`SELECT id, ord / ${SLOT_SIZE} AS slot FROM ${schema}.event_reports ORDER BY id`).all();
    assert.deepEqual(slots('main'), slots('f'));
    assert.ok((slots('main') as { slot: number }[]).length >= 3);
    const actorKeys = (schema: string): unknown[] => old.prepare(`SELECT k.name_key, r.id FROM ${schema}.event_actor_ords k
      JOIN ${schema}.event_reports r ON r.ord = k.ord ORDER BY 1, 2`).all();
    assert.deepEqual(actorKeys('main'), actorKeys('f'));
    assert.ok(actorKeys('main').length > 0);
    for (const schema of ['main', 'f']) {
      const off = old.prepare(`SELECT count(*) FROM ${schema}.event_report_search s
        LEFT JOIN ${schema}.event_reports r ON r.ord = s.rowid WHERE r.id IS NOT s.report_id`).pluck().get();
      assert.equal(off, 0, `${schema}: every search row's rowid is its report's ord`);
    }
    old.close();
  });
});
