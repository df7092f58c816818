// The compiled modules the measuring scripts share (`npm run build` makes dist/), and the data
// directory they read (SITREP_DATA_DIR, else the default next to the checkout).
import { join, resolve } from 'node:path';

export const dist = resolve('dist');
export const { defaultDataDir } = await import(join(dist, 'packs/index.js'));
export const { loadPack } = await import(join(dist, 'core/pack.js'));
export const { articleToDoc } = await import(join(dist, 'ingest/article.js'));
export const { extractDoc } = await import(join(dist, 'pipeline/extract.js'));
export const dataDir = process.env.SITREP_DATA_DIR ?? defaultDataDir();
