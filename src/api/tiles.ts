// `/api/tiles/{level}/{z}/{x}/{y}.pbf`: the boundaries as Mapbox vector tiles, cut on the server
// once per file (geojson-vt, as MapLibre itself would) and kept. The web map draws its boundaries
// from these: for a GeoJSON source every map worker parses the file, indexes it, and encodes each
// tile to a PBF that it then decodes again; for these tiles a worker only decodes a few kB. Tiles
// below FULL_DETAIL_TILE_ZOOM come from the `detail=low` features (./simplify.ts), the others
// from the file as published. Features keep only the names and pcodes the map uses.
import { createHash } from 'node:crypto';
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { SitrepError } from '../core/errors.js';
import { BOUNDARY_FILES, boundaryFile, type BoundaryLevel } from './boundaries.js';

/** Deepest tiles cut; MapLibre scales these up beyond (the lines are 1–4 px wide at any zoom). */
export const TILE_MAX_ZOOM = 12;
/** From this tile zoom the coarse (~2 km) lines could be a pixel off (the map shows zoom z+ tiles at zoom z to z+1). */
export const FULL_DETAIL_TILE_ZOOM = 5;
export const TILE_CONTENT_TYPE = 'application/vnd.mapbox-vector-tile';
const EXTENT = 4096;
/** Per 512 px tile: 8 px of buffer (the widest line's half and its antialiasing), 0.375 px simplification as MapLibre's GeoJSON default. */
const BUFFER = (8 / 512) * EXTENT;
const TOLERANCE = (0.375 / 512) * EXTENT;
const KEEP = ['ST', 'ST_PCODE', 'TS', 'TS_PCODE'];

export interface Tile { readonly body: Buffer; readonly etag: string }

interface Tiler { readonly version: string; readonly index: GeoJSONVT; readonly tiles: Map<string, Tile> }
const tilers = new Map<string, Tiler>();

function tiler(dataDir: string, level: BoundaryLevel, full: boolean): Tiler {
  const file = boundaryFile(dataDir, level, { detail: full ? 'full' : 'low' }); // cached; read again when the file changes
  const key = `${dataDir}#${level}#${full}`;
  const hit = tilers.get(key);
  if (hit?.version === file.etag) return hit;
  const fc = JSON.parse(file.body.toString('utf8')) as GeoJSON.FeatureCollection;
  for (const f of fc.features) {
    const p = f.properties ?? {};
    f.properties = Object.fromEntries(KEEP.filter((k) => p[k] != null).map((k) => [k, p[k]]));
  }
  const index = new GeoJSONVT(fc, { maxZoom: TILE_MAX_ZOOM, indexMaxZoom: full ? 6 : 4, extent: EXTENT, buffer: BUFFER, tolerance: TOLERANCE });
  const t: Tiler = { version: file.etag, index, tiles: new Map() };
  tilers.set(key, t);
  return t;
}

const EMPTY = Buffer.alloc(0);
/** Cut tiles kept per level and detail: the views in use; a zoomed-in tour of the country (up to
 * ~26,000 tiles at zoom 12) would otherwise grow without end. */
const MAX_CACHED_TILES = 4_000;

/** One tile of `level`; an empty body where the level has nothing (MapLibre draws an empty tile). */
export function boundaryTile(dataDir: string, rawLevel: string, z: number, x: number, y: number): Tile {
  if (!(rawLevel in BOUNDARY_FILES)) throw new SitrepError('E060', `expected ${Object.keys(BOUNDARY_FILES).join(' or ')}`, 'level');
  if (!(Number.isInteger(z) && z >= 0 && z <= TILE_MAX_ZOOM && Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < 2 ** z && y < 2 ** z)) {
    throw new SitrepError('E060', `a tile z/x/y with z from 0 to ${TILE_MAX_ZOOM}`, 'tile');
  }
  const level = rawLevel as BoundaryLevel;
  const t = tiler(dataDir, level, z >= FULL_DETAIL_TILE_ZOOM);
  const key = `${z}/${x}/${y}`;
  let tile = t.tiles.get(key);
  if (!tile) {
    const vt = t.index.getTile(z, x, y);
    const body = vt?.features.length ? Buffer.from(fromGeojsonVt({ [level]: vt }, { version: 2, extent: EXTENT })) : EMPTY;
    tile = { body, etag: `"${createHash('sha256').update(t.version).update(key).digest('base64url').slice(0, 27)}"` };
    if (t.tiles.size >= MAX_CACHED_TILES) t.tiles.clear();
    t.tiles.set(key, tile);
  }
  return tile;
}
