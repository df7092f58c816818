// The web app's files, as Vite built them from src/web into dist/web (`npm run build`; the
// folder is git-ignored). Read once at start: `/` is index.html, every other file is served under
// `/static/` (Vite's `base`). Hashed bundle names never change content, so they may be cached for
// good; index.html and unhashed files are revalidated on every load (a 304 by their ETag). The
// ETag also lets ./compress.ts gzip each file once, which the server does as it starts (./http.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export interface StaticFile {
  readonly type: string;
  readonly body: Buffer;
  readonly cacheControl: string;
  /** Strong ETag of the content. */
  readonly etag: string;
}

const etagOf = (body: Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** <repo>/dist/web: two levels up is the repo root from src/server (tsx, tests) and dist/server alike. */
export function webDir(): string | null {
  const dir = fileURLToPath(new URL('../../dist/web/', import.meta.url));
  return existsSync(join(dir, 'index.html')) ? dir : null;
}

// Served when the bundle is missing, so `sitrep serve` still answers the API and says what to do.
const NOT_BUILT = Buffer.from('<!doctype html><html lang="en"><meta charset="utf-8"><title>sitrep</title>'
  + '<p>The web app is not built. Run <code>npm run build</code> (or <code>npm install</code>), then reload. '
  + 'The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p></html>\n');

const HASHED = /-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** URL path → file; only files of known types, so nothing else in the folder is ever served. */
export function loadStaticFiles(dir = webDir()): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  if (!dir) {
    files.set('/', { type: TYPES['.html']!, body: NOT_BUILT, cacheControl: 'no-cache', etag: etagOf(NOT_BUILT) });
    return files;
  }
  for (const full of walk(dir)) {
    const type = TYPES[extname(full)];
    if (!type) continue;
    const rel = relative(dir, full).split(sep).join('/');
    const cacheControl = rel.startsWith('assets/') && HASHED.test(rel) ? 'public, max-age=31536000, immutable' : 'no-cache';
    const body = readFileSync(full);
    files.set(rel === 'index.html' ? '/' : `/static/${rel}`, { type, body, cacheControl, etag: etagOf(body) });
  }
  return files;
}
