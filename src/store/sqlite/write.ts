// Writes one article with its event reports in one IMMEDIATE transaction, and merges it into the
// knowledge base in the same transaction: either all of it is stored and merged or none of it (a
// failure mid-article rolls back and reports E042). Inside a batch (an outer transaction) the
// article is a savepoint and its derived KB records are rebuilt when the batch settles.
import type Database from 'better-sqlite3';
import type { Doc } from '../../core/doc.js';
import { asSitrepError, SitrepError } from '../../core/errors.js';
import type { Extraction } from '../../core/schema.js';
import { validateExtraction } from '../../core/validate.js';
import { dateSortKey } from '../../kb/keys.js';
import { reportRows } from '../../kb/reports.js';
import type { PutResult } from '../../kb/store.js';
import { DocSchema } from '../../kb/records.js';
import { prepareKbApply } from './kb-apply.js';
import { NEXT_ORD } from './order.js';

export interface Writer {
  put(doc: Doc, extraction: Extraction): PutResult;
  /** Rebuilds the derived KB records the batch's articles made stale (before its commit). */
  settle(): void;
  /** After a rollback of the batch. */
  discard(): void;
}

export function preparePut(db: Database.Database): Writer {
  const exists = db.prepare('SELECT 1 FROM articles WHERE id = ?').pluck();
  const article = db.prepare(`INSERT INTO articles
    (id, source, published, published_key, title, url, path, body_start, body_end, text, extraction_json, stored_at)
    VALUES (@id, @source, @published, @published_key, @title, @url, @path, @body_start, @body_end, @text, @extraction_json, @stored_at)`);
  const articleSearch = db.prepare('INSERT INTO article_search (article_id, title, text) VALUES (?, ?, ?)');
  const report = db.prepare(`INSERT INTO event_reports
    (id, article_id, idx, event_type, sub_event_type, date, date_end, date_key, date_end_key, actors_json,
     associated_json, location_json, admin1_pcode, admin1, admin3_pcode, admin3, fatalities, evidence,
     span_start, span_end, notes, ord)
    VALUES (@id, @article_id, @idx, @event_type, @sub_event_type, @date, @date_end, @date_key, @date_end_key,
     @actors_json, @associated_json, @location_json, @admin1_pcode, @admin1, @admin3_pcode, @admin3,
     @fatalities, @evidence, @span_start, @span_end, @notes, ${NEXT_ORD('@date_key')})`);
  const ordOf = db.prepare('SELECT ord FROM event_reports WHERE rowid = ?').pluck();
  const actor = db.prepare('INSERT OR IGNORE INTO event_report_actors (name_key, report_id) VALUES (?, ?)');
  const actorOrd = db.prepare('INSERT OR IGNORE INTO event_actor_ords (name_key, ord) VALUES (?, ?)');
  const reportSearch = db.prepare('INSERT INTO event_report_search (rowid, report_id, body) VALUES (?, ?, ?)');
  const kb = prepareKbApply(db);

  const write = db.transaction((doc: Doc, x: Extraction, own: boolean): PutResult => {
    if (exists.get(doc.id)) return { id: doc.id, inserted: false, events: 0 };
    const m = doc.meta;
    article.run({
      id: doc.id, source: m.source, published: m.published, published_key: dateSortKey(m.published),
      title: m.title, url: m.url, path: m.path, body_start: doc.body.start, body_end: doc.body.end,
      text: doc.text, extraction_json: JSON.stringify(x), stored_at: new Date().toISOString(),
    });
    articleSearch.run(doc.id, m.title ?? '', doc.text);
    const rows = reportRows(doc, x);
    for (const { record: r, dateKey, dateEndKey, actorKeys, searchText } of rows) {
      const loc = r.location;
      const { lastInsertRowid } = report.run({
        id: r.id, article_id: r.article_id, idx: r.index, event_type: r.event_type,
        sub_event_type: r.sub_event_type, date: r.date, date_end: r.date_end, date_key: dateKey,
        date_end_key: dateEndKey, actors_json: JSON.stringify(r.actors),
        associated_json: JSON.stringify(r.associated_actors), location_json: loc ? JSON.stringify(loc) : null,
        admin1_pcode: loc?.admin1_pcode ?? null, admin1: loc?.admin1 ?? null,
        admin3_pcode: loc?.admin3_pcode ?? null, admin3: loc?.admin3 ?? null,
        fatalities: r.fatalities, evidence: r.evidence, span_start: r.span?.start ?? null,
        span_end: r.span?.end ?? null, notes: r.notes,
      });
      const ord = ordOf.get(lastInsertRowid) as number; // see ./order.ts
      for (const key of actorKeys) {
        actor.run(key, r.id);
        actorOrd.run(key, ord);
      }
      reportSearch.run(ord, r.id, searchText);
    }
    kb.apply(doc, x, rows.map((r) => r.record));
    if (own) kb.settle();
    return { id: doc.id, inserted: true, events: rows.length };
  });

  const put = (doc: Doc, extraction: Extraction): PutResult => {
    const parsedDoc = DocSchema.safeParse(doc);
    if (!parsedDoc.success) {
      const issue = parsedDoc.error.issues[0];
      throw new SitrepError('E042', `not a Doc: ${issue?.path.join('.')}: ${issue?.message}`, doc?.id);
    }
    const x = validateExtraction(extraction, doc.meta.path ?? doc.id);
    const own = !db.inTransaction;
    try {
      return write.immediate(doc, x, own);
    } catch (e) {
      if (own) kb.discard();
      throw asSitrepError(e, 'E042', `article ${doc.id}`);
    }
  };
  return { put, settle: kb.settle, discard: kb.discard };
}
