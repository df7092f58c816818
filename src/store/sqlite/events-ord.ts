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
import { decodeCursor, encodeCursor, nameKey, searchTerms } from '../../kb/keys.js';
import type { EventReport } from '../../kb/records.js';
import type { EventFilter, Page, PageRequest } from '../../kb/store.js';
import { addColumnFilters, ftsQuery } from './events.js';
import { SLOT_SIZE, slotStart, slotStartOf } from './order.js';
import { toEventReport, type ReportDbRow } from './rows.js';

type Param = string | number;

/** Actor keys a name matches: the name itself and `id:` keys of registry actors named so. */
function actorKeys(db: Database.Database, key: string): string[] {
  const ids = db.prepare("SELECT 'id:' || actor_key FROM kb_actor_names WHERE name_key = ?").pluck().all(key) as string[];
  return [...new Set([key, ...ids])];
}

interface Driver {
  /** SELECT of ords in [lo, hi], ascending, at most `limit` (all when null). */
  sql(limit: boolean): string;
  params(lo: number, hi: number, limit: number | null): Param[];
}

function driver(db: Database.Database, f: EventFilter, actorKey: string | undefined, cursor: { sortKey: string; id: string } | null): Driver {
  const clauses: string[] = [];
  const params: Param[] = [];
  addColumnFilters(f, 'r', (c, ...p) => { clauses.push(c); params.push(...p); });
  if (cursor) {
    clauses.push('(r.date_key < ? OR (r.date_key = ? AND r.id > ?))');
    params.push(cursor.sortKey, cursor.sortKey, cursor.id);
  }
  const keys = actorKey === undefined ? [] : actorKeys(db, nameKey(actorKey));
  const terms = searchTerms(f.q);
  const tail = (ord: string, limit: boolean): string =>
    `${clauses.map((c) => ` AND ${c}`).join('')} AND ${ord} BETWEEN ? AND ? ORDER BY ${ord}${limit ? ' LIMIT ?' : ''}`;
  if (terms.length) {
    // Text drives (its matches come newest first); an actor is then a primary-key lookup.
    const actor = keys.length ? ` AND EXISTS (SELECT 1 FROM event_actor_ords k WHERE k.ord = r.ord AND k.name_key IN (${keys.map(() => '?').join(', ')}))` : '';
    return {
      sql: (limit) => `SELECT event_report_search.rowid FROM event_report_search CROSS JOIN event_reports r ON r.ord = event_report_search.rowid
        WHERE event_report_search MATCH ?${actor}${tail('event_report_search.rowid', limit)}`,
      params: (lo, hi, limit) => [ftsQuery(terms), ...keys, ...params, lo, hi, ...(limit === null ? [] : [limit])],
    };
  }
  // One walk per key (each ordered by the primary key), merged; a report with two keys counts once.
  const arm = (limit: boolean): string => `SELECT k.ord FROM event_actor_ords k CROSS JOIN event_reports r ON r.ord = k.ord
    WHERE k.name_key = ?${tail('k.ord', limit)}`;
  return {
    sql: (limit) => `${keys.map(() => `SELECT ord FROM (${arm(limit)})`).join(' UNION ')} ORDER BY 1${limit ? ' LIMIT ?' : ''}`,
    params: (lo, hi, limit) => [
      ...keys.flatMap((k) => [k, ...params, lo, hi, ...(limit === null ? [] : [limit])]),
      ...(limit === null ? [] : [limit]),
    ],
  };
}

const SELECT = `SELECT r.*, a.source AS source, a.published AS published, a.title AS article_title
  FROM event_reports r CROSS JOIN articles a ON a.id = r.article_id`;

/** A page of reports matching `f`, which has an actor or text filter (see the top). */
export function listEventsByOrd(db: Database.Database, f: EventFilter, page: PageRequest): Page<EventReport> {
  const cursor = page.cursor ? decodeCursor(page.cursor) : null;
  const d = driver(db, f, f.actor, cursor);
  const lo = cursor ? slotStartOf(db, cursor.sortKey) : 0;
  const max = Number.MAX_SAFE_INTEGER;
  const ords = db.prepare(d.sql(true)).pluck().all(...d.params(lo, max, page.limit + 1)) as number[];
  if (ords.length > page.limit) {
    const last = ords[page.limit]!;
    const rest = db.prepare(d.sql(false)).pluck().all(...d.params(last + 1, slotStart(last) + SLOT_SIZE - 1, null)) as number[];
    ords.push(...rest);
  }
  const rows = db.prepare(`${SELECT} WHERE r.ord IN (SELECT value FROM json_each(?))
    ORDER BY r.date_key DESC, r.id ASC LIMIT ?`).all(JSON.stringify(ords), page.limit + 1) as ReportDbRow[];
  const more = rows.length > page.limit;
  const shown = more ? rows.slice(0, page.limit) : rows;
  const lastShown = shown.at(-1);
  return {
    items: shown.map(toEventReport),
    nextCursor: more && lastShown ? encodeCursor(lastShown.date_key, lastShown.id) : null,
  };
}
