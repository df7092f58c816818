// Renderers of the knowledge-base resources by format: CSV for every list, GeoJSON where the
// records have a place, JSON Lines for merged events.
import type { ElectionRecord, Finding, Proposition } from '../../kb/fact-records.js';
import type { KbEvent, PlaceControl } from '../../kb/kb-records.js';
import type { Cell } from './acled-row.js';
import { csvLine } from './csv.js';
import {
  CLAIM_COLUMNS, claimRows, CONTROL_COLUMNS, controlRows, ELECTION_COLUMNS, electionRow, FINDING_COLUMNS, findingRow,
  KB_EVENT_COLUMNS, kbEventRow,
} from './kb-tables.js';
import type { Renderer } from './renderer.js';

function csv<T>(columns: readonly string[], rows: (x: T) => Cell[][]): Renderer<T> {
  return {
    contentType: 'text/csv; charset=utf-8', extension: 'csv',
    start: () => csvLine(columns), item: (x) => rows(x).map(csvLine).join(''), end: () => '',
  };
}

/** One Point feature per record ([lon, lat]); null geometry when the place has no coordinates. */
function geojson<T>(id: (x: T) => string, point: (x: T) => { lat?: number | null; lon?: number | null } | null,
  columns: readonly string[], row: (x: T) => Cell[]): Renderer<T> {
  return {
    contentType: 'application/geo+json; charset=utf-8', extension: 'geojson',
    start: () => '{"type":"FeatureCollection","features":[\n',
    item: (x, i) => {
      const p = point(x);
      const has = typeof p?.lat === 'number' && typeof p?.lon === 'number';
      const cells = row(x);
      const feature = {
        type: 'Feature', id: id(x), geometry: has ? { type: 'Point', coordinates: [p!.lon, p!.lat] } : null,
        properties: Object.fromEntries(columns.map((c, k) => [c, cells[k] ?? null])),
      };
      return `${i > 0 ? ',\n' : ''}${JSON.stringify(feature)}`;
    },
    end: () => '\n]}\n',
  };
}

export const KB_EVENT_RENDERERS: Record<'csv' | 'geojson' | 'jsonl', Renderer<KbEvent>> = {
  csv: csv(KB_EVENT_COLUMNS, (e) => [kbEventRow(e)]),
  geojson: geojson((e) => e.id, (e) => e.location, KB_EVENT_COLUMNS, kbEventRow),
  jsonl: {
    contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl',
    start: () => '', item: (e) => `${JSON.stringify(e)}\n`, end: () => '',
  },
};

/** GeoJSON of control: one feature per place, its properties the step in force (`at`). */
const atRow = (p: PlaceControl): Cell[] => controlRows({ ...p, timeline: p.at ? [p.at] : [] })[0]
  ?? [p.place.key, p.place.name, p.place.admin1, p.place.admin3_pcode, p.place.lat, p.place.lon];

export const CONTROL_RENDERERS: Record<'csv' | 'geojson', Renderer<PlaceControl>> = {
  csv: csv(CONTROL_COLUMNS, controlRows),
  geojson: geojson((p) => p.place.key, (p) => p.place, CONTROL_COLUMNS, atRow),
};

export const ELECTION_RENDERERS: Record<'csv' | 'geojson', Renderer<ElectionRecord>> = {
  csv: csv(ELECTION_COLUMNS, (r) => [electionRow(r)]),
  geojson: geojson((r) => r.id, (r) => r.place, ELECTION_COLUMNS, electionRow),
};

export const FINDING_RENDERERS: Record<'csv' | 'geojson', Renderer<Finding>> = {
  csv: csv(FINDING_COLUMNS, (f) => [findingRow(f)]),
  geojson: geojson((f) => f.id, (f) => f.place, FINDING_COLUMNS, findingRow),
};

export const CLAIM_RENDERERS: Record<'csv', Renderer<Proposition>> = {
  csv: csv(CLAIM_COLUMNS, claimRows),
};
