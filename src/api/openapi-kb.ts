// The knowledge-base part of the OpenAPI document: its named schemas and its paths, built with
// the helpers of openapi.ts so both halves describe routes the same way.
import { z, type AnyZodObject, type ZodTypeAny } from 'zod';
import {
  ClaimRecordSchema, ElectionRecordSchema, FindingSchema, KbActorSchema, PropositionSchema,
} from '../kb/fact-records.js';
import {
  ControlStepSchema, KbEventSchema, KbEventVersionSchema, MergeLinkSchema, PlaceControlSchema, PlaceRefSchema,
  SlimActorSchema, SourceRefSchema,
} from '../kb/kb-records.js';
import type { JsonSchema } from './json-schema.js';
import {
  ActorQueryShape, ClaimQueryShape, ControlQueryShape, ElectionQueryShape, FindingQueryShape, KbEventQueryShape, MatchQueryShape,
} from './kb-params.js';

const page = <T extends ZodTypeAny>(item: T) => z.object({ items: z.array(item), next_cursor: z.string().nullable() });
const MatchSchema = z.object({
  a: z.string(), b: z.string(), match: z.boolean(), score: z.number(), agreed: MergeLinkSchema.shape.agreed,
  refused: z.string().nullable(), events: z.tuple([z.string().nullable(), z.string().nullable()]).describe('Merged event of each report.'),
});

export const KB_NAMED: [string, ZodTypeAny][] = [
  ['SlimActor', SlimActorSchema], ['SourceRef', SourceRefSchema], ['MergeLink', MergeLinkSchema], ['KbEvent', KbEventSchema],
  ['KbEventVersion', KbEventVersionSchema], ['PlaceRef', PlaceRefSchema], ['ControlStep', ControlStepSchema],
  ['PlaceControl', PlaceControlSchema], ['ElectionRecord', ElectionRecordSchema], ['Finding', FindingSchema],
  ['ClaimRecord', ClaimRecordSchema], ['Proposition', PropositionSchema], ['KbActor', KbActorSchema],
  ['KbEventPage', page(KbEventSchema)], ['ControlPage', page(PlaceControlSchema)], ['ElectionPage', page(ElectionRecordSchema)],
  ['FindingPage', page(FindingSchema)], ['PropositionPage', page(PropositionSchema)], ['MatchExplanation', MatchSchema],
  ['KbEventHistory', z.object({ items: z.array(KbEventVersionSchema) })], ['KbActorList', z.object({ items: z.array(KbActorSchema) })],
];

export interface OpenApiHelpers {
  get(summary: string, parameters: JsonSchema[], responses: Record<string, JsonSchema>): JsonSchema;
  ok(type: string, schema: JsonSchema, description?: string): JsonSchema;
  error(description: string): JsonSchema;
  ref(name: string): JsonSchema;
  queryParameters(shape: AnyZodObject): JsonSchema[];
  idParameter(what: string): JsonSchema;
}

export function kbPaths(h: OpenApiHelpers): Record<string, JsonSchema> {
  const bad = h.error('Bad parameter (E060)');
  const text = { type: 'string' };
  const list = (path: string, what: string, shape: AnyZodObject, pageName: string, formats: Record<string, string>) => ({
    [path]: h.get(what, h.queryParameters(shape), { 200: h.ok('application/json', h.ref(pageName)), 400: bad }),
    ...Object.fromEntries(Object.entries(formats).map(([ext, type]) => [`${path}.${ext}`, h.get(
      `${what}, as ${ext.toUpperCase()} (next page in the Link header)`, h.queryParameters(shape),
      { 200: h.ok(type, ext === 'geojson' ? { type: 'object' } : text), 400: bad },
    )])),
  });
  const csv = { csv: 'text/csv' };
  const geo = { csv: 'text/csv', geojson: 'application/geo+json' };
  return {
    ...list('/api/kb/events', 'Merged events (several reports of one event), newest first', KbEventQueryShape, 'KbEventPage',
      { ...geo, jsonl: 'application/x-ndjson' }),
    '/api/kb/events/{id}': h.get('One merged event with every source and why they were merged (by KB event id or report id)',
      [h.idParameter('KB event or event report')], { 200: h.ok('application/json', h.ref('KbEvent')), 404: h.error('Unknown id (E061)') }),
    '/api/kb/events/{id}/history': h.get('Versions of a merged event, one per contributing article in publication order',
      [h.idParameter('KB event')], { 200: h.ok('application/json', h.ref('KbEventHistory')), 404: h.error('Unknown id (E061)') }),
    '/api/kb/match': h.get('Why two event reports were or were not merged: verdict, score, agreeing fields',
      h.queryParameters(MatchQueryShape), { 200: h.ok('application/json', h.ref('MatchExplanation')), 400: bad, 404: h.error('Unknown report (E061)') }),
    '/api/kb/actors': h.get('Organisations seen across articles; unknown ones clustered for review',
      h.queryParameters(ActorQueryShape), { 200: h.ok('application/json', h.ref('KbActorList')), 400: bad }),
    ...list('/api/control', 'Control timelines per place; who controls a place, or what an actor controls, on a date',
      ControlQueryShape, 'ControlPage', geo),
    ...list('/api/elections', 'Election coverage per township, state and country, totals checked', ElectionQueryShape, 'ElectionPage', geo),
    ...list('/api/findings', 'Findings across sources, newest first', FindingQueryShape, 'FindingPage', geo),
    ...list('/api/claims', 'Claims grouped by proposition: who asserts, who relays, figures side by side', ClaimQueryShape,
      'PropositionPage', csv),
  };
}
