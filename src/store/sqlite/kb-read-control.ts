// Control queries: "who controls place X on date D" and "which places does actor A control on D",
// answered from the stored timelines (kb_places) and their step index (kb_control_steps).
import type Database from 'better-sqlite3';
import { stepAt } from '../../kb/control.js';
import { firstDay } from '../../kb/days.js';
import { ControlStepSchema, PlaceRefSchema, type PlaceControl } from '../../kb/kb-records.js';
import type { ControlFilter } from '../../kb/kb-store.js';
import { decodeCursor, nameKey } from '../../kb/keys.js';
import type { Page, PageRequest } from '../../kb/store.js';
import { checked, json } from './rows.js';
import { pageOf } from './paging.js';

/** "Bhamo Township", "bhamo town", "Bhamo" → "bhamo". */
export const placeNameKey = (q: string): string => nameKey(q).replace(/\s+(township|town|village|city)$/, '');

/** Place keys a place query names: a key or pcode, or a town, township or village name. */
export function placeKeys(db: Database.Database, q: string): string[] {
  return db.prepare('SELECT key FROM kb_places WHERE key = ? OR name_key = ? ORDER BY key').pluck().all(q, placeNameKey(q)) as string[];
}

/** Actor keys a name, alias or id stands for. */
export function actorKeys(db: Database.Database, q: string): string[] {
  const known = db.prepare('SELECT actor_key FROM kb_actor_names WHERE name_key = ?').pluck().all(nameKey(q)) as string[];
  return [...new Set([...known, q, `name:${nameKey(q)}`])];
}

function heldBy(db: Database.Database, actor: string, on: string | undefined): Set<string> {
  const keys = actorKeys(db, actor);
  const marks = keys.map(() => '?').join(',');
  const when = on === undefined ? 'to_day IS NULL' : 'from_day <= ? AND (to_day IS NULL OR to_day > ?)';
  const day = on === undefined ? [] : [firstDay(on), firstDay(on)];
  return new Set(db.prepare(`SELECT DISTINCT place_key FROM kb_control_steps WHERE controller_key IN (${marks})
    AND status = 'controlled' AND ${when}`).pluck().all(...keys, ...day) as string[]);
}

export function listControl(db: Database.Database, f: ControlFilter, page: PageRequest): Page<PlaceControl> {
  let keys: string[] | null = f.place !== undefined ? placeKeys(db, f.place) : null;
  if (f.actor !== undefined) {
    const held = heldBy(db, f.actor, f.on);
    keys = (keys ?? [...held].sort()).filter((k) => held.has(k));
  }
  const after = page.cursor ? decodeCursor(page.cursor).id : '';
  const rows = (keys === null
    ? db.prepare('SELECT key, record_json, timeline_json FROM kb_places WHERE key > ? ORDER BY key LIMIT ?').all(after, page.limit + 1)
    : keys.filter((k) => k > after).slice(0, page.limit + 1)
      .map((k) => db.prepare('SELECT key, record_json, timeline_json FROM kb_places WHERE key = ?').get(k))) as
    { key: string; record_json: string; timeline_json: string }[];
  return pageOf(rows, page.limit, (r): PlaceControl => {
    const what = `place ${r.key}`;
    const place = checked(PlaceRefSchema, json(r.record_json, what), what);
    const timeline = checked(ControlStepSchema.array(), json(r.timeline_json, what), what);
    return { place, on: f.on ?? null, at: stepAt(timeline, f.on ?? null), timeline };
  }, (r) => [r.key, r.key]);
}
