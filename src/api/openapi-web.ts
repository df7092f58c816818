// The web app's resources in the OpenAPI document: map columns, boundaries and actors, built
// with openapi.ts's helpers (as openapi-kb.ts) so every route is described the same way.
import type { ZodTypeAny } from 'zod';
import { ActorDetailSchema, ActorIdSchema, ActorPageSchema, ActorQueryShape, ActorSummarySchema } from './actors.js';
import { toJsonSchema } from './json-schema.js';
import { BOUNDARY_LEVELS, BoundaryQueryShape } from './boundaries.js';
import { MentionSchema } from './mentions.js';
import { FULL_DETAIL_TILE_ZOOM, TILE_CONTENT_TYPE, TILE_MAX_ZOOM } from './tiles.js';
import type { OpenApiHelpers } from './openapi-kb.js';
import { EventIdsSchema, EventPointsSchema, PointsQueryShape } from './points.js';

export const WEB_NAMED: [string, ZodTypeAny][] = [
  ['Mention', MentionSchema], ['EventPoints', EventPointsSchema], ['EventIds', EventIdsSchema], ['ActorSummary', ActorSummarySchema],
  ['ActorDetail', ActorDetailSchema], ['ActorPage', ActorPageSchema],
];

export function webPaths(h: OpenApiHelpers): Record<string, unknown> {
  const bad = { 400: h.error('Bad parameter (E060)') };
  return {
    '/api/map/events': h.get('Matching event reports as parallel columns, for the map and timeline', h.queryParameters(PointsQueryShape), {
      200: h.ok('application/json', h.ref('EventPoints')), ...bad,
    }),
    '/api/map/ids': h.get('The ids of the rows /api/map/events returns for the same parameters, in the same order', h.queryParameters(PointsQueryShape), {
      200: h.ok('application/json', h.ref('EventIds')), ...bad,
    }),
    '/api/boundaries/{level}': h.get('MIMU admin boundaries (simplified) from the data directory; ETag, 304 on If-None-Match', [{
      name: 'level', in: 'path', required: true, description: 'adm1: states and regions; adm3: townships.',
      schema: { type: 'string', enum: BOUNDARY_LEVELS },
    }, ...h.queryParameters(BoundaryQueryShape)], {
      200: h.ok('application/geo+json', { type: 'object' }, 'GeoJSON FeatureCollection (properties as published by MIMU)'),
      304: { description: 'Not modified (If-None-Match matched the ETag)' }, ...bad,
      503: h.error('Data file missing (E050): set SITREP_DATA_DIR or --data-dir'),
    }),
    '/api/tiles/{level}/{z}/{x}/{y}.pbf': h.get('The same boundaries as Mapbox vector tiles (one layer named like the level), cut once on the server; ETag, 304 on If-None-Match', [
      { name: 'level', in: 'path', required: true, description: 'adm1: states and regions; adm3: townships.', schema: { type: 'string', enum: BOUNDARY_LEVELS } },
      { name: 'z', in: 'path', required: true, description: `Zoom, 0 to ${TILE_MAX_ZOOM}: up to ${FULL_DETAIL_TILE_ZOOM - 1} from the detail=low features, then full detail.`, schema: { type: 'integer', minimum: 0, maximum: TILE_MAX_ZOOM } },
      { name: 'x', in: 'path', required: true, description: 'Tile column.', schema: { type: 'integer', minimum: 0 } },
      { name: 'y', in: 'path', required: true, description: 'Tile row.', schema: { type: 'integer', minimum: 0 } },
    ], {
      200: h.ok(TILE_CONTENT_TYPE, { type: 'string', format: 'binary' }, 'Mapbox vector tile (empty where the level has nothing)'),
      304: { description: 'Not modified (If-None-Match matched the ETag)' }, ...bad,
      503: h.error('Data file missing (E050): set SITREP_DATA_DIR or --data-dir'),
    }),
    '/api/actors': h.get('Actors named in event reports, most events first', h.queryParameters(ActorQueryShape), {
      200: h.ok('application/json', h.ref('ActorPage')), ...bad,
    }),
    '/api/actors.csv': h.get('The same as CSV (next page in the Link header)', h.queryParameters(ActorQueryShape), {
      200: h.ok('text/csv', { type: 'string' }), ...bad,
    }),
    '/api/actors/{id}': h.get('One actor: aliases, affiliation, events per month, places, places controlled', [{
      name: 'id', in: 'path', required: true, description: 'Actor id (`id` of /api/actors)', schema: toJsonSchema(ActorIdSchema, new Map()),
    }], {
      200: h.ok('application/json', h.ref('ActorDetail')), ...bad, 404: h.error('Unknown id (E061)'),
    }),
  };
}
