// The records the knowledge base stores and serves, as zod schemas: stores validate what they read
// back (a database is a boundary too), the API documents its responses from the same schemas.
import { z } from 'zod';
import { contentHash } from '../core/doc.js';
import {
  ActorSchema, EVENT_TYPES, ExtractionSchema, LocationSchema, SUB_EVENT_TYPES,
  type EventType, type SubEventType,
} from '../core/schema.js';

export const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'ISO date YYYY[-MM[-DD]]');
export const SpanRecordSchema = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export const EventTypeSchema = z.enum(Object.keys(EVENT_TYPES) as [EventType, ...EventType[]]);
export const SubEventTypeSchema = z.enum(SUB_EVENT_TYPES as [SubEventType, ...SubEventType[]]);

/** An article as stored: the Doc's metadata (identity = content hash) plus when we stored it. */
/** The metadata an article carries from ingest (shared by the stored record and the export form). */
const articleMetaFields = {
  source: z.string().nullable(),
  published: isoDate.nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  path: z.string().nullable(),
};

export const ArticleMetaSchema = z.object({
  id: z.string().min(1),
  ...articleMetaFields,
  body: SpanRecordSchema,
  stored_at: z.string(),
});
export type ArticleMeta = z.infer<typeof ArticleMetaSchema>;

export const ArticleSummarySchema = ArticleMetaSchema.extend({ event_count: z.number().int().nonnegative() });
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;

export const StoredArticleSchema = z.object({
  meta: ArticleMetaSchema,
  text: z.string(),
  extraction: ExtractionSchema,
});
export type StoredArticle = z.infer<typeof StoredArticleSchema>;

/**
 * One event as one article reports it. The knowledge base will merge reports of the same event
 * across articles into merged events that point back to their reports; until then the API's
 * "events" are these reports. `id` is `<article id>-<index, 3 digits>`: stable across re-ingest.
 */
export const EventReportSchema = z.object({
  id: z.string().min(1),
  article_id: z.string().min(1),
  index: z.number().int().nonnegative(),
  event_type: EventTypeSchema,
  sub_event_type: SubEventTypeSchema,
  date: isoDate.nullable(),
  date_end: isoDate.nullable(),
  actors: z.array(ActorSchema),
  associated_actors: z.array(ActorSchema),
  location: LocationSchema.nullable(),
  fatalities: z.number().int().nonnegative().nullable(),
  evidence: z.string().nullable(),
  span: SpanRecordSchema.nullable(),
  notes: z.string().nullable(),
  // From the article, so a report can be read (and exported) on its own.
  source: z.string().nullable(),
  published: isoDate.nullable(),
  article_title: z.string().nullable(),
});
export type EventReport = z.infer<typeof EventReportSchema>;

export const StoreCountsSchema = z.object({
  articles: z.number().int().nonnegative(),
  events: z.number().int().nonnegative(),
});
export type StoreCounts = z.infer<typeof StoreCountsSchema>;

/** What the event filters can choose from, with how many events each value has. */
export const EventFacetsSchema = z.object({
  event_types: z.array(z.object({ value: EventTypeSchema, count: z.number().int() })),
  admin1: z.array(z.object({ pcode: z.string(), name: z.string().nullable(), count: z.number().int() })),
  admin3: z.array(z.object({
    pcode: z.string(), name: z.string().nullable(), admin1: z.string().nullable(), count: z.number().int(),
  })),
});
export type EventFacets = z.infer<typeof EventFacetsSchema>;

/** A Doc as a Store accepts it; its id must be the content hash of its text (identity). */
export const DocSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  meta: z.object(articleMetaFields),
  body: SpanRecordSchema,
}).refine((d) => d.id === contentHash(d.text), { message: 'id is not the content hash of the text', path: ['id'] });
