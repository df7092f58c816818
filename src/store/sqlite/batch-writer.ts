// Puts many articles with one commit per batch instead of one per article (the commit, not the
// merge, was most of ingest's time). Bad input still loses nothing:
//  - each article is its own savepoint inside the batch transaction (better-sqlite3 nests the
//    store's per-article transaction as a SAVEPOINT), so an article that fails is rolled back
//    alone and reported; the batch's other articles stay;
//  - if SQLite drops the whole transaction (RAISE(ROLLBACK), I/O or disk-full errors) or the
//    commit (with the KB rebuild before it) fails, the batch's earlier articles are put again one
//    transaction each, so each is either stored or reported with its own error — never lost.
// Results are reported only once committed, so counts never include rolled-back articles.
import type { Doc } from '../../core/doc.js';
import { asSitrepError, type SitrepError } from '../../core/errors.js';
import type { Extraction } from '../../core/schema.js';
import type { PutResult } from '../../kb/store.js';
import type { SqliteStore } from './store.js';

export interface BatchWriterOptions<T> {
  /** Articles per commit (default 500). */
  readonly size?: number;
  /** Longest a batch keeps the write lock, in ms (default 2000): other writers wait at most about this. */
  readonly maxMs?: number;
  /** Called once the article is committed. */
  readonly onStored: (tag: T, result: PutResult) => void;
  /** Called when the article could not be stored (numbered error; E042 unless a better one applies). */
  readonly onFailed: (tag: T, error: SitrepError) => void;
}

export interface BatchWriter<T> {
  put(doc: Doc, x: Extraction, tag: T): Promise<void>;
  /** Commits the open batch; call before closing the store. */
  flush(): Promise<void>;
}

interface Pending<T> { doc: Doc; x: Extraction; tag: T; result: PutResult | null }

export function openBatchWriter<T>(store: SqliteStore, opts: BatchWriterOptions<T>): BatchWriter<T> {
  const size = opts.size ?? 500;
  const maxMs = opts.maxMs ?? 2000;
  let pending: Pending<T>[] = [];
  let open = false;
  let started = 0;

  const fail = (tag: T, e: unknown): void => opts.onFailed(tag, asSitrepError(e, 'E042', String(tag)));

  /** The batch's transaction is gone: put its articles again, one transaction each. */
  async function replay(): Promise<void> {
    const again = pending;
    pending = [];
    open = false;
    for (const p of again) {
      try {
        opts.onStored(p.tag, await store.putArticle(p.doc, p.x));
      } catch (e) {
        fail(p.tag, e);
      }
    }
  }

  async function flush(): Promise<void> {
    if (!open) return;
    try {
      store.commitBatch(); // rolls back on failure
    } catch {
      await replay();
      return;
    }
    open = false;
    const done = pending;
    pending = [];
    for (const p of done) opts.onStored(p.tag, p.result!); // null only while replaying
  }

  async function put(doc: Doc, x: Extraction, tag: T): Promise<void> {
    if (!open) {
      store.beginBatch();
      open = true;
      started = Date.now();
    }
    try {
      pending.push({ doc, x, tag, result: await store.putArticle(doc, x) });
    } catch (e) {
      if (store.db.inTransaction) fail(tag, e); // its savepoint was rolled back, the batch goes on
      else { // SQLite rolled back the whole batch, not just this article: retry them all, this one too
        store.rollbackBatch();
        pending.push({ doc, x, tag, result: null });
        await replay();
      }
    }
    if (open && (pending.length >= size || Date.now() - started >= maxMs)) await flush();
  }

  return { put, flush };
}
