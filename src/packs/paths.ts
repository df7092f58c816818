// Where packs find their inputs and may keep derived files. Resolved from this module's location
// (src/packs or dist/packs, both two levels below the repo root), never from the cwd, so the CLI,
// tests and the server agree whatever directory they are started from.
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/** The repository root (the folder holding package.json). */
export const repoRoot = (): string => fileURLToPath(new URL('../../', import.meta.url));

/** The reference data directory: $SITREP_DATA_DIR, else `<repo>/../shared/data`. */
export function defaultDataDir(): string {
  const env = process.env.SITREP_DATA_DIR;
  return env ? resolve(env) : resolve(repoRoot(), '..', 'shared', 'data');
}

/** Derived, rebuildable files (git-ignored): $SITREP_CACHE_DIR, else `<repo>/.sitrep/cache`. */
export function cacheDir(): string {
  const env = process.env.SITREP_CACHE_DIR;
  return env ? resolve(env) : join(repoRoot(), '.sitrep', 'cache');
}
