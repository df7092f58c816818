// `/api/boundaries/{level}`: MIMU admin boundaries for the web map, served from the data
// directory (never copied into the repo: see ../shared/data/myanmar/SOURCES.md for origin and
// licence). Files are read once per process and served with a content ETag, so a browser that
// has them revalidates with a 304 instead of downloading ~1 MB again. `detail=low` is the same
// features simplified on the server (./simplify.ts) for country-wide views, computed once.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SitrepError } from '../core/errors.js';
import { parseParams } from './params.js';
import type { RawParams } from './resources.js';
import { LOW_DETAIL_TOLERANCE, simplifyCollection } from './simplify.js';

/** Level → file in `<dataDir>/myanmar/` (the simplified variants: 10% of vertices, ~11 m). */
export const BOUNDARY_FILES = {
  adm1: 'mmr_adm1_states_regions_mimu_250k_simplified.geojson',
  adm3: 'mmr_adm3_townships_mimu_250k_simplified.geojson',
} as const;
export type BoundaryLevel = keyof typeof BOUNDARY_FILES;
export const BOUNDARY_LEVELS = Object.keys(BOUNDARY_FILES) as BoundaryLevel[];

export const BoundaryQueryShape = z.object({
  detail: z.enum(['full', 'low']).default('full')
    .describe('full: the file as published (~11 m); low: simplified to ~2 km for country-wide views (a fifth of the vertices, 0.001° precision).'),
}).strict();

export interface BoundaryFile {
  readonly body: Buffer;
  /** Strong ETag: a hash of the bytes, so it changes exactly when the file does. */
  readonly etag: string;
}

const cache = new Map<string, { mtimeMs: number; file: BoundaryFile }>();

const withEtag = (body: Buffer): BoundaryFile => ({ body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });

export function boundaryFile(dataDir: string, rawLevel: string, raw: RawParams = {}): BoundaryFile {
  if (!(rawLevel in BOUNDARY_FILES)) {
    throw new SitrepError('E060', `expected ${BOUNDARY_LEVELS.join(' or ')}`, 'level');
  }
  const { detail } = parseParams(BoundaryQueryShape, raw);
  const path = join(dataDir, 'myanmar', BOUNDARY_FILES[rawLevel as BoundaryLevel]);
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st?.isFile()) throw new SitrepError('E050', 'set SITREP_DATA_DIR or --data-dir (see docs/data.md)', path);
  const key = `${path}#${detail}`;
  const hit = cache.get(key);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit.file;
  const body = readFileSync(path);
  let file: BoundaryFile;
  try {
    file = withEtag(detail === 'full' ? body : Buffer.from(JSON.stringify(simplifyCollection(JSON.parse(body.toString('utf8')), LOW_DETAIL_TOLERANCE))));
  } catch {
    throw new SitrepError('E050', 'not a GeoJSON FeatureCollection', path);
  }
  cache.set(key, { mtimeMs: st.mtimeMs, file });
  return file;
}
