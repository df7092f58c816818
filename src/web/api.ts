// Fetching from our own API. Response types come from the server's schemas (type-only imports,
// erased from the bundle), so the page and the API cannot disagree silently.
export type { EventReport } from '../kb/records.js';
export type { ArticleView, Facets, Highlight } from '../api/schemas.js';
export type { EventIds, EventPoints } from '../api/points.js';
export type { ActorDetail, ActorSummary } from '../api/actors.js';
export type { Mention } from '../api/mentions.js';
export type { KbEvent } from '../kb/kb-records.js';

export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string | null, message: string) {
    super(message);
  }
}

/** GET a JSON API URL; a `{error:{code,message}}` reply becomes an ApiError with that message. */
export async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, { headers: { accept: 'application/json' }, signal });
  const body = await res.json().catch(() => null) as { error?: { code: string; message: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.code ?? null, body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

/** Like getJson, but a missing route (404 E061) is `null`: for resources a server may not have yet. */
export async function getOptional<T>(url: string): Promise<T | null> {
  try {
    return await getJson<T>(url);
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return null;
    throw e;
  }
}

/** A level's boundaries as GeoJSON, with the pcodes and names as string properties. */
export type Boundaries = GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, Record<string, string>>;

const lowBoundaries = new Map<'adm1' | 'adm3', Promise<Boundaries>>();
/**
 * The simplified (~2 km) boundaries of a level, fetched and parsed once per page: the static
 * first view draws them (./preview.ts) and the map later reads area names and extents from them
 * (./map.ts). A failed request is forgotten, so the next caller asks again.
 */
export function getLowBoundaries(level: 'adm1' | 'adm3'): Promise<Boundaries> {
  let p = lowBoundaries.get(level);
  if (!p) {
    p = getJson<Boundaries>(`/api/boundaries/${level}?detail=low`);
    lowBoundaries.set(level, p);
    p.catch(() => lowBoundaries.delete(level));
  }
  return p;
}
