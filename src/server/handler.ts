// Routes requests to the API's data functions and renderers. `handle` takes a method and URL and
// returns a Reply, so tests run every route in-process without opening a port.
import { SitrepError } from '../core/errors.js';
import type { Store } from '../kb/store.js';
import { getActor, listActors } from '../api/actors.js';
import { boundaryFile } from '../api/boundaries.js';
import { boundaryTile, TILE_CONTENT_TYPE } from '../api/tiles.js';
import { openApiDocument } from '../api/openapi.js';
import { eventIds, eventPoints } from '../api/points.js';
import { actorsCsv } from '../api/render/actors-csv.js';
import { EVENT_RENDERERS, renderAll, type EventFormat } from '../api/render/index.js';
import { defaultDataDir } from '../packs/paths.js';
import { eventFacets, getArticle, getEvent, listArticles, listEvents } from '../api/resources.js';
import { kbRoutes } from './kb-routes.js';
import { errorReply, json, reply, type Reply } from './reply.js';
import { EtagCache } from './etag-cache.js';
import { loadStaticFiles, type StaticFile } from './static-files.js';

export interface HandlerOptions {
  readonly store: Store;
  /** Where unexpected errors (E063) are logged; default stderr. */
  readonly log?: (msg: string) => void;
  /** Web page files by URL path; default: the Vite build in dist/web. */
  readonly staticFiles?: Map<string, StaticFile>;
  /** Reference data (boundaries); default: SITREP_DATA_DIR or ../shared/data. */
  readonly dataDir?: string;
}

export interface Request {
  readonly method: string;
  /** Path and query, as node:http gives it: `/api/events?limit=10`. */
  readonly url: string;
  /** Request headers, lower-case names as node:http gives them; only If-None-Match is read. */
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
}

export type Handler = (req: Request) => Promise<Reply>;

type Route = (m: RegExpExecArray, params: URLSearchParams, url: URL) => Promise<Reply>;

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw new SitrepError('E060', 'malformed percent-encoding', 'id');
  }
}

/** The same query with another cursor: the URL of the next page. */
function nextLink(url: URL, cursor: string | null): Record<string, string> {
  if (!cursor) return {};
  const next = new URLSearchParams(url.searchParams);
  next.set('cursor', cursor);
  return { link: `<${url.pathname}?${next.toString()}>; rel="next"`, 'x-next-cursor': cursor };
}

/** If-None-Match: a list of ETags or `*` (RFC 9110 13.1.2; weak comparison, so W/ is ignored). */
function matches(header: string | string[] | undefined, etag: string): boolean {
  if (!header) return false;
  const list = (Array.isArray(header) ? header.join(',') : header).split(',').map((t) => t.trim().replace(/^W\//, ''));
  return list.includes('*') || list.includes(etag.replace(/^W\//, ''));
}

export function createHandler(opts: HandlerOptions): Handler {
  const { store } = opts;
  const log = opts.log ?? ((msg: string) => process.stderr.write(`${msg}\n`));
  const files = opts.staticFiles ?? loadStaticFiles();
  const dataDir = opts.dataDir ?? defaultDataDir();
  // Whole-store aggregates the web page asks for on every load (map columns, facets, actors).
  const aggregates = new EtagCache(store, 16);
  const cached = async (url: URL, compute: () => Promise<unknown>): Promise<Reply> => {
    const { body, etag } = await aggregates.get(url, compute);
    return reply(200, 'application/json; charset=utf-8', body, { etag, 'cache-control': 'no-cache' });
  };
  let openapi: object | undefined; // built on first request, then reused

  const routes: [RegExp, Route][] = [
    [/^\/healthz$/, async () => json({ ok: true, counts: await store.counts() })],
    [/^\/api\/openapi\.json$/, async () => json((openapi ??= openApiDocument()))],
    [/^\/api\/events$/, async (_m, p) => {
      const page = await listEvents(store, p);
      return json({ items: page.items, next_cursor: page.nextCursor });
    }],
    [/^\/api\/events\.(csv|geojson|jsonl)$/, async (m, p, url) => {
      const format = m[1] as EventFormat;
      const r = EVENT_RENDERERS[format];
      const page = await listEvents(store, p);
      return reply(200, r.contentType, renderAll(r, page.items), {
        'content-disposition': `inline; filename="events.${r.extension}"`,
        ...nextLink(url, page.nextCursor),
      });
    }],
    [/^\/api\/events\/([^/]+)$/, async (m) => json(await getEvent(store, decodeSegment(m[1]!)))],
    [/^\/api\/facets$/, async (_m, p, url) => cached(url, () => eventFacets(store, p))],
    [/^\/api\/articles$/, async (_m, p) => {
      const page = await listArticles(store, p);
      return json({ items: page.items, next_cursor: page.nextCursor });
    }],
    [/^\/api\/articles\/([^/]+)$/, async (m) => json(await getArticle(store, decodeSegment(m[1]!)))],
    [/^\/api\/map\/events$/, async (_m, p, url) => cached(url, () => eventPoints(store, p))],
    [/^\/api\/map\/ids$/, async (_m, p, url) => cached(url, () => eventIds(store, p))],
    [/^\/api\/boundaries\/([^/]+)$/, async (m, p) => {
      const f = boundaryFile(dataDir, decodeSegment(m[1]!), p);
      return reply(200, 'application/geo+json; charset=utf-8', f.body, { etag: f.etag, 'cache-control': 'no-cache' });
    }],
    [/^\/api\/tiles\/([^/]+)\/(\d+)\/(\d+)\/(\d+)\.pbf$/, async (m) => {
      const t = boundaryTile(dataDir, decodeSegment(m[1]!), Number(m[2]), Number(m[3]), Number(m[4]));
      return reply(200, TILE_CONTENT_TYPE, t.body, { etag: t.etag, 'cache-control': 'no-cache' });
    }],
    [/^\/api\/actors$/, async (_m, p, url) => cached(url, async () => {
      const page = await listActors(store, p);
      return { items: page.items, next_cursor: page.nextCursor };
    })],
    [/^\/api\/actors\.csv$/, async (_m, p, url) => {
      const page = await listActors(store, p);
      return reply(200, actorsCsv.contentType, renderAll(actorsCsv, page.items), {
        'content-disposition': 'inline; filename="actors.csv"', ...nextLink(url, page.nextCursor),
      });
    }],
    [/^\/api\/actors\/([^/]+)$/, async (m) => json(await getActor(store, decodeSegment(m[1]!)))],
    ...kbRoutes(store, decodeSegment),
  ];

  async function route(req: Request): Promise<Reply> {
    // ("//" or "//api/events": a path whose leading slashes would read as a host, one slash here.)
    let url: URL;
    try {
      url = new URL(req.url.replace(/^\/{2,}/, '/'), 'http://sitrep.invalid');
    } catch {
      throw new SitrepError('E060', `request target: ${req.url.slice(0, 80)}`);
    }
    const path = url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new SitrepError('E062', `${req.method} ${path}`);
    const file = files.get(path);
    if (file) return reply(200, file.type, file.body, { 'cache-control': file.cacheControl, etag: file.etag });
    for (const [pattern, run] of routes) {
      const m = pattern.exec(path);
      if (m) return run(m, url.searchParams, url);
    }
    throw new SitrepError('E061', 'no such route', path);
  }

  return async (req) => {
    let out: Reply;
    try {
      out = await route(req);
    } catch (e) {
      out = errorReply(e, log);
    }
    if (out.status === 200 && out.headers.etag && matches(req.headers?.['if-none-match'], out.headers.etag)) {
      out = { ...out, status: 304, body: '' };
    }
    return req.method === 'HEAD' ? { ...out, body: '' } : out;
  };
}
