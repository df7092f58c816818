// The Store: what the knowledge base needs from a database. SQLite (src/store/sqlite) is the
// default; a PostgreSQL store implements the same interface and must pass the same suite
// (test/store/suite.ts). Methods are async so a networked database fits without changes.
import type { Doc } from '../core/doc.js';
import type { ActorOut, EventType, Extraction, SubEventType } from '../core/schema.js';
import type { KbQueries } from './kb-store.js';
import type { ArticleSummary, EventFacets, EventReport, StoreCounts, StoredArticle } from './records.js';

export type { ArticleMeta, ArticleSummary, EventFacets, EventReport, StoreCounts, StoredArticle } from './records.js';

export interface PutResult {
  /** The article id: the Doc's content hash. */
  readonly id: string;
  /** false when the article was already stored (re-putting is a no-op). */
  readonly inserted: boolean;
  /** Event reports stored for it (0 when not inserted). */
  readonly events: number;
}

/**
 * Filters on event reports; all given ones must hold. Dates are ISO at any precision and select
 * events whose [date, date_end] overlaps [from, to] (to inclusive: `to: '2025-10'` includes
 * 31 October); undated events are left out when a date filter is given.
 */
export interface EventFilter {
  readonly from?: string;
  readonly to?: string;
  readonly eventType?: EventType;
  readonly subEventType?: SubEventType;
  /** Any actor or associated actor whose name or alias equals this (case and accents ignored). */
  readonly actor?: string;
  readonly admin1Pcode?: string;
  readonly admin3Pcode?: string;
  /** Words (prefix match, all must occur) in evidence, notes, place, actors, article title/source. */
  readonly q?: string;
}

export interface ArticleFilter {
  readonly from?: string;
  readonly to?: string;
  /** The outlet, exactly as stored. */
  readonly source?: string;
  /** Words (prefix match, all must occur) in title or text. */
  readonly q?: string;
}

export interface PageRequest {
  /** 1 to MAX_PAGE_LIMIT. */
  readonly limit: number;
  /** Opaque, from a previous page's `nextCursor`; a bad one is E060. */
  readonly cursor?: string | null;
}

export interface Page<T> {
  readonly items: T[];
  /** null on the last page. */
  readonly nextCursor: string | null;
}

export const MAX_PAGE_LIMIT = 10_000;

/** The few fields of a report the map and timeline draw, read without parsing whole reports. */
export interface EventPoint {
  readonly id: string;
  readonly event_type: EventType;
  readonly sub_event_type: SubEventType;
  readonly date: string | null;
  readonly date_end: string | null;
  readonly precision: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly admin1_pcode: string | null;
  readonly admin3_pcode: string | null;
  readonly fatalities: number | null;
}

/** A report's actors with where and when, for per-actor aggregates (src/api/actors.ts). */
export interface EventActors {
  readonly id: string;
  readonly sub_event_type: SubEventType;
  readonly date: string | null;
  readonly admin1_pcode: string | null;
  readonly admin3_pcode: string | null;
  readonly admin3: string | null;
  readonly actors: ActorOut[];
  readonly associated_actors: ActorOut[];
}

/** Articles and event reports, plus the knowledge base merged from them (KbQueries). */
export interface Store extends KbQueries {
  /** Stores an article with its extraction and merges it into the KB, in one transaction (E030 invalid, E042 failed). */
  putArticle(doc: Doc, extraction: Extraction): Promise<PutResult>;
  getArticle(id: string): Promise<StoredArticle | null>;
  /** Sorted by publication date (newest first, undated last), then id. */
  listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleSummary>>;
  getEvent(id: string): Promise<EventReport | null>;
  /** Sorted by event date (newest first, undated last), then id; keyset pagination, so pages
   * stay consistent while articles are added. */
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<EventReport>>;
  /** Event types and places with counts, for filter menus (same filter semantics). */
  eventFacets(filter: EventFilter): Promise<EventFacets>;
  counts(): Promise<StoreCounts>;
  /** Matching reports' map fields, newest first, at most `limit`; `total` counts all matches. */
  eventPoints(filter: EventFilter, limit: number): Promise<{ items: EventPoint[]; total: number }>;
  /** Every report's actors (unfiltered), for actor aggregates. */
  eventActors(): Promise<EventActors[]>;
  /** Idempotent. */
  close(): Promise<void>;
}
