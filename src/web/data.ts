// The events the map and timeline draw, held as columns (as /api/map/events sends them) with
// each event's first and last day precomputed, so filtering 50,000 events is one tight loop
// instead of a request. `actor` and `q` need the server (aliases, full-text search): the set is
// fetched again when they change; every other filter is applied here.
import type { EventIds, EventPoints } from './api.js';
import type { Filters } from './state.js';

const DAY = 86_400_000;

/** Days since 1970-01-01 of an ISO day. */
export const dayOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
export const isoOfDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);

/** First and last day an ISO date of any precision covers: `2025-03` is 1 to 31 March. */
export function dayRange(date: string): [number, number] {
  if (date.length === 10) { const d = dayOf(date); return [d, d]; }
  if (date.length === 7) {
    const [y, m] = date.split('-').map(Number) as [number, number];
    return [dayOf(`${date}-01`), Math.floor(Date.UTC(y, m, 1) / DAY) - 1];
  }
  return [dayOf(`${date}-01-01`), dayOf(`${date}-12-31`)];
}

export interface Dataset {
  readonly raw: EventPoints;
  readonly n: number;
  /** First day of each event (NaN when undated). */
  readonly start: Float64Array;
  /** Last day (date_end, or the end of a partial date). */
  readonly end: Float64Array;
  readonly minDay: number;
  readonly maxDay: number;
  /** Id of row `i`. Ids come apart (/api/map/ids), asked for on first use: only a click needs one. */
  id(i: number): Promise<string>;
}

export function toDataset(raw: EventPoints, loadIds: () => Promise<EventIds>): Dataset {
  const n = raw.count;
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  let minDay = Infinity;
  let maxDay = -Infinity;
  // A few hundred distinct dates among 50,000 events: parse each once.
  const ranges = new Map<string, [number, number]>();
  const range = (d: string): [number, number] => {
    let r = ranges.get(d);
    if (!r) ranges.set(d, (r = dayRange(d)));
    return r;
  };
  for (let i = 0; i < n; i++) {
    const d = raw.date[i];
    if (d == null) { start[i] = NaN; end[i] = NaN; continue; }
    const [s, e] = range(raw.dates[d]!);
    start[i] = s;
    end[i] = e;
    if (s < minDay) minDay = s;
    if (s > maxDay) maxDay = s;
  }
  // Only multi-day events have a last day of their own (sent as [row, date] pairs).
  for (const [i, de] of raw.date_end) if (!Number.isNaN(start[i]!)) end[i] = range(raw.dates[de]!)[1];
  let ids: Promise<string[]> | null = null;
  const id = async (i: number): Promise<string> => {
    ids ??= loadIds().then((r) => {
      // Another answer than the columns' (the store changed in between) would open wrong events.
      if (r.count !== n) throw new Error('The events changed on the server: reload the page.');
      return r.id;
    });
    ids.catch(() => { ids = null; }); // asked again on the next click
    return (await ids)[i]!;
  };
  return { raw, n, start, end, minDay, maxDay, id };
}

/**
 * Indices of the events matching the local filters. `ignoreDates` gives the timeline its own
 * view: every other filter applies, so brushing never empties the histogram being brushed.
 */
export function select(ds: Dataset, f: Filters, ignoreDates = false): Uint32Array {
  const r = ds.raw;
  const type = f.event_type ? r.event_types.indexOf(f.event_type) : -1;
  const sub = f.sub_event_type ? r.sub_event_types.indexOf(f.sub_event_type) : -1;
  // Pcode columns hold indexes into `pcodes`; a pcode not among them gives -1, which no event has.
  const code = (p: string | undefined): number | null => (p ? r.pcodes.indexOf(p) : null);
  const a1 = code(f.admin1_pcode);
  const a3 = code(f.admin3_pcode);
  const from = !ignoreDates && f.from ? dayRange(f.from)[0] : null;
  const to = !ignoreDates && f.to ? dayRange(f.to)[1] : null;
  const out = new Uint32Array(ds.n);
  let k = 0;
  for (let i = 0; i < ds.n; i++) {
    if (f.event_type && r.type[i] !== type) continue;
    if (f.sub_event_type && r.sub_type[i] !== sub) continue;
    if (a1 !== null && r.admin1_pcode[i] !== a1) continue;
    if (a3 !== null && r.admin3_pcode[i] !== a3) continue;
    if (from !== null && !(ds.end[i]! >= from)) continue; // NaN (undated) fails both tests
    if (to !== null && !(ds.start[i]! <= to)) continue;
    out[k++] = i;
  }
  return out.subarray(0, k);
}

/** Townships and states of the events at `indices` that have no point: drawn as striped areas. */
export function areaOnlyPlaces(ds: Dataset, indices: Uint32Array): { townships: Set<string>; states: Set<string> } {
  const r = ds.raw;
  const townships = new Set<string>();
  const states = new Set<string>();
  const TOWNSHIP = r.precisions.indexOf('township');
  const STATE = r.precisions.indexOf('state');
  for (const i of indices) {
    if (r.lon[i] != null && r.lat[i] != null) continue;
    const a3 = r.admin3_pcode[i];
    const a1 = r.admin1_pcode[i];
    if (r.precision[i] === TOWNSHIP && a3 != null) townships.add(r.pcodes[a3]!);
    else if (r.precision[i] === STATE && a1 != null) states.add(r.pcodes[a1]!);
  }
  return { townships, states };
}
