// Pages of event reports filtered by actor or text, driven by an index in `ord` order (migration
// 003: event_actor_ords, event_report_search rowids): walk it newest first, check the other
// filters per row, stop after a page. Collecting every match and sorting costs O(matches)
// (a common actor has a third of a million reports); this costs O(page).
//
// ord orders by date slot, not exactly by (date_key DESC, id ASC): reports sharing a slot are in
// insertion order. So once a page's worth is found, the rest of the last slot is read too and
// the candidates are sorted exactly. A report in a later slot has a smaller date_key than every
// candidate (the slot grows with date_key), so it can never belong before them.
import type Database from 'better-sqlite3';
import { decodeCursor, nameKey, searchTerms } from '../../kb/keys.js';
import type { EventReport } from '../../kb/records.js';
import type { EventFilter, Page, PageRequest } from '../../kb/store.js';
import { addColumnFilters, ftsQuery } from './events.js';
import { SLOT_SIZE, slotStart, slotStartOf } from './order.js';
import { toEventReport, type ReportDbRow } from './rows.js';
import { pageOf } from './paging.js';

type Param = string | number;

/** Actor keys a name matches: the name itself and `id:` keys of registry actors named so. */
function actorKeys(db: Database.Database, key: string): string[] {
  const ids = db.prepare("SELECT 'id:' || actor_key FROM kb_actor_names WHERE name_key = ?").pluck().all(key) as string[];
  return [...new Set([key, ...ids])];
}

/**
 * Ordered walks (ascending ord, from `lo`) whose union is the reports matching `f` after the
 * cursor: one over the text index, or one per actor key over event_actor_ords. Rows are made
 * only as they are read, so stopping early costs nothing.
 */
function walks(db: Database.Database, f: EventFilter, cursor: { sortKey: string; id: string } | null, lo: number): Iterator<number>[] {
  const clauses: string[] = [];
  const params: Param[] = [];
  addColumnFilters(f, 'r', (c, ...p) => { clauses.push(c); params.push(...p); });
  if (cursor) {
    clauses.push('(r.date_key < ? OR (r.date_key = ? AND r.id > ?))');
    params.push(cursor.sortKey, cursor.sortKey, cursor.id);
  }
  const keys = f.actor === undefined ? [] : actorKeys(db, nameKey(f.actor));
  const terms = searchTerms(f.q);
  const rest = (ord: string): string => `${clauses.map((c) => ` AND ${c}`).join('')} AND ${ord} >= ? ORDER BY ${ord}`;
  if (terms.length) {
    // Text drives (its matches come newest first); an actor is then a primary-key lookup.
    const actor = keys.length ? ` AND EXISTS (SELECT 1 FROM event_actor_ords k WHERE k.ord = r.ord AND k.name_key IN (${keys.map(() => '?').join(', ')}))` : '';
    const sql = `SELECT event_report_search.rowid FROM event_report_search CROSS JOIN event_reports r ON r.ord = event_report_search.rowid
      WHERE event_report_search MATCH ?${actor}${rest('event_report_search.rowid')}`;
    return [db.prepare(sql).pluck().iterate(ftsQuery(terms), ...keys, ...params, lo) as Iterator<number>];
  }
  const sql = `SELECT k.ord FROM event_actor_ords k CROSS JOIN event_reports r ON r.ord = k.ord WHERE k.name_key = ?${rest('k.ord')}`;
  return keys.map((key) => db.prepare(sql).pluck().iterate(key, ...params, lo) as Iterator<number>);
}

/** The ascending union of ascending walks, each ord once; closes them all when left early. */
function* merged(its: Iterator<number>[]): Generator<number> {
  const heads = its.map((it) => it.next());
  try {
    for (let last = -1; ;) {
      let min = -1;
      heads.forEach((h, i) => { if (!h.done && (min < 0 || h.value < heads[min]!.value!)) min = i; });
      if (min < 0) return;
      const ord = heads[min]!.value!;
      heads[min] = its[min]!.next();
      if (ord !== last) yield ord; // a report under two keys of the same actor
      last = ord;
    }
  } finally {
    for (const it of its) it.return?.();
  }
}

const SELECT = `SELECT r.*, a.source AS source, a.published AS published, a.title AS article_title
  FROM event_reports r CROSS JOIN articles a ON a.id = r.article_id`;

/** A page of reports matching `f`, which has an actor or text filter (see the top). */
export function listEventsByOrd(db: Database.Database, f: EventFilter, page: PageRequest): Page<EventReport> {
  const cursor = page.cursor ? decodeCursor(page.cursor) : null;
  const lo = cursor ? slotStartOf(db, cursor.sortKey) : 0;
  // A page and one more, then the rest of that one's slot (see the top).
  const ords: number[] = [];
  let end = Infinity;
  for (const ord of merged(walks(db, f, cursor, lo))) {
    if (ord >= end) break;
    ords.push(ord);
    if (ords.length === page.limit + 1) end = slotStart(ord) + SLOT_SIZE;
  }
  const rows = db.prepare(`${SELECT} WHERE r.ord IN (SELECT value FROM json_each(?))
    ORDER BY r.date_key DESC, r.id ASC LIMIT ?`).all(JSON.stringify(ords), page.limit + 1) as ReportDbRow[];
  return pageOf(rows, page.limit, toEventReport, (r) => [r.date_key, r.id]);
}
