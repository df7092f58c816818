// Database rows back to records, checked with the kb schemas: a row written by another version or
// edited by hand fails loudly (E044 naming the row) instead of reaching the API half-formed.
import type { ZodType, ZodTypeDef } from 'zod';
import { SitrepError } from '../../core/errors.js';
import { isEventReport } from './report-check.js';
import {
  ArticleMetaSchema, ArticleSummarySchema, EventReportSchema, StoredArticleSchema,
  type ArticleMeta, type ArticleSummary, type EventReport, type StoredArticle,
} from '../../kb/records.js';

export interface ArticleRow {
  id: string; source: string | null; published: string | null; published_key: string;
  title: string | null; url: string | null; path: string | null;
  body_start: number; body_end: number; stored_at: string;
  text?: string; extraction_json?: string; event_count?: number;
}

export interface ReportDbRow {
  id: string; article_id: string; idx: number; event_type: string; sub_event_type: string;
  date: string | null; date_end: string | null; date_key: string;
  actors_json: string; associated_json: string; location_json: string | null;
  fatalities: number | null; evidence: string | null; span_start: number | null; span_end: number | null;
  notes: string | null; source: string | null; published: string | null; article_title: string | null;
}

export function checked<T>(schema: ZodType<T, ZodTypeDef, unknown>, value: unknown, what: string): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new SitrepError('E044', issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid', what);
}

export function json(text: string | null | undefined, what: string): unknown {
  if (text === null || text === undefined) return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new SitrepError('E044', 'malformed JSON column', what);
  }
}

function meta(r: ArticleRow): ArticleMeta {
  return {
    id: r.id, source: r.source, published: r.published, title: r.title, url: r.url, path: r.path,
    body: { start: r.body_start, end: r.body_end }, stored_at: r.stored_at,
  };
}

export const toArticleMeta = (r: ArticleRow): ArticleMeta => checked(ArticleMetaSchema, meta(r), `article ${r.id}`);

export const toArticleSummary = (r: ArticleRow): ArticleSummary =>
  checked(ArticleSummarySchema, { ...meta(r), event_count: r.event_count ?? 0 }, `article ${r.id}`);

export const toStoredArticle = (r: ArticleRow): StoredArticle =>
  checked(StoredArticleSchema, {
    meta: meta(r), text: r.text, extraction: json(r.extraction_json, `article ${r.id}`),
  }, `article ${r.id}`);

export function toEventReport(r: ReportDbRow): EventReport {
  const what = `event ${r.id}`;
  const record = {
    id: r.id, article_id: r.article_id, index: r.idx, event_type: r.event_type,
    sub_event_type: r.sub_event_type, date: r.date, date_end: r.date_end,
    actors: json(r.actors_json, what), associated_actors: json(r.associated_json, what),
    location: json(r.location_json, what), fatalities: r.fatalities, evidence: r.evidence,
    span: r.span_start !== null && r.span_end !== null ? { start: r.span_start, end: r.span_end } : null,
    notes: r.notes, source: r.source, published: r.published, article_title: r.article_title,
  };
  // The plain check passes every well-formed row in µs; only a failing row pays for zod (and gets its message).
  return isEventReport(record) ? record as EventReport : checked(EventReportSchema, record, what);
}
