// The HTTP server: node:http around the in-process handler. Binds to 127.0.0.1 by default; the
// API has no authentication yet, so exposing it on a network is the operator's explicit choice.
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SitrepError } from '../core/errors.js';
import { compress } from './compress.js';
import { createHandler, type HandlerOptions } from './handler.js';
import { loadStaticFiles } from './static-files.js';

/**
 * What the web page asks for first, computed (and gzipped) as the server starts rather than for
 * its first visitor: the map columns are a second or more of SQLite and JSON work at 50,000
 * events, and the boundary tiles need the simplified boundaries and their tile index (a tenth of
 * a second or so each; one tile builds them), and the same simplified boundaries as GeoJSON for the
 * page's static first view (../web/preview.ts). Each is cached afterwards either way
 * (./etag-cache.ts, ./compress.ts, ../api/boundaries.ts, ../api/tiles.ts). The page's own files
 * (./static-files.ts) are gzipped first: the app's bundle is ~1 MB, tens of ms to compress.
 */
export const FIRST_REQUESTS = ['/api/map/events?', '/api/tiles/adm3/0/0/0.pbf', '/api/tiles/adm1/0/0/0.pbf',
  '/api/boundaries/adm1?detail=low', '/api/boundaries/adm3?detail=low'];

export function createServer(opts: HandlerOptions): Server {
  const staticFiles = opts.staticFiles ?? loadStaticFiles();
  const handle = createHandler({ ...opts, staticFiles });
  let closed = false;
  // Once listening: a server that failed to bind (its store closed by the caller) warms nothing.
  const warmUp = (): void => {
    void (async () => {
      for (const url of [...staticFiles.keys(), ...FIRST_REQUESTS]) {
        if (closed) return; // closed (and its store with it) before the warm-up got this far
        compress(await handle({ method: 'GET', url }), 'gzip');
      }
    })().catch((e: unknown) => { if (!closed) (opts.log ?? console.error)(`warm-up: ${String(e)}`); });
  };
  const server = createHttpServer((req, res) => {
    handle({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers }).then(
      (reply) => {
        const r = compress(reply, req.headers['accept-encoding']);
        res.writeHead(r.status, { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) });
        res.end(r.body);
      },
      (e: unknown) => { // the handler turns errors into replies; this is only a last resort
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(`E063 internal server error\n`);
        (opts.log ?? console.error)(String(e));
      },
    );
  });
  server.once('listening', () => setImmediate(warmUp));
  server.once('close', () => { closed = true; });
  return server;
}

/** Starts listening; resolves to the URL (port 0 picks a free port). E064 when it cannot. */
export function listen(server: Server, port: number, host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      reject(new SitrepError('E064', e.code ?? e.message, `${host}:${port}`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const { port: actual } = server.address() as AddressInfo;
      const shownHost = host.includes(':') ? `[${host}]` : host;
      resolve(`http://${shownHost}:${actual}/`);
    });
  });
}

/** Closes the server, ending idle keep-alive connections so shutdown does not hang. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
}
