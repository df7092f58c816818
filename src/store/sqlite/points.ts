// Lean reads for the map, the timeline and actor aggregates: only the columns they draw, as raw
// arrays, because parsing and validating 50,000 whole reports with zod takes seconds. What is read
// is still checked (E044 naming the row), with plain set lookups instead of schemas.
import type Database from 'better-sqlite3';
import { SitrepError } from '../../core/errors.js';
import { EVENT_TYPES, PRECISIONS, SUB_EVENT_TYPES, type ActorOut, type EventType, type SubEventType } from '../../core/schema.js';
import type { EventActors, EventFilter, EventPoint } from '../../kb/store.js';
import { eventWhere } from './events.js';

const TYPES = new Set<string>(Object.keys(EVENT_TYPES));
const SUB_TYPES = new Set<string>(SUB_EVENT_TYPES);
const PRECISION = new Set<string>(PRECISIONS);

type PointRow = [string, string, string, string | null, string | null, unknown, unknown, unknown, string | null, string | null, number | null];

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function point(r: PointRow): EventPoint {
  const [id, type, sub, date, dateEnd, precision, lat, lon, a1, a3, fatalities] = r;
  if (!TYPES.has(type) || !SUB_TYPES.has(sub)) throw new SitrepError('E044', 'event_type: unknown value', `event ${id}`);
  if (precision !== null && !PRECISION.has(String(precision))) throw new SitrepError('E044', 'location.precision: unknown value', `event ${id}`);
  return {
    id, event_type: type as EventType, sub_event_type: sub as SubEventType, date, date_end: dateEnd,
    precision: precision === null ? null : String(precision), lat: num(lat), lon: num(lon),
    admin1_pcode: a1, admin3_pcode: a3, fatalities,
  };
}

export function eventPoints(db: Database.Database, f: EventFilter, limit: number): { items: EventPoint[]; total: number } {
  const w = eventWhere(f);
  const where = w.clauses.length ? `WHERE ${w.clauses.join(' AND ')}` : '';
  const total = db.prepare(`SELECT count(*) FROM event_reports r ${where}`).pluck().get(...w.params) as number;
  // Sorting costs a third of the read; only a truncated answer needs "newest first" to pick rows.
  const order = total > limit ? 'ORDER BY r.date_key DESC, r.id ASC' : '';
  const rows = db.prepare(`SELECT r.id, r.event_type, r.sub_event_type, r.date, r.date_end,
      r.location_json ->> 'precision', r.location_json ->> 'lat', r.location_json ->> 'lon',
      r.admin1_pcode, r.admin3_pcode, r.fatalities
    FROM event_reports r ${where} ${order} LIMIT ?`).raw().all(...w.params, limit) as PointRow[];
  return { items: rows.map(point), total };
}

type ActorRow = [string, string, string | null, string | null, string | null, string | null, string, string];

function actors(json: string, id: string): ActorOut[] {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    throw new SitrepError('E044', 'malformed JSON column', `event ${id}`);
  }
  if (!Array.isArray(v) || !v.every((a) => a && typeof a === 'object' && typeof a.name === 'string')) {
    throw new SitrepError('E044', 'actors: expected a list of actors', `event ${id}`);
  }
  return v as ActorOut[];
}

export function eventActors(db: Database.Database): EventActors[] {
  const rows = db.prepare(`SELECT id, sub_event_type, date, admin1_pcode, admin3_pcode, admin3, actors_json, associated_json
    FROM event_reports`).raw().all() as ActorRow[];
  return rows.map(([id, sub, date, a1, a3, a3name, act, assoc]) => {
    if (!SUB_TYPES.has(sub)) throw new SitrepError('E044', 'sub_event_type: unknown value', `event ${id}`);
    return {
      id, sub_event_type: sub as SubEventType, date, admin1_pcode: a1, admin3_pcode: a3, admin3: a3name,
      actors: actors(act, id), associated_actors: actors(assoc, id),
    };
  });
}
