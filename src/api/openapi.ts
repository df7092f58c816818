// The OpenAPI 3.1 document, generated from the same zod schemas that validate parameters and
// describe responses, so the documentation cannot drift from what the server does.
import type { AnyZodObject, ZodTypeAny } from 'zod';
import {
  ActorSchema, ClaimSchema, ControlSchema, ElectionSchema, EventSchema, ExtractionSchema, LocationSchema, QuoteSchema,
} from '../core/schema.js';
import { ArticleMetaSchema, ArticleSummarySchema, EventReportSchema, StoreCountsSchema } from '../kb/records.js';
import { toJsonSchema, type JsonSchema } from './json-schema.js';
import { KB_NAMED, kbPaths } from './openapi-kb.js';
import { WEB_NAMED, webPaths } from './openapi-web.js';
import { ArticleQueryShape, EventFilterShape, EventQueryShape, IdSchema } from './params.js';
import {
  ArticlePageSchema, ArticleViewSchema, ErrorResponseSchema, EventPageSchema, FacetsSchema, HealthSchema, HighlightSchema,
} from './schemas.js';

const NAMED: [string, ZodTypeAny][] = [
  ['Actor', ActorSchema], ['Location', LocationSchema], ['Event', EventSchema], ['Quote', QuoteSchema],
  ['Claim', ClaimSchema], ['ControlFact', ControlSchema], ['ElectionFact', ElectionSchema],
  ['Extraction', ExtractionSchema], ['EventReport', EventReportSchema], ['ArticleMeta', ArticleMetaSchema],
  ['ArticleSummary', ArticleSummarySchema], ['Highlight', HighlightSchema], ['ArticleView', ArticleViewSchema],
  ['EventPage', EventPageSchema], ['ArticlePage', ArticlePageSchema], ['Facets', FacetsSchema],
  ['Counts', StoreCountsSchema], ['Health', HealthSchema], ['Error', ErrorResponseSchema],
  ...KB_NAMED, ...WEB_NAMED,
];
const components = new Map(NAMED.map(([name, schema]) => [schema, name]));
const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

function queryParameters(shape: AnyZodObject): JsonSchema[] {
  return Object.entries(shape.shape as Record<string, ZodTypeAny>).map(([name, s]) => ({
    name, in: 'query', required: !s.isOptional(),
    description: s.description, schema: toJsonSchema(s, components),
  }));
}

const idParameter = (what: string): JsonSchema => ({
  name: 'id', in: 'path', required: true, description: `${what} id`, schema: toJsonSchema(IdSchema, components),
});

const error = (description: string): JsonSchema => ({ description, content: { 'application/json': { schema: ref('Error') } } });
const ok = (type: string, schema: JsonSchema, description = 'OK'): JsonSchema => ({ description, content: { [type]: { schema } } });

const get = (summary: string, parameters: JsonSchema[], responses: Record<string, JsonSchema>): JsonSchema => ({
  get: { summary, parameters, responses },
});

const eventParams = queryParameters(EventQueryShape);
const text = { type: 'string' };

export function openApiDocument(): JsonSchema {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '0.1.0',
      description: 'Conflict events extracted from news, with evidence spans (ACLED taxonomy). '
        + 'Errors are `{error:{code,message}}` with a numbered code (docs/errors.md).',
    },
    paths: {
      '/api/events': get('Event reports, newest first', eventParams, {
        200: ok('application/json', ref('EventPage')), 400: error('Bad parameter (E060)'),
      }),
      '/api/events.csv': get('Event reports as ACLED-style CSV (next page in the Link header)', eventParams, {
        200: ok('text/csv', text), 400: error('Bad parameter (E060)'),
      }),
      '/api/events.geojson': get('Event reports as a GeoJSON FeatureCollection', eventParams, {
        200: ok('application/geo+json', { type: 'object' }), 400: error('Bad parameter (E060)'),
      }),
      '/api/events.jsonl': get('Event reports as JSON Lines', eventParams, {
        200: ok('application/x-ndjson', text), 400: error('Bad parameter (E060)'),
      }),
      '/api/events/{id}': get('One event report', [idParameter('Event report')], {
        200: ok('application/json', ref('EventReport')), 404: error('Unknown id (E061)'),
      }),
      '/api/facets': get('Event types and places with counts, for filter menus', queryParameters(EventFilterShape), {
        200: ok('application/json', ref('Facets')), 400: error('Bad parameter (E060)'),
      }),
      '/api/articles': get('Articles, newest first', queryParameters(ArticleQueryShape), {
        200: ok('application/json', ref('ArticlePage')), 400: error('Bad parameter (E060)'),
      }),
      '/api/articles/{id}': get('One article: text, extraction, event reports, evidence spans', [idParameter('Article')], {
        200: ok('application/json', ref('ArticleView')), 404: error('Unknown id (E061)'),
      }),
      '/api/openapi.json': get('This document', [], { 200: ok('application/json', { type: 'object' }) }),
      '/healthz': get('Liveness and counts', [], { 200: ok('application/json', ref('Health')) }),
      ...kbPaths({ get, ok, error, ref, queryParameters, idParameter }),
      ...webPaths({ get, ok, error, ref, queryParameters, idParameter }),
    },
    components: {
      schemas: Object.fromEntries(NAMED.map(([name, schema]) => [name, toJsonSchema(schema, components, true)])),
    },
  };
}
