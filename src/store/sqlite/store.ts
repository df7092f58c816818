// The SQLite Store (default, one machine). WAL lets readers (the server) run while one writer
// (ingest) writes; writes take the lock up front (BEGIN IMMEDIATE) and wait up to `timeout` ms
// for another process's write to finish rather than failing at commit.
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { asSitrepError, SitrepError } from '../../core/errors.js';
import { EventFacetsSchema, StoreCountsSchema, type StoreCounts } from '../../kb/records.js';
import type { Store } from '../../kb/store.js';
import { getArticle, listArticles } from './articles.js';
import { eventFacets, getEvent, listEvents } from './events.js';
import { migrate, type Migration } from './migrate.js';
import { eventActors, eventPoints } from './points.js';
import { MIGRATIONS } from './migrations/index.js';
import { preparePut } from './write.js';
import { ensureKbCurrent, prepareKbApply } from './kb-apply.js';
import { listPropositions, listKbActors } from './kb-read-claims.js';
import { listControl } from './kb-read-control.js';
import { getKbEvent, kbEventHistory, listKbEvents } from './kb-read-events.js';
import { listElections, listFindings } from './kb-read-facts.js';
import { reportRows } from '../../kb/reports.js';

export interface SqliteStoreOptions {
  /** Create the file when missing (default true). Read-only commands pass false. */
  readonly create?: boolean;
  /** Milliseconds to wait for another process's write lock (default 5000). */
  readonly timeout?: number;
  /** Replaces the built-in migrations (tests of the migration runner). */
  readonly migrations?: readonly Migration[];
}

export interface SqliteStore extends Store {
  /** The connection, for tests and maintenance commands; not part of the Store interface. */
  readonly db: Database.Database;
  readonly file: string;
  /**
   * Runs `fn` (which puts articles) inside one outer transaction: each article stays atomic (a
   * savepoint), the commit is paid once. A crash loses the whole uncommitted batch, never half an
   * article. Not part of the Store interface.
   */
  batch<T>(fn: () => Promise<T>): Promise<T>;
  /** What `batch` does, in steps (src/store/sqlite/batch-writer.ts): BEGIN IMMEDIATE. */
  beginBatch(): void;
  /** Rebuilds the derived KB records the batch made stale, then commits; rolls back and throws on failure. */
  commitBatch(): void;
  /** Rolls the batch back (if SQLite has not already). */
  rollbackBatch(): void;
}

function connect(file: string, opts: SqliteStoreOptions): Database.Database {
  const create = opts.create ?? true;
  if (file !== ':memory:') {
    const st = statSync(file, { throwIfNoEntry: false });
    if (st?.isDirectory()) throw new SitrepError('E040', 'is a directory', file);
    if (!st && !create) throw new SitrepError('E040', 'no such file; run `sitrep ingest` first or pass --db', file);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: !create, timeout: opts.timeout ?? 5000 });
    // The first statement reads the header: a text file or other non-database fails here.
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL'); // safe with WAL: a crash may lose the last commit, never corrupt
    // The default 2 MB page cache spills a batch's dirty index pages to the WAL mid-transaction and
    // re-reads them at the next article: 64 MB keeps an ingest batch's working set in memory.
    db.pragma('cache_size = -65536');
    db.pragma('temp_store = MEMORY');
    return db;
  } catch (e) {
    db?.close();
    const reason = e instanceof Error ? e.message : String(e);
    throw new SitrepError('E040', reason, file);
  }
}

export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): SqliteStore {
  const db = connect(file, opts);
  try {
    migrate(db, opts.migrations ?? MIGRATIONS, file);
  } catch (e) {
    db.close();
    throw e;
  }
  const writer = preparePut(db);
  try {
    rebuildIfStale(db, file);
  } catch (e) {
    db.close();
    throw e;
  }
  const beginBatch = (): void => { db.exec('BEGIN IMMEDIATE'); };
  const rollbackBatch = (): void => {
    if (db.inTransaction) db.exec('ROLLBACK');
    writer.discard();
  };
  const commitBatch = (): void => {
    try {
      writer.settle();
      db.exec('COMMIT');
    } catch (e) {
      rollbackBatch();
      throw e;
    }
  };
  const countAll = db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM event_reports) AS events`);
  // Counting a million reports takes tens of ms and every cached reply asks for the counts: keep
  // them until this connection writes (total_changes) or another one commits (data_version).
  const changes = db.prepare('SELECT total_changes() || \'/\' || (SELECT data_version FROM pragma_data_version)').pluck();
  let counted: { at: string; counts: StoreCounts } | null = null;
  const counts = (): StoreCounts => {
    const at = changes.get() as string;
    if (counted?.at !== at) counted = { at, counts: StoreCountsSchema.parse(countAll.get()) };
    return counted.counts;
  };
  return {
    db,
    file,
    putArticle: async (doc, extraction) => writer.put(doc, extraction),
    getArticle: async (id) => getArticle(db, id),
    listArticles: async (filter, page) => listArticles(db, filter, page),
    getEvent: async (id) => getEvent(db, id),
    listEvents: async (filter, page) => listEvents(db, filter, page),
    eventFacets: async (filter) => EventFacetsSchema.parse(eventFacets(db, filter)),
    counts: async () => counts(),
    listKbEvents: async (filter, page) => listKbEvents(db, filter, page),
    getKbEvent: async (id) => getKbEvent(db, id),
    kbEventHistory: async (id) => kbEventHistory(db, id),
    listControl: async (filter, page) => listControl(db, filter, page),
    listElections: async (filter, page) => listElections(db, filter, page),
    listFindings: async (filter, page) => listFindings(db, filter, page),
    listPropositions: async (filter, page) => listPropositions(db, filter, page),
    listKbActors: async (filter) => listKbActors(db, filter),
    eventPoints: async (filter, limit) => eventPoints(db, filter, limit),
    eventActors: async () => eventActors(db),
    beginBatch,
    commitBatch,
    rollbackBatch,
    batch: async (fn) => {
      beginBatch();
      let out;
      try {
        out = await fn();
      } catch (e) {
        rollbackBatch();
        throw e;
      }
      commitBatch();
      return out;
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
}

/** A database from before the KB, or built with older KB rules, gets its KB rebuilt (E045 if that fails). */
function rebuildIfStale(db: Database.Database, file: string): void {
  try {
    ensureKbCurrent(db, prepareKbApply(db), (doc, x) => reportRows(doc, x).map((r) => r.record), (id) => {
      const a = getArticle(db, id)!;
      const { id: _id, stored_at: _at, body, ...meta } = a.meta;
      return { doc: { id, text: a.text, meta, body }, x: a.extraction };
    });
  } catch (e) {
    throw asSitrepError(e, 'E045', file);
  }
}
