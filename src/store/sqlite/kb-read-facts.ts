// Election records and findings, filtered and paged.
import type Database from 'better-sqlite3';
import { electionKeysOf } from '../../kb/elections.js';
import { ElectionRecordSchema, FindingSchema, type ElectionRecord, type Finding } from '../../kb/fact-records.js';
import type { ElectionFilter, FindingFilter } from '../../kb/kb-store.js';
import { decodeCursor } from '../../kb/keys.js';
import type { Page, PageRequest } from '../../kb/store.js';
import { placeKeys, placeNameKey } from './kb-read-control.js';
import { checked, json } from './rows.js';
import { pageOf } from './paging.js';

function page<R extends { id: string; sort: string }, T>(rows: R[], limit: number, map: (r: R) => T): Page<T> {
  return pageOf(rows, limit, map, (r) => [r.sort, r.id]);
}

export function listElections(db: Database.Database, f: ElectionFilter, p: PageRequest): Page<ElectionRecord> {
  const clauses: string[] = [];
  const params: string[] = [];
  if (f.election !== undefined) {
    // Keys are "<name> <season>" (src/kb/elections.ts); a name alone matches every season.
    const { name, seasons } = electionKeysOf(f.election);
    if (seasons) {
      clauses.push(`election_key IN (${seasons.map(() => '?').join(',')})`);
      params.push(...seasons.map((s) => `${name} ${s}`));
    } else {
      clauses.push("(election_key = ? OR election_key GLOB ? || ' [0-9][0-9][0-9][0-9]-[0-9][0-9]')");
      params.push(name, name);
    }
  }
  if (f.place !== undefined) { clauses.push('(unit_key = ? OR name_key = ?)'); params.push(f.place, placeNameKey(f.place)); }
  if (f.admin1Pcode !== undefined) { clauses.push('admin1_pcode = ?'); params.push(f.admin1Pcode); }
  if (f.level !== undefined) { clauses.push('level = ?'); params.push(f.level); }
  if (p.cursor) { clauses.push('id > ?'); params.push(decodeCursor(p.cursor).id); }
  const rows = db.prepare(`SELECT id, id AS sort, record_json FROM kb_elections ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
    ORDER BY id LIMIT ?`).all(...params, p.limit + 1) as { id: string; sort: string; record_json: string }[];
  return page(rows, p.limit, (r) => checked(ElectionRecordSchema, json(r.record_json, `election ${r.id}`), `election ${r.id}`));
}

export function listFindings(db: Database.Database, f: FindingFilter, p: PageRequest): Page<Finding> {
  const clauses: string[] = [];
  const params: string[] = [];
  if (f.kind !== undefined) { clauses.push('kind = ?'); params.push(f.kind); }
  if (f.place !== undefined) {
    const keys = placeKeys(db, f.place);
    clauses.push(`place_key IN (${keys.map(() => '?').join(',') || "''"})`);
    params.push(...keys);
  }
  if (p.cursor) {
    const c = decodeCursor(p.cursor);
    clauses.push('(date_key < ? OR (date_key = ? AND id > ?))');
    params.push(c.sortKey, c.sortKey, c.id);
  }
  const rows = db.prepare(`SELECT id, date_key AS sort, record_json FROM kb_findings ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
    ORDER BY date_key DESC, id LIMIT ?`).all(...params, p.limit + 1) as { id: string; sort: string; record_json: string }[];
  return page(rows, p.limit, (r) => checked(FindingSchema, json(r.record_json, `finding ${r.id}`), `finding ${r.id}`));
}
