// gzip for large replies to clients that accept it. The map's event columns are ~4 MB of JSON;
// gzipped they are ~5× smaller, and that is also what the browser keeps in its cache and reads
// back on every 304. Replies with an ETag are compressed once per ETag (they are the large,
// repeated ones: map columns, boundaries, facets); others are compressed per request.
import { gzipSync, constants } from 'node:zlib';
import type { Reply } from './reply.js';

const MIN_BYTES = 8 * 1024;
const COMPRESSIBLE = /^(application\/(json|geo\+json|vnd\.mapbox-vector-tile)|text\/)/;
const cache = new Map<string, Buffer>();
const CACHED = 32;

function acceptsGzip(header: string | string[] | undefined): boolean {
  const v = Array.isArray(header) ? header.join(',') : (header ?? '');
  return v.split(',').some((part) => {
    const [coding, ...params] = part.trim().split(';');
    return coding?.trim().toLowerCase() === 'gzip' && !params.some((p) => /^\s*q=0(\.0*)?\s*$/.test(p));
  });
}

/** The reply gzipped when the client accepts it and it is worth it; otherwise unchanged. */
export function compress(r: Reply, acceptEncoding: string | string[] | undefined): Reply {
  const size = Buffer.byteLength(r.body);
  if (r.status !== 200 || size < MIN_BYTES || !COMPRESSIBLE.test(r.headers['content-type'] ?? '')) return r;
  const headers = { ...r.headers, vary: 'accept-encoding' };
  if (!acceptsGzip(acceptEncoding)) return { ...r, headers };
  const etag = r.headers.etag;
  let body = etag ? cache.get(etag) : undefined;
  if (!body) {
    // Level 1: nearly the size of level 6 on this repetitive JSON, at a fraction of the time.
    body = gzipSync(r.body, { level: constants.Z_BEST_SPEED });
    if (etag) {
      cache.set(etag, body);
      while (cache.size > CACHED) cache.delete(cache.keys().next().value!);
    }
  }
  // A weak ETag for the gzipped form: the same content, another encoding (RFC 9110 8.8.1). The
  // handler compares If-None-Match weakly, so a revalidation still gets its 304.
  const weak: Record<string, string> = etag && !etag.startsWith('W/') ? { etag: `W/${etag}` } : {};
  return { ...r, headers: { ...headers, ...weak, 'content-encoding': 'gzip' }, body };
}
