// Routes of the knowledge-base resources. Each list has a JSON form (`{items, next_cursor}`) and
// CSV (and GeoJSON where records have a place) renderings of the same page; the next page's URL
// is in a Link header, as for /api/events.
import type { Store } from '../kb/store.js';
import {
  explainMatch, getKbEvent, kbEventHistory, listClaims, listControl, listElections, listFindings, listKbActors, listKbEvents,
} from '../api/kb-resources.js';
import {
  CLAIM_RENDERERS, CONTROL_RENDERERS, ELECTION_RENDERERS, FINDING_RENDERERS, KB_EVENT_RENDERERS,
} from '../api/render/kb-formats.js';
import { renderAll, type Renderer } from '../api/render/index.js';
import type { Page } from '../kb/store.js';
import { json, reply, type Reply } from './reply.js';

export type KbRoute = [RegExp, (m: RegExpExecArray, params: URLSearchParams, url: URL) => Promise<Reply>];

function nextLink(url: URL, cursor: string | null): Record<string, string> {
  if (!cursor) return {};
  const next = new URLSearchParams(url.searchParams);
  next.set('cursor', cursor);
  return { link: `<${url.pathname}?${next.toString()}>; rel="next"`, 'x-next-cursor': cursor };
}

/** `/api/<name>` as JSON and `/api/<name>.<format>` for each renderer. */
function listRoutes<T>(path: string, name: string, load: (p: URLSearchParams) => Promise<Page<T>>,
  renderers: Record<string, Renderer<T>>): KbRoute[] {
  const formats = Object.keys(renderers).join('|');
  return [
    [new RegExp(`^${path}$`), async (_m, p, url) => {
      const page = await load(p);
      return json({ items: page.items, next_cursor: page.nextCursor }, 200, nextLink(url, page.nextCursor));
    }],
    [new RegExp(`^${path}\\.(${formats})$`), async (m, p, url) => {
      const r = renderers[m[1]!]!;
      const page = await load(p);
      return reply(200, r.contentType, renderAll(r, page.items), {
        'content-disposition': `inline; filename="${name}.${r.extension}"`, ...nextLink(url, page.nextCursor),
      });
    }],
  ];
}

export function kbRoutes(store: Store, decodeSegment: (s: string) => string): KbRoute[] {
  return [
    ...listRoutes('/api/kb/events', 'kb-events', (p) => listKbEvents(store, p), KB_EVENT_RENDERERS),
    [/^\/api\/kb\/events\/([^/]+)\/history$/, async (m) => json({ items: await kbEventHistory(store, decodeSegment(m[1]!)) })],
    [/^\/api\/kb\/events\/([^/]+)$/, async (m) => json(await getKbEvent(store, decodeSegment(m[1]!)))],
    [/^\/api\/kb\/match$/, async (_m, p) => json(await explainMatch(store, p))],
    [/^\/api\/kb\/actors$/, async (_m, p) => json({ items: await listKbActors(store, p) })],
    ...listRoutes('/api/control', 'control', (p) => listControl(store, p), CONTROL_RENDERERS),
    ...listRoutes('/api/elections', 'elections', (p) => listElections(store, p), ELECTION_RENDERERS),
    ...listRoutes('/api/findings', 'findings', (p) => listFindings(store, p), FINDING_RENDERERS),
    ...listRoutes('/api/claims', 'claims', (p) => listClaims(store, p), CLAIM_RENDERERS),
  ];
}
