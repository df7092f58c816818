// Where the map's data comes from: the boundary tiles the server cuts, the worker ./boot.ts
// started before MapLibre loaded, and the areas' bounding boxes for fitting the camera.
import type { VectorSourceSpecification } from 'maplibre-gl';
import { mapWorker } from './boot.js';
import { ATTRIBUTION } from './map-style.js';

export type Bbox = [number, number, number, number];

/** The server's deepest boundary tiles (src/api/tiles.ts); MapLibre scales them up beyond. */
const TILE_MAX_ZOOM = 12;
/**
 * A boundary source: tiles of the country's extent only (no requests for the empty ocean
 * around it), with the pcode as the feature id for feature state. Tile URLs are absolute:
 * the map workers fetch them.
 */
export const boundarySource = (level: 'adm1' | 'adm3', id: string): VectorSourceSpecification => ({
  type: 'vector', tiles: [`${location.origin}/api/tiles/${level}/{z}/{x}/{y}.pbf`], maxzoom: TILE_MAX_ZOOM,
  bounds: [92, 9.5, 101.3, 28.6], promoteId: id, attribution: ATTRIBUTION,
});

/**
 * Runs `make` (which creates the map, and with it MapLibre's worker) with the Worker constructor
 * answering MapLibre's one `new Worker(url)` with the worker ./boot.ts started, whose script has
 * been loading meanwhile. MapLibre has no API to be given a worker; this is the narrowest way.
 */
export function withStartedWorker<T>(make: () => T): T {
  const Native = window.Worker;
  const started = mapWorker.worker;
  if (!started) return make();
  window.Worker = function Worker(url: string | URL, options?: WorkerOptions): Worker {
    if (mapWorker.worker && String(url) === mapWorker.url) {
      mapWorker.worker = null;
      return started;
    }
    return new Native(url, options);
  } as unknown as typeof Worker;
  try {
    return make();
  } finally {
    window.Worker = Native;
    if (mapWorker.worker) { mapWorker.worker.terminate(); mapWorker.worker = null; } // not taken: MapLibre made its own
  }
}

export function bboxOf(g: GeoJSON.Polygon | GeoJSON.MultiPolygon): Bbox {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  const rings = g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();
  for (const ring of rings) for (const [x, y] of ring) {
    if (x! < b[0]) b[0] = x!;
    if (y! < b[1]) b[1] = y!;
    if (x! > b[2]) b[2] = x!;
    if (y! > b[3]) b[3] = y!;
  }
  return b;
}
