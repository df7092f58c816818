// `/api/map/events`: every matching event report as a few parallel arrays (columns), the shape the
// web map and timeline load in one request. 50,000 events are ~3 MB as columns versus ~50 MB as
// full reports; the browser then filters them locally without asking the server again. Repeated
// strings (dates, pcodes) are sent once and indexed, and only what the map and timeline use is
// sent (no fatalities): the page parses all of it before its first paint.
import { z } from 'zod';
import { EVENT_TYPES, PRECISIONS, SUB_EVENT_TYPES } from '../core/schema.js';
import type { EventPoint, Store } from '../kb/store.js';
import { consistent, EventFilterShape, parseParams, toEventFilter } from './params.js';
import type { RawParams } from './resources.js';

export const MAX_POINTS = 500_000;

export const PointsQueryShape = EventFilterShape.extend({
  limit: z.coerce.number().int().min(1).max(MAX_POINTS).default(200_000)
    .describe(`Most events returned (newest first), 1 to ${MAX_POINTS}.`),
}).strict();
const PointsQuerySchema = consistent(PointsQueryShape);

const TYPE_NAMES = Object.keys(EVENT_TYPES);
const col = <T extends z.ZodTypeAny>(t: T, what: string) => z.array(t).describe(what);

export const EventPointsSchema = z.object({
  count: z.number().int().nonnegative().describe('Events in the columns.'),
  total: z.number().int().nonnegative().describe('Events matching the filters; more than `count` when truncated.'),
  truncated: z.boolean(),
  event_types: z.array(z.string()).describe('Names that `type` indexes.'),
  sub_event_types: z.array(z.string()).describe('Names that `sub_type` indexes.'),
  precisions: z.array(z.string()).describe('Names that `precision` indexes.'),
  dates: z.array(z.string()).describe('ISO dates (any precision) that `date` and `date_end` index.'),
  pcodes: z.array(z.string()).describe('Pcodes that `admin1_pcode` and `admin3_pcode` index.'),
  date: col(z.number().int().nullable(), 'Index into `dates`; null when undated.'),
  date_end: z.array(z.tuple([z.number().int(), z.number().int()]))
    .describe('Last day of multi-day events: [row, index into `dates`], only for the rows that have one.'),
  type: col(z.number().int(), 'Index into `event_types`.'),
  sub_type: col(z.number().int(), 'Index into `sub_event_types`.'),
  precision: col(z.number().int().nullable(), 'Index into `precisions`; null without a location.'),
  lat: col(z.number().nullable(), 'WGS84 latitude to 5 decimals (~1 m), null unless the place itself is known (town/village).'),
  lon: col(z.number().nullable(), 'WGS84 longitude to 5 decimals.'),
  admin1_pcode: col(z.number().int().nullable(), 'State/region pcode: index into `pcodes`.'),
  admin3_pcode: col(z.number().int().nullable(), 'Township pcode: index into `pcodes`.'),
});
export type EventPoints = z.infer<typeof EventPointsSchema>;

/**
 * `/api/map/ids`: the ids of the same rows, in the same order. Apart because the map needs an id
 * only when an event is clicked, and 50,000 ids are half the columns' bytes.
 */
export const EventIdsSchema = z.object({
  count: z.number().int().nonnegative().describe('Ids in `id`: the `count` of `/api/map/events` with the same parameters.'),
  id: col(z.string(), 'Event report ids, row for row as in `/api/map/events`.'),
});
export type EventIds = z.infer<typeof EventIdsSchema>;

/** ~1 m, far finer than any geocoded place, and half the digits of a full double in JSON. */
const round5 = (v: number | null): number | null => (v === null ? null : Math.round(v * 1e5) / 1e5);

/** Index of a string in `list`, appended on first sight; null stays null. */
function indexer(list: string[]): (v: string | null) => number | null {
  const seen = new Map<string, number>();
  return (v) => {
    if (v === null) return null;
    let i = seen.get(v);
    if (i === undefined) seen.set(v, (i = list.push(v) - 1));
    return i;
  };
}

export function toColumns(items: readonly EventPoint[], total: number): EventPoints {
  const typeIndex = new Map(TYPE_NAMES.map((t, i) => [t, i]));
  const subIndex = new Map<string, number>(SUB_EVENT_TYPES.map((t, i) => [t, i]));
  const precisionIndex = new Map<string, number>(PRECISIONS.map((t, i) => [t, i]));
  const out: EventPoints = {
    count: items.length, total, truncated: total > items.length,
    event_types: TYPE_NAMES, sub_event_types: [...SUB_EVENT_TYPES], precisions: [...PRECISIONS],
    dates: [], pcodes: [],
    date: [], date_end: [], type: [], sub_type: [], precision: [], lat: [], lon: [],
    admin1_pcode: [], admin3_pcode: [],
  };
  const dates = indexer(out.dates);
  const pcodes = indexer(out.pcodes);
  for (const [row, p] of items.entries()) {
    out.date.push(dates(p.date));
    if (p.date_end) out.date_end.push([row, dates(p.date_end)!]);
    out.type.push(typeIndex.get(p.event_type)!);
    out.sub_type.push(subIndex.get(p.sub_event_type)!);
    out.precision.push(p.precision === null ? null : (precisionIndex.get(p.precision) ?? null));
    // A point only where the place itself is known: a township- or state-level event drawn at a
    // centroid would claim a precision the source does not give.
    const exact = p.precision === 'village' || p.precision === 'town';
    out.lat.push(exact ? round5(p.lat) : null);
    out.lon.push(exact ? round5(p.lon) : null);
    out.admin1_pcode.push(pcodes(p.admin1_pcode));
    out.admin3_pcode.push(pcodes(p.admin3_pcode));
  }
  return out;
}

export async function eventPoints(store: Store, raw: RawParams): Promise<EventPoints> {
  const q = parseParams(PointsQuerySchema, raw);
  const { items, total } = await store.eventPoints(toEventFilter(q), q.limit);
  return toColumns(items, total);
}

export async function eventIds(store: Store, raw: RawParams): Promise<EventIds> {
  const q = parseParams(PointsQuerySchema, raw);
  const { items } = await store.eventPoints(toEventFilter(q), q.limit);
  return { count: items.length, id: items.map((p) => p.id) };
}
