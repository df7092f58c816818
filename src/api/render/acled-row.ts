// An event report as one flat ACLED-style row: the column names ACLED's exports use, so
// spreadsheets and scripts written for ACLED data read ours, plus our provenance columns.
// CSV writes these rows; GeoJSON uses them as feature properties.
import type { PlaceKind } from '../../core/pack.js';
import type { LocationOut } from '../../core/schema.js';
import type { EventReport } from '../../kb/records.js';

export const ACLED_COLUMNS = [
  'event_id', 'event_date', 'event_date_end', 'event_type', 'sub_event_type', 'actor1', 'actor2',
  'assoc_actor_1', 'country_code', 'admin1', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision',
  'source', 'notes', 'fatalities', 'admin1_pcode', 'admin3_pcode', 'evidence', 'article_id',
] as const;

export type AcledColumn = (typeof ACLED_COLUMNS)[number];
export type Cell = string | number | null;
export type AcledRow = Record<AcledColumn, Cell>;

/**
 * ACLED's geo_precision: 1 the exact town or village, 2 near it or part of a region (our
 * township), 3 only a larger region is known (state, country).
 */
export function geoPrecision(p: LocationOut['precision'] | PlaceKind | undefined): 1 | 2 | 3 | null {
  if (p === 'village' || p === 'town') return 1;
  if (p === 'township') return 2;
  if (p === 'state' || p === 'country') return 3;
  return null;
}

export function toAcledRow(e: EventReport): AcledRow {
  const loc = e.location;
  return {
    event_id: e.id,
    event_date: e.date,
    event_date_end: e.date_end,
    event_type: e.event_type,
    sub_event_type: e.sub_event_type,
    actor1: e.actors[0]?.name ?? null,
    actor2: e.actors[1]?.name ?? null,
    assoc_actor_1: e.associated_actors.length ? e.associated_actors.map((a) => a.name).join('; ') : null,
    country_code: loc?.country ?? null,
    admin1: loc?.admin1 ?? null,
    admin3: loc?.admin3 ?? null,
    location: loc?.name ?? null,
    latitude: loc?.lat ?? null,
    longitude: loc?.lon ?? null,
    geo_precision: geoPrecision(loc?.precision),
    source: e.source,
    notes: e.notes ?? e.evidence,
    // null (not reported) stays empty: ACLED writes 0 there, which would claim "nobody died".
    fatalities: e.fatalities,
    admin1_pcode: loc?.admin1_pcode ?? null,
    admin3_pcode: loc?.admin3_pcode ?? null,
    evidence: e.evidence,
    article_id: e.article_id,
  };
}
