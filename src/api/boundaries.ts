// `/api/boundaries/{level}`: MIMU admin boundaries for the web map, served from the data
// directory (never copied into the repo: see ../shared/data/myanmar/SOURCES.md for origin and
// licence). Files are read once per process and served with a content ETag, so a browser that
// has them revalidates with a 304 instead of downloading ~1 MB again.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SitrepError } from '../core/errors.js';

/** Level → file in `<dataDir>/myanmar/` (the simplified variants: 10% of vertices, ~11 m). */
export const BOUNDARY_FILES = {
  adm1: 'mmr_adm1_states_regions_mimu_250k_simplified.geojson',
  adm3: 'mmr_adm3_townships_mimu_250k_simplified.geojson',
} as const;
export type BoundaryLevel = keyof typeof BOUNDARY_FILES;
export const BOUNDARY_LEVELS = Object.keys(BOUNDARY_FILES) as BoundaryLevel[];

export interface BoundaryFile {
  readonly body: Buffer;
  /** Strong ETag: a hash of the bytes, so it changes exactly when the file does. */
  readonly etag: string;
}

const cache = new Map<string, { mtimeMs: number; file: BoundaryFile }>();

export function boundaryFile(dataDir: string, rawLevel: string): BoundaryFile {
  if (!(rawLevel in BOUNDARY_FILES)) {
    throw new SitrepError('E060', `expected ${BOUNDARY_LEVELS.join(' or ')}`, 'level');
  }
  const path = join(dataDir, 'myanmar', BOUNDARY_FILES[rawLevel as BoundaryLevel]);
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st?.isFile()) throw new SitrepError('E050', 'set SITREP_DATA_DIR or --data-dir (see docs/data.md)', path);
  const hit = cache.get(path);
  if (hit && hit.mtimeMs === st.mtimeMs) return hit.file;
  const body = readFileSync(path);
  const file = { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
  cache.set(path, { mtimeMs: st.mtimeMs, file });
  return file;
}
