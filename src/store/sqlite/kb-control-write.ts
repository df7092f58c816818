// Control observations of an article (its control facts and its captures, recaptures and
// handovers), and the recomputation of a place's timeline from all its observations. A place is
// recomputed whenever an observation is added or the merged event behind one changes.
import type Database from 'better-sqlite3';
import type { Doc } from '../../core/doc.js';
import type { Extraction } from '../../core/schema.js';
import { actorKey } from '../../kb/actors.js';
import { buildTimeline, eventObservation, factObservation, type ControlObservation } from '../../kb/control.js';
import { firstDay } from '../../kb/days.js';
import type { ControlStep, PlaceRef } from '../../kb/kb-records.js';
import { nameKey } from '../../kb/keys.js';
import { levelRank } from '../../kb/places.js';
import type { EventReport } from '../../kb/records.js';
import { resolveSpan } from '../../kb/reports.js';

/** Stands for "since an unknown date" in the step index. */
export const UNKNOWN_START = -1_000_000;

export interface ControlWriter {
  /** Stores the article's observations; returns the place keys they concern. */
  add(doc: Doc, x: Extraction, reports: readonly EventReport[]): Set<string>;
  /** Place keys whose observations include one of these reports. */
  placesOfReports(reportIds: Iterable<string>): Set<string>;
  /** Rebuilds one place's timeline (or removes the place when nothing is left). */
  recompute(placeKey: string): void;
}

export function prepareControlWriter(db: Database.Database): ControlWriter {
  const insertObs = db.prepare('INSERT OR IGNORE INTO kb_control_obs (ref, article_id, place_key, report_id, record_json) VALUES (?, ?, ?, ?, ?)');
  const obsOfReport = db.prepare('SELECT place_key FROM kb_control_obs WHERE report_id = ?').pluck();
  const obsOfPlace = db.prepare(`SELECT o.record_json AS json, k.event_id AS event_id FROM kb_control_obs o
    LEFT JOIN kb_reports k ON k.report_id = o.report_id WHERE o.place_key = ? ORDER BY o.ref`);
  const upsertPlace = db.prepare(`INSERT OR REPLACE INTO kb_places (key, name_key, admin3_key, record_json, timeline_json)
    VALUES (?, ?, ?, ?, ?)`);
  const deletePlace = db.prepare('DELETE FROM kb_places WHERE key = ?');
  const deleteSteps = db.prepare('DELETE FROM kb_control_steps WHERE place_key = ?');
  const insertStep = db.prepare(`INSERT INTO kb_control_steps (place_key, seq, controller_key, status, from_day, to_day)
    VALUES (?, ?, ?, ?, ?, ?)`);

  const store = (o: ControlObservation, articleId: string, reportId: string | null): void => {
    const { eventId: _eventId, ...rest } = o;
    insertObs.run(o.source.ref, articleId, o.place.key, reportId, JSON.stringify(rest));
  };

  return {
    add(doc, x, reports) {
      const keys = new Set<string>();
      const src = { article_id: doc.id, source: doc.meta.source, published: doc.meta.published };
      x.control.forEach((f, i) => {
        const o = factObservation(f, { ...src, ref: `${doc.id}-control-${i}`, evidence: f.evidence ?? null, span: resolveSpan(doc.text, f) });
        if (!o) return;
        store(o, doc.id, null);
        keys.add(o.place.key);
      });
      for (const r of reports) {
        const o = eventObservation(r, null);
        if (!o) continue;
        store(o, doc.id, r.id);
        keys.add(o.place.key);
      }
      return keys;
    },
    placesOfReports(reportIds) {
      const keys = new Set<string>();
      for (const id of reportIds) for (const k of obsOfReport.all(id) as string[]) keys.add(k);
      return keys;
    },
    recompute(placeKey) {
      deleteSteps.run(placeKey);
      const rows = obsOfPlace.all(placeKey) as { json: string; event_id: string | null }[];
      if (rows.length === 0) { deletePlace.run(placeKey); return; }
      const obs = rows.map((r) => ({ ...parseObservation(r.json), eventId: r.event_id }));
      const timeline = buildTimeline(obs);
      const place = representative(obs.map((o) => o.place));
      upsertPlace.run(placeKey, nameKey(place.name), place.admin3 ? nameKey(place.admin3) : null, JSON.stringify(place), JSON.stringify(timeline));
      for (const s of timeline) insertStep.run(placeKey, s.seq, stepControllerKey(s), s.status, day(s.from), s.to === null ? null : day(s.to));
    },
  };
}

// A busy place is recomputed with every article about it; its stored observations never change.
const parsedObs = new Map<string, Omit<ControlObservation, 'eventId'>>();
function parseObservation(json: string): Omit<ControlObservation, 'eventId'> {
  let o = parsedObs.get(json);
  if (!o) {
    if (parsedObs.size > 20_000) parsedObs.clear();
    o = JSON.parse(json) as Omit<ControlObservation, 'eventId'>;
    parsedObs.set(json, o);
  }
  return o;
}

const day = (d: string | null): number => (d === null ? UNKNOWN_START : firstDay(d));
export const stepControllerKey = (s: ControlStep): string | null => (s.controller ? actorKey(s.controller) : null);

/** The most precise description of the place, ties by name: the same whichever article came first. */
function representative(places: PlaceRef[]): PlaceRef {
  return [...places].sort((a, b) => levelRank(b.precision) - levelRank(a.precision) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))[0]!;
}
