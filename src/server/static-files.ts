// The web page's files (HTML, JS, CSS) from src/server/static, read once. The TypeScript build
// does not copy them, so from dist/ we look beside the module first, then in the source tree.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface StaticFile {
  readonly type: string;
  readonly body: Buffer;
}

export function staticDir(): string {
  const candidates = [new URL('./static/', import.meta.url), new URL('../../src/server/static/', import.meta.url)];
  for (const c of candidates) {
    const dir = fileURLToPath(c);
    if (existsSync(join(dir, 'index.html'))) return dir;
  }
  throw new Error(`web page files not found (looked in ${candidates.map((c) => fileURLToPath(c)).join(', ')})`);
}

/** URL path → file; only files of known types, so nothing else in the folder is ever served. */
export function loadStaticFiles(dir = staticDir()): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const file = { type, body: readFileSync(join(dir, name)) };
    files.set(name === 'index.html' ? '/' : `/static/${name}`, file);
  }
  return files;
}
