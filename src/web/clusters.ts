// Event clusters computed in the page from the loaded columns, per whole zoom level, on a grid
// of CELL px squares. MapLibre's own clustering needs every event as a GeoJSON feature copied
// to its worker and indexed there (seconds for 50,000 events under software rendering); this is
// one pass over typed arrays (milliseconds), and the map gets only the few hundred clusters and
// single points of the area around the view. Every event with a point is in exactly one of them.
import { latOf, lonOf, mercX, mercY, WORLD } from './camera.js';
import type { Dataset } from './data.js';

/** Cell size in screen pixels; about the old cluster radius. */
export const CELL = 48;
/** From this zoom on every event is its own point (villages are then tens of px apart). */
export const POINTS_ZOOM = 12;

/** Web Mercator x and y in [0, 1] of every event with a point (NaN otherwise). */
export interface Projected { x: Float64Array; y: Float64Array }

export function project(ds: Dataset): Projected {
  const x = new Float64Array(ds.n).fill(NaN);
  const y = new Float64Array(ds.n).fill(NaN);
  const { lat, lon } = ds.raw;
  for (let i = 0; i < ds.n; i++) {
    const la = lat[i];
    const lo = lon[i];
    if (la == null || lo == null) continue;
    x[i] = mercX(lo);
    y[i] = mercY(la);
  }
  return { x, y };
}

/** Area (Mercator [0, 1] coordinates) whose events are sent to the map. */
export interface Area { x0: number; y0: number; x1: number; y1: number }

/** The area clustered for a view: one view's width and height of margin on every side, so panning stays within it for a while. */
export function aroundView(v: Area): Area {
  const w = v.x1 - v.x0;
  const h = v.y1 - v.y0;
  return { x0: v.x0 - w, x1: v.x1 + w, y0: v.y0 - h, y1: v.y1 + h };
}

const abbreviate = (n: number): string => (n >= 10_000 ? `${Math.round(n / 1000)}k` : n >= 1000 ? `${(n / 1000).toFixed(1)}k` : String(n));

/**
 * Clusters (count, most frequent type `d`, members' extent `b` for zooming in) and single points
 * (`d` type, `i` index into the dataset) of the events at `indices` inside `area`, at `zoom`.
 */
export function clusterEvents(ds: Dataset, p: Projected, indices: Uint32Array, zoom: number, area: Area): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const types = ds.raw.event_types.length;
  const z = Math.floor(zoom);
  const size = z >= POINTS_ZOOM ? 0 : CELL / (WORLD * 2 ** z);
  const cells = new Map<number, number>(); // cell key → slot
  const first: number[] = [];
  const count: number[] = [];
  const sx: number[] = [];
  const sy: number[] = [];
  const box: number[] = []; // x0, y0, x1, y1 per slot
  const byType: number[] = [];
  for (const i of indices) {
    const x = p.x[i]!;
    const y = p.y[i]!;
    if (!(x >= area.x0 && x <= area.x1 && y >= area.y0 && y <= area.y1)) continue; // NaN fails too
    const key = size ? Math.floor(x / size) * 4_194_304 + Math.floor(y / size) : first.length;
    let s = cells.get(key);
    if (s === undefined) {
      s = first.length;
      cells.set(key, s);
      first.push(i);
      count.push(0);
      sx.push(0);
      sy.push(0);
      box.push(x, y, x, y);
      for (let t = 0; t < types; t++) byType.push(0);
    }
    count[s]!++;
    sx[s]! += x;
    sy[s]! += y;
    if (x < box[4 * s]!) box[4 * s] = x;
    if (y < box[4 * s + 1]!) box[4 * s + 1] = y;
    if (x > box[4 * s + 2]!) box[4 * s + 2] = x;
    if (y > box[4 * s + 3]!) box[4 * s + 3] = y;
    byType[s * types + ds.raw.type[i]!]!++;
  }
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (let s = 0; s < first.length; s++) {
    const n = count[s]!;
    const i = first[s]!;
    if (n === 1) {
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [ds.raw.lon[i]!, ds.raw.lat[i]!] }, properties: { d: ds.raw.type[i], i } });
      continue;
    }
    let d = 0;
    for (let t = 1; t < types; t++) if (byType[s * types + t]! > byType[s * types + d]!) d = t;
    const b = [lonOf(box[4 * s]!), latOf(box[4 * s + 3]!), lonOf(box[4 * s + 2]!), latOf(box[4 * s + 1]!)];
    features.push({
      type: 'Feature', geometry: { type: 'Point', coordinates: [lonOf(sx[s]! / n), latOf(sy[s]! / n)] },
      properties: { point_count: n, point_count_abbreviated: abbreviate(n), d, b: b.join(',') },
    });
  }
  return { type: 'FeatureCollection', features };
}
