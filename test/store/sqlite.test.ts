// The SQLite Store: the shared contract, plus what only SQLite has (file handling, WAL,
// migrations, transaction rollback).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { MIGRATIONS } from '../../src/store/sqlite/migrations/index.js';
import { openSqliteStore } from '../../src/store/sqlite/store.js';
import { HSIPAW_ARTICLE, PAKOKKU_ARTICLE, SAMPLE_ARTICLES } from '../support/sample-articles.js';
import { storeSuite } from './suite.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const freshFile = (): string => join(dir, `t${++n}.db`);
const codeOf = (e: unknown): string | undefined => (e as { code?: string }).code;

storeSuite('sqlite (file)', () => openSqliteStore(freshFile()));
storeSuite('sqlite (:memory:)', () => openSqliteStore(':memory:'));

describe('SQLite store specifics', () => {
  it('uses WAL, foreign keys and records applied migrations', async () => {
    const store = openSqliteStore(freshFile());
    assert.equal(store.db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(store.db.pragma('foreign_keys', { simple: true }), 1);
    const versions = store.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
    assert.deepEqual(versions, MIGRATIONS.map((m) => m.version));
    await store.close();
  });

  it('keeps data across reopen and migrates nothing twice', async () => {
    const file = freshFile();
    const first = openSqliteStore(file);
    await first.putArticle(HSIPAW_ARTICLE.doc, HSIPAW_ARTICLE.extraction);
    await first.close();
    const second = openSqliteStore(file, { create: false });
    assert.deepEqual(await second.counts(), { articles: 1, events: 2 });
    assert.equal(second.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), MIGRATIONS.length);
    await second.close();
  });

  it('E040 names the file when it is not a database, a directory, or missing with create:false', () => {
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'this is not a database, just some text that is long enough to have a header\n'.repeat(20));
    assert.throws(() => openSqliteStore(text), (e) => codeOf(e) === 'E040' && String(e).includes(text));
    assert.throws(() => openSqliteStore(dir), (e) => codeOf(e) === 'E040' && String(e).includes(dir));
    const missing = join(dir, 'missing.db');
    assert.throws(() => openSqliteStore(missing, { create: false }), (e) => codeOf(e) === 'E040' && String(e).includes(missing));
    const noParent = join(dir, 'no', 'such', 'dir.db');
    assert.throws(() => openSqliteStore(noParent), (e) => codeOf(e) === 'E040' && String(e).includes(noParent));
  });

  it('a failing migration rolls back completely and reports E041 naming it', async () => {
    const file = freshFile();
    const broken = [...MIGRATIONS, {
      version: MIGRATIONS.length + 1,
      name: 'broken',
      up: 'CREATE TABLE half_done (x INTEGER); INSERT INTO no_such_table VALUES (1);',
    }];
    assert.throws(() => openSqliteStore(file, { migrations: broken }),
      (e) => codeOf(e) === 'E041' && /broken/.test(String(e)) && String(e).includes(file));
    const store = openSqliteStore(file); // the good migrations were kept
    assert.equal(store.db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get(), 0);
    assert.equal(store.db.prepare('SELECT max(version) FROM schema_migrations').pluck().get(), MIGRATIONS.length);
    await store.close();
  });

  it('a database from a newer sitrep is refused with E043', async () => {
    const file = freshFile();
    const store = openSqliteStore(file);
    store.db.prepare("INSERT INTO schema_migrations VALUES (999, 'future', '2099-01-01')").run();
    await store.close();
    assert.throws(() => openSqliteStore(file), (e) => codeOf(e) === 'E043');
  });

  it('a write failing mid-article leaves nothing of that article (E042)', async () => {
    const store = openSqliteStore(freshFile());
    await store.putArticle(PAKOKKU_ARTICLE.doc, PAKOKKU_ARTICLE.extraction);
    const sideRows = store.db.prepare(`SELECT (SELECT count(*) FROM event_report_actors)
      + (SELECT count(*) FROM event_report_search) + (SELECT count(*) FROM article_search)`).pluck();
    const before = sideRows.get();
    // Make the second event report of the next article fail after the article row was written.
    store.db.exec(`CREATE TRIGGER fail_second AFTER INSERT ON event_reports WHEN NEW.idx = 1
      BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    await assert.rejects(store.putArticle(HSIPAW_ARTICLE.doc, HSIPAW_ARTICLE.extraction),
      (e) => codeOf(e) === 'E042' && /injected failure/.test(String(e)));
    assert.equal(await store.getArticle(HSIPAW_ARTICLE.doc.id), null);
    assert.deepEqual(await store.counts(), { articles: 1, events: 1 });
    assert.equal(sideRows.get(), before, 'actor keys and search rows rolled back too');
    store.db.exec('DROP TRIGGER fail_second');
    assert.equal((await store.putArticle(HSIPAW_ARTICLE.doc, HSIPAW_ARTICLE.extraction)).inserted, true);
    await store.close();
  });

  it('filters use indexes, not full scans', async () => {
    const store = openSqliteStore(freshFile());
    for (const a of SAMPLE_ARTICLES) await store.putArticle(a.doc, a.extraction);
    for (const column of ['event_type', 'sub_event_type', 'admin1_pcode', 'admin3_pcode']) {
      const plan = store.db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM event_reports r WHERE r.${column} = ?
        ORDER BY r.date_key DESC, r.id LIMIT 10`).all('x') as { detail: string }[];
      assert.ok(plan.some((p) => /USING (COVERING )?INDEX/.test(p.detail)), `${column}: ${JSON.stringify(plan)}`);
      assert.ok(!plan.some((p) => /TEMP B-TREE/.test(p.detail)), `${column} sorts without a temp b-tree`);
    }
    await store.close();
  });
});
