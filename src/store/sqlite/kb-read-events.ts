// Merged event queries: the same filters, order and keyset paging as event reports, on kb_events.
import type Database from 'better-sqlite3';
import { KbEventSchema, KbEventVersionSchema, type KbEvent, type KbEventVersion } from '../../kb/kb-records.js';
import type { KbEventFilter } from '../../kb/kb-store.js';
import { decodeCursor, nameKey, searchTerms } from '../../kb/keys.js';
import type { Page, PageRequest } from '../../kb/store.js';
import { ACTOR_KEY_MATCH, addColumnFilters, ftsQuery } from './events.js';
import { checked, json } from './rows.js';
import { pageOf } from './paging.js';

function where(f: KbEventFilter): { clauses: string[]; params: (string | number)[] } {
  const clauses: string[] = [];
  const params: (string | number)[] = [];
  const add = (c: string, ...p: (string | number)[]): void => { clauses.push(c); params.push(...p); };
  addColumnFilters(f, 'e', add);
  if (f.actor !== undefined) {
    add(`e.id IN (SELECT k.event_id FROM kb_reports k WHERE k.report_id IN
      (SELECT report_id FROM event_report_actors WHERE ${ACTOR_KEY_MATCH}))`, nameKey(f.actor), nameKey(f.actor));
  }
  if (f.minSources !== undefined) add('e.source_count >= ?', f.minSources);
  const terms = searchTerms(f.q);
  if (terms.length > 0) {
    add(`e.id IN (SELECT k.event_id FROM kb_reports k WHERE k.report_id IN
      (SELECT report_id FROM event_report_search WHERE event_report_search MATCH ?))`, ftsQuery(terms));
  }
  return { clauses, params };
}

const toEvent = (id: string, s: string): KbEvent => checked(KbEventSchema, json(s, `kb event ${id}`), `kb event ${id}`);

export function listKbEvents(db: Database.Database, f: KbEventFilter, page: PageRequest): Page<KbEvent> {
  const w = where(f);
  if (page.cursor) {
    const c = decodeCursor(page.cursor);
    w.clauses.push('(e.date_key < ? OR (e.date_key = ? AND e.id > ?))');
    w.params.push(c.sortKey, c.sortKey, c.id);
  }
  const sql = `SELECT e.id, e.date_key, e.record_json FROM kb_events e ${w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : ''}
    ORDER BY e.date_key DESC, e.id ASC LIMIT ?`;
  const rows = db.prepare(sql).all(...w.params, page.limit + 1) as { id: string; date_key: string; record_json: string }[];
  return pageOf(rows, page.limit, (r) => toEvent(r.id, r.record_json), (r) => [r.date_key, r.id]);
}

/**
 * The live id for an id: a KB event id, one that redirects (its group gained an earlier report),
 * or an event report id (the merged event holding that report).
 */
export function resolveKbEventId(db: Database.Database, id: string): string | null {
  const live = db.prepare('SELECT id FROM kb_events WHERE id = ?').pluck().get(id) as string | undefined;
  if (live) return live;
  const holder = db.prepare('SELECT event_id FROM kb_reports WHERE report_id = ?').pluck().get(id) as string | undefined;
  if (holder) return holder;
  return (db.prepare('SELECT event_id FROM kb_event_redirects WHERE old_id = ?').pluck().get(id) as string | undefined) ?? null;
}

export function getKbEvent(db: Database.Database, id: string): KbEvent | null {
  const live = resolveKbEventId(db, id);
  if (!live) return null;
  const row = db.prepare('SELECT record_json FROM kb_events WHERE id = ?').pluck().get(live) as string;
  return toEvent(live, row);
}

export function kbEventHistory(db: Database.Database, id: string): KbEventVersion[] {
  const live = resolveKbEventId(db, id);
  if (!live) return [];
  const rows = db.prepare('SELECT record_json FROM kb_event_versions WHERE event_id = ? ORDER BY version').pluck().all(live) as string[];
  return rows.map((s) => checked(KbEventVersionSchema, json(s, `kb event ${live}`), `kb event ${live} version`));
}
