// Event report queries: filters become indexed WHERE clauses on `event_reports r`; pages use
// keyset pagination on (date_key DESC, id ASC), the Store's documented order. Pages filtered by
// actor or text walk those filters' own indexes instead (./events-ord.ts).
import type Database from 'better-sqlite3';
import { decodeCursor, nameKey, searchTerms, toKey } from '../../kb/keys.js';
import type { EventFacets, EventReport } from '../../kb/records.js';
import type { EventFilter, Page, PageRequest } from '../../kb/store.js';
import { listEventsByOrd } from './events-ord.js';
import { toEventReport, type ReportDbRow } from './rows.js';
import { pageOf } from './paging.js';

interface Where {
  clauses: string[];
  params: (string | number)[];
}

/**
 * event_report_actors keys matching a name (bind it twice): the name itself, or `id:<id>` of a
 * registry actor having that name or alias (src/kb/reports.ts).
 */
export const ACTOR_KEY_MATCH = "name_key = ? OR name_key IN (SELECT 'id:' || actor_key FROM kb_actor_names WHERE name_key = ?)";

/** FTS5 query from user words: each a quoted prefix term, all required. */
export const ftsQuery = (terms: string[]): string => terms.map((t) => `"${t}"*`).join(' ');

/** The filters that are plain columns of both event reports (r) and merged events (e). */
export function addColumnFilters(f: EventFilter, t: 'r' | 'e', add: (clause: string, ...params: (string | number)[]) => void): void {
  if (f.from !== undefined) add(`${t}.date_key <> '' AND ${t}.date_end_key >= ?`, f.from);
  if (f.to !== undefined) add(`${t}.date_key <> '' AND ${t}.date_key <= ?`, toKey(f.to));
  if (f.eventType !== undefined) add(`${t}.event_type = ?`, f.eventType);
  if (f.subEventType !== undefined) add(`${t}.sub_event_type = ?`, f.subEventType);
  if (f.admin1Pcode !== undefined) add(`${t}.admin1_pcode = ?`, f.admin1Pcode);
  if (f.admin3Pcode !== undefined) add(`${t}.admin3_pcode = ?`, f.admin3Pcode);
}

export function eventWhere(f: EventFilter): Where {
  const w: Where = { clauses: [], params: [] };
  const add = (clause: string, ...params: (string | number)[]): void => {
    w.clauses.push(clause);
    w.params.push(...params);
  };
  addColumnFilters(f, 'r', add);
  // Integer sets (ords, migration 003): cheaper to collect than text ids when every match is wanted.
  if (f.actor !== undefined) {
    add(`r.ord IN (SELECT ord FROM event_actor_ords WHERE ${ACTOR_KEY_MATCH})`, nameKey(f.actor), nameKey(f.actor));
  }
  const terms = searchTerms(f.q);
  if (terms.length > 0) {
    add('r.ord IN (SELECT rowid FROM event_report_search WHERE event_report_search MATCH ?)', ftsQuery(terms));
  }
  return w;
}

const SELECT = `SELECT r.*, a.source AS source, a.published AS published, a.title AS article_title
  FROM event_reports r CROSS JOIN articles a ON a.id = r.article_id`; // reports drive: the page comes from their indexes

export function listEvents(db: Database.Database, f: EventFilter, page: PageRequest): Page<EventReport> {
  if (f.actor !== undefined || searchTerms(f.q).length > 0) return listEventsByOrd(db, f, page);
  const w = eventWhere(f);
  if (page.cursor) {
    const c = decodeCursor(page.cursor);
    w.clauses.push('(r.date_key < ? OR (r.date_key = ? AND r.id > ?))');
    w.params.push(c.sortKey, c.sortKey, c.id);
  }
  const where = w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : '';
  const rows = db.prepare(`${SELECT} ${where} ORDER BY r.date_key DESC, r.id ASC LIMIT ?`)
    .all(...w.params, page.limit + 1) as ReportDbRow[];
  return pageOf(rows, page.limit, toEventReport, (r) => [r.date_key, r.id]);
}

export function getEvent(db: Database.Database, id: string): EventReport | null {
  const row = db.prepare(`${SELECT} WHERE r.id = ?`).get(id) as ReportDbRow | undefined;
  return row ? toEventReport(row) : null;
}

export function eventFacets(db: Database.Database, f: EventFilter): EventFacets {
  const w = eventWhere(f);
  const where = w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : '';
  const and = (extra: string): string => (where ? `${where} AND ${extra}` : `WHERE ${extra}`);
  const types = db.prepare(`SELECT r.event_type AS value, count(*) AS count FROM event_reports r ${where}
    GROUP BY r.event_type ORDER BY count DESC, value`).all(...w.params) as EventFacets['event_types'];
  const admin1 = db.prepare(`SELECT r.admin1_pcode AS pcode, max(r.admin1) AS name, count(*) AS count
    FROM event_reports r ${and('r.admin1_pcode IS NOT NULL')}
    GROUP BY r.admin1_pcode ORDER BY name, pcode`).all(...w.params) as EventFacets['admin1'];
  const admin3 = db.prepare(`SELECT r.admin3_pcode AS pcode, max(r.admin3) AS name, max(r.admin1) AS admin1,
    count(*) AS count FROM event_reports r ${and('r.admin3_pcode IS NOT NULL')}
    GROUP BY r.admin3_pcode ORDER BY name, pcode`).all(...w.params) as EventFacets['admin3'];
  return { event_types: types, admin1, admin3 };
}
