// Response shapes of the API, in zod: the data functions' results conform to them (tests parse
// every response with them) and the OpenAPI document describes them.
import { z } from 'zod';
import { ERRORS, type ErrorCode } from '../core/errors.js';
import {
  ArticleMetaSchema, ArticleSummarySchema, EventFacetsSchema, EventReportSchema, StoreCountsSchema,
} from '../kb/records.js';
import { ExtractionSchema } from '../core/schema.js';
import { MentionSchema } from './mentions.js';

export const LAYERS = ['events', 'quotes', 'claims', 'control', 'elections'] as const;
export type LayerName = (typeof LAYERS)[number];

export const HighlightSchema = z.object({
  layer: z.enum(LAYERS),
  index: z.number().int().nonnegative().describe('Position of the item in its extraction layer.'),
  start: z.number().int().nonnegative().describe('UTF-16 offset into `text`.'),
  end: z.number().int().nonnegative().describe('Exclusive.'),
  event_id: z.string().nullable().describe('Event report id, for the events layer.'),
  label: z.string().describe('Short description for a tooltip.'),
});
export type Highlight = z.infer<typeof HighlightSchema>;

export const ArticleViewSchema = z.object({
  meta: ArticleMetaSchema,
  text: z.string().describe('The article text exactly as stored; render as text, never as HTML.'),
  extraction: ExtractionSchema,
  events: z.array(EventReportSchema).describe('This article\'s event reports, in extraction order.'),
  highlights: z.array(HighlightSchema).describe('Every evidence span of every layer, sorted by start.'),
  mentions: z.array(MentionSchema).describe('Names of the places and actors the items resolved, found inside their '
    + 'sentences, and hedge cues of hedged claims; sorted by start. Added after `highlights`: older clients ignore it.'),
});
export type ArticleView = z.infer<typeof ArticleViewSchema>;

export const EventPageSchema = z.object({ items: z.array(EventReportSchema), next_cursor: z.string().nullable() });
export const ArticlePageSchema = z.object({ items: z.array(ArticleSummarySchema), next_cursor: z.string().nullable() });
export const FacetsSchema = EventFacetsSchema.extend({ counts: StoreCountsSchema });
export type Facets = z.infer<typeof FacetsSchema>;

export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERRORS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().describe('Code, catalogue text and the parameter or id at fault.'),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;

export const HealthSchema = z.object({ ok: z.literal(true), counts: StoreCountsSchema });
