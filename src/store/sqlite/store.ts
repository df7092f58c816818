// The SQLite Store (default, one machine). WAL lets readers (the server) run while one writer
// (ingest) writes; writes take the lock up front (BEGIN IMMEDIATE) and wait up to `timeout` ms
// for another process's write to finish rather than failing at commit.
import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';
import { EventFacetsSchema, StoreCountsSchema } from '../../kb/records.js';
import type { Store } from '../../kb/store.js';
import { getArticle, listArticles } from './articles.js';
import { eventFacets, getEvent, listEvents } from './events.js';
import { migrate, type Migration } from './migrate.js';
import { eventActors, eventPoints } from './points.js';
import { MIGRATIONS } from './migrations/index.js';
import { preparePut } from './write.js';

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
  const put = preparePut(db);
  const countAll = db.prepare(`SELECT (SELECT count(*) FROM articles) AS articles,
    (SELECT count(*) FROM event_reports) AS events`);
  return {
    db,
    file,
    putArticle: async (doc, extraction) => put(doc, extraction),
    getArticle: async (id) => getArticle(db, id),
    listArticles: async (filter, page) => listArticles(db, filter, page),
    getEvent: async (id) => getEvent(db, id),
    listEvents: async (filter, page) => listEvents(db, filter, page),
    eventFacets: async (filter) => EventFacetsSchema.parse(eventFacets(db, filter)),
    counts: async () => StoreCountsSchema.parse(countAll.get()),
    eventPoints: async (filter, limit) => eventPoints(db, filter, limit),
    eventActors: async () => eventActors(db),
    close: async () => {
      if (db.open) db.close();
    },
  };
}
